import { isLocale, type Locale } from '../locales/locales';
import { wordStem } from './words';

/*
 * What site search indexes. Pagefind indexes the words it reads in a page; we
 * hand it a copy of each page in which every word is replaced by its stem
 * (src/lib/search-words/words.ts), the same reduction the search box applies to a
 * query, so "nghymuned", "gymuned" and "cymuned" are one word in the index.
 *
 * Each whitespace-separated run of the text stays one run, so word N of the
 * copy is word N of the page: the build (scripts/search-index.ts) then shows
 * the page's own text in results, and Pagefind's excerpts and highlights, which
 * count words, mark the right ones. A stop word becomes "-", which takes its
 * place but is not indexed.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'ʼ.][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * One whitespace-free run of text with each word replaced by its stem, or by
 * "-" when it has none; never empty, never split.
 * @example stemRun('(self-evaluation),', 'en') // '(self-evalu),'
 */
export function stemRun(run: string, locale: Locale): string {
  return run.replace(WORD, (word) => wordStem(word, locale) || '-');
}

/** Replaces every word of a text with its stem, keeping its whitespace exactly. */
function stemText(text: string, locale: Locale): string {
  return decodeEntities(text)
    .split(/(\s+)/u)
    .map((part, i) => (i % 2 === 1 || part === '' ? part : stemRun(part, locale)))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Elements whose content is not text for reading. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea']);
/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Every word of a text as "-": it keeps its place in the page but is not indexed. */
function blankText(text: string): string {
  return decodeEntities(text).replace(/\S+/gu, '-');
}

/**
 * The copy of a built page that site search indexes: the same markup, every
 * word of its text stemmed in the page's language (read from `<html lang>`).
 * Text marked as another language (an English passage shown on a Welsh page
 * until it is translated) is left out of this language's index: the search box
 * offers the other language's results when a query finds nothing here.
 * @example indexableHtml('<html lang="cy"><p>yng Nghymru</p></html>') // '<html lang="cy"><p>- cymru</p></html>'
 */
export function indexableHtml(html: string): string {
  const lang = /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase() ?? 'en';
  const locale: Locale = isLocale(lang) ? lang : 'en';
  // The open elements, each with the language of its content.
  const open: { tag: string; lang: string }[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      const here = open[open.length - 1];
      if (i % 2 === 0) {
        if (part.trim() === '' || (here && RAW_TEXT.has(here.tag))) return part;
        return here && here.lang !== locale ? blankText(part) : stemText(part, locale);
      }
      const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(part)?.[1]?.toLowerCase();
      if (!tag || part.startsWith('<!')) return part;
      if (part.startsWith('</')) {
        const at = open.map((e) => e.tag).lastIndexOf(tag);
        if (at >= 0) open.length = at;
      } else if (!VOID.has(tag) && !part.endsWith('/>')) {
        const own = /\slang="([^"]*)"/i.exec(part)?.[1]?.toLowerCase();
        open.push({ tag, lang: own === undefined ? (here?.lang ?? locale) : own.split('-')[0] || locale });
      }
      return part;
    })
    .join('');
}
