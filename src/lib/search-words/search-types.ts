import { COLLECTION_NAMES, definitionOf, type COLLECTIONS } from '../content/registry';

/*
 * The kinds of page site search tells apart (Pagefind's `type` filter), from
 * the content registry: a new content type with a `search` kind is a choice in
 * the search form, named by its `search.type.<kind>` dictionary key. Server
 * side only: the browser's search scripts get the names in their config.
 */

/** The kind of page a content collection's entries are in search, from the registry. */
type CollectionSearchType = { [C in keyof typeof COLLECTIONS]: (typeof COLLECTIONS)[C] extends { search: infer S extends string } ? S : never }[keyof typeof COLLECTIONS];

/** The kinds of page site search tells apart, as Pagefind filter values: a statement or action, then each content type's kind, in the registry's order. */
export type SearchPageType = 'standard' | CollectionSearchType;

export const SEARCH_PAGE_TYPES: readonly SearchPageType[] = ['standard', ...new Set(COLLECTION_NAMES.flatMap((name) => definitionOf(name).search ?? []) as CollectionSearchType[])];
