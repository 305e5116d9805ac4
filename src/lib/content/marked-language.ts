import { isLocale, LOCALES, type Locale } from '../locales/locales';

/*
 * A light marking for words in the other language inside a short plain text
 * (the glossary's notes): `{cy:dirprwy bennaeth}` in an English note,
 * `{en:middle managers}` in a Welsh one. A page renders each marked run as
 * `<span lang="…">`, so a screen reader switches voice and the search index
 * leaves the words out of this language (WCAG 3.1.2, Language of Parts).
 * No space after the colon: "x: y" would start a mapping in plain YAML.
 */

/** A piece of the text: plain text in the surrounding language, or a marked run in `lang`. */
export interface MarkedRun {
  text: string;
  lang?: Locale;
}

/** A malformed mark, with a message that says what to write instead. */
export class MarkError extends Error {}

const MARK = /\{([^{}:]*):([^{}]*)\}/g;

function plainRun(text: string, from: number, to: number): MarkedRun[] {
  const piece = text.slice(from, to);
  const stray = piece.search(/[{}]/);
  if (stray >= 0) {
    throw new MarkError(`unbalanced "${piece[stray]}" at character ${from + stray + 1}; mark other-language words as {cy:geiriau} or {en:words}, and write no other braces.`);
  }
  return piece === '' ? [] : [{ text: piece }];
}

/**
 * Splits a text into runs: plain text, and words marked `{xx:…}` in language
 * `xx` (one of the site's languages). Throws a `MarkError` on an unknown
 * language code, an empty mark, or a brace that opens or closes no mark.
 * @example markedRuns('“{cy:Arwain}” is the verb') // [{ text: '“' }, { text: 'Arwain', lang: 'cy' }, { text: '” is the verb' }]
 */
export function markedRuns(text: string): MarkedRun[] {
  const runs: MarkedRun[] = [];
  let at = 0;
  for (const match of text.matchAll(MARK)) {
    const [whole, code = '', words = ''] = match;
    runs.push(...plainRun(text, at, match.index));
    if (!isLocale(code)) throw new MarkError(`"${whole}": "${code}" is not a language of the site (${LOCALES.join(', ')}); write {cy:…} or {en:…}.`);
    if (words.trim() === '' || words !== words.trim()) throw new MarkError(`"${whole}": put the words straight after the colon and before the brace, e.g. {${code}:${words.trim() || '…'}}.`);
    runs.push({ text: words, lang: code });
    at = match.index + whole.length;
  }
  runs.push(...plainRun(text, at, text.length));
  return runs;
}

/**
 * What is wrong with the marks of a text written in `locale`: a malformed mark,
 * or a mark in the text's own language (which says nothing). `undefined` when
 * all is well.
 * @example markProblem('It is {en:English}.', 'en') // 'marks "English" as en, the language of the text itself; …'
 */
export function markProblem(text: string, locale: Locale): string | undefined {
  try {
    const own = markedRuns(text).find((run) => run.lang === locale);
    return own ? `marks "${own.text}" as ${locale}, the language of the text itself; mark only words in the other language.` : undefined;
  } catch (error) {
    if (error instanceof MarkError) return error.message;
    throw error;
  }
}
