import type { Locale } from '../../lib/locales/locales';
import type { Searcher, SearchResult } from './searcher';

/** Results, and the language of the items they list. */
export interface ResultsIn extends SearchResult {
  locale: Locale;
}

/**
 * Searches the items in the page's language and, when no item has every word
 * of the query, the items in the other language too, preferring in turn: full
 * matches here, full matches there, partial matches here, partial there. So
 * "coaching" on the Welsh page lists the English statement it matches.
 * @example searchAcross('coaching', welsh, english).locale // 'en'
 */
export function searchAcross(query: string, here: Searcher, other: Searcher | undefined): ResultsIn {
  const own: ResultsIn = { ...here.search(query), locale: here.locale };
  if ((own.results.length > 0 && !own.partial) || !other || query.trim() === '') return own;
  const theirs: ResultsIn = { ...other.search(query), locale: other.locale };
  if (theirs.results.length > 0 && !theirs.partial) return theirs;
  return own.results.length > 0 ? own : theirs;
}
