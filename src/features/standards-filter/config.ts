import type { Locale } from '../../lib/locales/locales';
import type { DeclaredKey, IslandMessages, MessageDeclaration } from '../../islands/translator';

/*
 * What StandardsFilter.astro hands to filter.client.ts, in the island's JSON
 * config block: one type for both sides, so a field the page forgets fails the
 * type check (`astro check`) instead of reaching the script as undefined.
 */

/** The messages the filter's script writes, by the short names its config carries. */
export const FILTER_MESSAGES = {
  resultCount: 'filter.resultCount',
  noResults: 'filter.noResults',
  showAll: 'filter.showAll',
  partial: 'filter.partial',
  otherLanguage: 'filter.otherLanguage',
  // By the kind of problem the address can have (`StateProblem` in filter.ts).
  'unknown-area': 'filter.problem.unknown-area',
  'unknown-group': 'filter.problem.unknown-group',
  'query-too-long': 'filter.problem.query-too-long',
} as const satisfies MessageDeclaration;

export type FilterMessage = DeclaredKey<typeof FILTER_MESSAGES>;

export interface FilterConfig {
  locale: Locale;
  /** An item's address in the page's language, with `NUMBER` for its number. */
  itemHref: string;
  /** The same in the other language. */
  otherItemHref: string;
  /** The other language's items (number, area, group, text), fetched when a query finds nothing here. */
  otherItems: string;
  /** "Key area 3: Developing and Working with Others", by key area. */
  areaTitles: Record<string, string>;
  /** Each group's name, by group id. */
  groupNames: Record<string, string>;
  messages: IslandMessages<FilterMessage>;
}
