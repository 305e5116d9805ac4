import type { ShareMessages } from './messages';

/*
 * The copy buttons of a statement page. It does nothing on load
 * but listen: a script that changed the page as it loaded would move the text
 * under a reader's eyes (layout shift) and hold up the first paint.
 *
 * - The page's relative addresses are completed at the first touch, click or
 *   key press, before a click reaches a copy button (AddressScript.astro).
 * - The copy buttons are in the page from the start (no-js.css hides them
 *   without JavaScript); a click copies the address or the citation as plain
 *   text and says so in a polite status message.
 */

/** Copies with the Clipboard API, or, where it is missing (a page not served over HTTPS), by selecting the text. */
async function copyText(source: HTMLElement): Promise<void> {
  const text = source.textContent?.trim() ?? '';
  if (navigator.clipboard) return navigator.clipboard.writeText(text);
  const selection = getSelection();
  selection?.selectAllChildren(source);
  // The one way to copy without the Clipboard API.
  const copied = document.execCommand('copy');
  selection?.removeAllRanges();
  if (!copied) throw new Error('copy refused');
}

/** Copies the text a `data-aw-copy` button names, and reports the outcome. */
function copyOnClick(event: MouseEvent): void {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-aw-copy]') : null;
  const root = button?.closest<HTMLElement>('[data-aw-share]');
  if (!button || !root) return;
  const source = root.querySelector<HTMLElement>(`[data-aw-share-text="${button.dataset.awCopy}"]`);
  const status = root.querySelector<HTMLElement>('[data-aw-share-status]');
  if (!source || !status) return;
  const messages = JSON.parse(root.querySelector('[data-aw-share-messages]')?.textContent ?? '{}') as ShareMessages;
  copyText(source).then(
    () => (status.textContent = messages.copied),
    () => (status.textContent = messages.failed),
  );
}

/**
 * Listens for clicks on copy buttons.
 * @example start(); // on a statement page: <section data-aw-share> with <button data-aw-copy="link">
 */
export function start(): void {
  document.addEventListener('click', copyOnClick);
}
