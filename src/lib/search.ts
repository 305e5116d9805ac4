/** The kinds of page site search tells apart, as Pagefind filter values. */
export const SEARCH_PAGE_TYPES = ['standard', 'key-area', 'case-study', 'recommendation', 'page'] as const;
export type SearchPageType = (typeof SEARCH_PAGE_TYPES)[number];
