/*
 * The booklet's page furniture for print (CSS paged media): the running header
 * of each page (the key area it is in, else the document's title) and "Page 3 of
 * 40" in the footer. Chromium prints `@page` margin boxes (since version 131) and
 * named pages but not `string-set`, so the running header cannot be taken from
 * the headings: each key area gets its own named page with its title written
 * into the rule. The titles come from the content and the words from the
 * dictionaries, so these rules are generated, and served as a stylesheet
 * (the Content-Security-Policy allows no inline styles).
 */

/** One named page of the booklet: where its key area's pages say which key area they are. */
export interface NamedPage {
  /** The page name, also the end of the class that puts an element on it (`aw-booklet-page--<name>`). */
  name: string;
  /** The running header of its pages. */
  header: string;
}

export interface PageRules {
  /** The running header of pages outside any key area (the contents). */
  documentTitle: string;
  /** The footer, with `{page}` and `{pages}` placeholders, e.g. "Page {page} of {pages}". */
  pageNumber: string;
  pages: NamedPage[];
}

const PAGE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * A CSS string literal of `text`. Every character outside printable ASCII is
 * written as an escape, so the rule reads the same whatever charset the
 * stylesheet is decoded with.
 * @example cssString('Tudalen “1”') // '"Tudalen \\201c 1\\201d "'
 */
export function cssString(text: string): string {
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (character === '"' || character === '\\') out += `\\${character}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(16)} `;
    else out += character;
  }
  return `"${out}"`;
}

/**
 * A `content` value from a message with `{name}` placeholders: the words as CSS
 * strings, each placeholder as the CSS given for it. Empty strings are left out.
 * @example cssContent('Page {page} of {pages}', { page: 'counter(page)', pages: 'counter(pages)' })
 * // '"Page " counter(page) " of " counter(pages)'
 */
export function cssContent(template: string, values: Record<string, string>): string {
  const parts = template.split(/\{(\w+)\}/);
  return parts
    .map((part, index) => {
      if (index % 2 === 0) return part === '' ? '' : cssString(part);
      const value = values[part];
      if (value === undefined) throw new Error(`The message "${template}" has a placeholder {${part}} with no CSS given for it.`);
      return value;
    })
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * The stylesheet of the booklet's page furniture: the header and footer of
 * every page, none on the cover (the first page), and a named page per entry of
 * `pages` with its own header. How the header and footer look is in
 * `src/features/booklet/booklet.css`; this says only what they contain.
 * @example bookletPageCss({ documentTitle: 'Standards', pageNumber: 'Page {page} of {pages}', pages: [{ name: 'area-1', header: 'Key area 1' }] })
 */
export function bookletPageCss({ documentTitle, pageNumber, pages }: PageRules): string {
  const rules = [
    '/* Generated from the content and the dictionaries by src/features/booklet/page-rules.ts. */',
    `@page {\n  @top-left { content: ${cssString(documentTitle)}; }\n  @bottom-right { content: ${cssContent(pageNumber, { page: 'counter(page)', pages: 'counter(pages)' })}; }\n}`,
    '@page :first {\n  @top-left { content: none; }\n  @bottom-right { content: none; }\n}',
  ];
  for (const { name, header } of pages) {
    if (!PAGE_NAME.test(name)) throw new Error(`"${name}" is not a page name: use lower-case letters, digits and hyphens.`);
    rules.push(`@page ${name} {\n  @top-left { content: ${cssString(header)}; }\n}`, `.aw-booklet-page--${name} {\n  page: ${name};\n}`);
  }
  return `${rules.join('\n\n')}\n`;
}

/**
 * The named page of a key area in the booklet, one language or both.
 * @example keyAreaPageName(3, true) // 'area-3-both'
 */
export function keyAreaPageName(area: number, both: boolean): string {
  return both ? `area-${area}-both` : `area-${area}`;
}
