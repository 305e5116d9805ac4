import type { Locale } from '../../lib/locales/locales';
import type { DeclaredKey, IslandMessages, MessageDeclaration } from '../../islands/translator';

/*
 * What SiteSearch.astro hands to search.client.ts, in the island's JSON config
 * block: one type for both sides, so a field the page forgets fails the type
 * check (`astro check`) instead of reaching the script as undefined.
 */

/** The messages the search script writes, by the short names its config carries. */
export const SEARCH_MESSAGES = {
  resultCount: 'search.resultCount',
  noResults: 'search.noResults',
  needsServer: 'search.needsServer',
  failed: 'search.failed',
  loading: 'search.loading',
  partial: 'search.partial',
  otherLanguage: 'search.otherLanguage',
} as const satisfies MessageDeclaration;

export type SearchMessage = DeclaredKey<typeof SEARCH_MESSAGES>;

export interface SearchConfig {
  locale: Locale;
  /** Where Pagefind's files are (`/pagefind/` under the site's base). */
  bundlePath: string;
  /** The site's base address, to which Pagefind's result addresses are added. */
  baseUrl: string;
  /** Each page type's name, by the type Pagefind's `type` filter carries. */
  typeNames: Record<string, string>;
  messages: IslandMessages<SearchMessage>;
}
