/** A run of text, marked when it matched the reader's query. */
export interface TextRun {
  text: string;
  match: boolean;
}

/**
 * Replaces an element's content with runs of text, the matching ones in `<mark>`.
 * Everything goes in as text nodes: text from content, a query or a search
 * index is never parsed as HTML.
 * @example drawRuns(p, [{ text: 'self-', match: false }, { text: 'evaluation', match: true }])
 */
export function drawRuns(element: HTMLElement, runs: readonly TextRun[]): void {
  element.replaceChildren(
    ...runs.map((run) => {
      if (!run.match) return document.createTextNode(run.text);
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      return mark;
    }),
  );
}
