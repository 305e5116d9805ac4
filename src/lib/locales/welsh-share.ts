/*
 * How Welsh a built Welsh page is: of the words in its main content, the share
 * that is not inside an element marked English (an element whose nearest `lang`
 * ancestor is `en`). Used by the site test over every /cy/ page and by `npm run
 * bench`. Plain string work over the HTML Astro writes, no DOM: fast enough to
 * run over a thousand pages in a second or two.
 */

/** The words of a page's main content, by language. */
export interface LanguageShare {
  /** Words not inside an English element. */
  welsh: number;
  /** Words inside an element whose nearest `lang` is English. */
  english: number;
  /** welsh / (welsh + english); 1 for a page with no words. */
  share: number;
}

/**
 * Elements whose text is not read as content. A `<cite>` is the title of a
 * work: an English-only report keeps its English title on a Welsh page, as a
 * name does, so it counts as neither language.
 */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'cite']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

interface Open {
  name: string;
  lang: string;
  skip: boolean;
}

/** The attributes of an opening tag, by lower-case name ("" for one with no value). */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/\s([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** The `<main>` element of a page (the whole document when it has none), and the page's language. */
function mainOf(html: string): { main: string; lang: string } {
  const lang = (/<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'en').toLowerCase();
  const start = html.search(/<main\b/i);
  const end = html.lastIndexOf('</main>');
  return { main: start >= 0 && end > start ? html.slice(start, end + 7) : html, lang };
}

function decode(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[name] ?? whole;
  });
}

/**
 * Counts the words of a page's main content inside and outside English
 * elements. Hidden elements (`hidden`, `aria-hidden="true"`), scripts,
 * styles and the titles of cited works (`<cite>`) are not counted.
 * @example languageShare('<html lang="cy"><main><p>Mae’r ysgol <span lang="en">school</span></p></main></html>') // { welsh: 2, english: 1, share: 0.666… }
 */
export function languageShare(html: string): LanguageShare {
  const { main, lang } = mainOf(html);
  const stack: Open[] = [{ name: '', lang, skip: false }];
  let welsh = 0;
  let english = 0;
  for (const token of main.matchAll(/<!--[\s\S]*?-->|<\/?([A-Za-z][\w-]*)([^>]*)>|[^<]+/g)) {
    const [text, rawName, rest = ''] = token;
    const top = stack.at(-1)!;
    if (text.startsWith('<!--')) continue;
    if (rawName === undefined) {
      if (top.skip) continue;
      const words = decode(text).match(WORD)?.length ?? 0;
      if (top.lang.split('-')[0] === 'en') english += words;
      else welsh += words;
      continue;
    }
    const name = rawName.toLowerCase();
    if (text.startsWith('</')) {
      const index = stack.map((o) => o.name).lastIndexOf(name);
      if (index > 0) stack.length = index;
      continue;
    }
    if (VOID.has(name) || rest.trimEnd().endsWith('/')) continue;
    const attrs = attributes(rest);
    const hidden = attrs.has('hidden') || attrs.get('aria-hidden') === 'true';
    stack.push({ name, lang: (attrs.get('lang') || top.lang).toLowerCase(), skip: top.skip || hidden || SKIPPED.has(name) });
  }
  const total = welsh + english;
  return { welsh, english, share: total === 0 ? 1 : welsh / total };
}

/**
 * The page types that show both languages on purpose, so are not held to a
 * Welsh share: side by side pages, and the glossary (each term in both
 * languages, its notes naming words of the other language, marked as such).
 */
export const BILINGUAL_PAGE_TYPES: ReadonlySet<string> = new Set(['side by side', 'glossary']);

/**
 * What kind of page a Welsh site path is, for the figures per page type.
 * @example pageType('/cy/standards/3.4a/') // 'statement or action'
 */
export function pageType(path: string): string {
  const rest = path.replace(/^\/(?:[\w-]+\/)*?cy\//, '/').replace(/index\.html$/, '');
  const rules: [RegExp, string][] = [
    [/^\/$/, 'home'],
    [/\/both\/$/, 'side by side'],
    [/^\/glossary\/$/, 'glossary'],
    [/^\/embed\//, 'embed card'],
    [/^\/standards\/$/, 'standards'],
    [/^\/standards\/\d\.\d+a?\/$/, 'statement or action'],
    [/^\/standards\/[a-z-]+\/$/, 'key area'],
    [/^\/case-studies\/$/, 'case study list'],
    [/^\/case-studies\/[^/]+\/$/, 'case study'],
    [/^\/recommendations\/$/, 'recommendation list'],
    [/^\/recommendations\/[^/]+\/$/, 'recommendation'],
    [/^\/pathways\/[^/]+\/$/, 'pathway'],
  ];
  return rules.find(([pattern]) => pattern.test(rest))?.[1] ?? 'other page';
}
