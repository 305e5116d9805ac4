/** Longer queries are cut: no one types 200 characters into a search box, but a pasted page might. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Characters that are never part of a query a person typed, and that could make
 * a query read as something else where the page shows it: controls, bidi
 * embeddings, overrides, isolates and marks (which can turn "TI llac …" into
 * "… call IT"), and invisible spaces and joiners at word edges.
 */
// eslint-disable-next-line no-control-regex -- control characters are among what this removes, on purpose.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * A query as it may be shown and searched: hidden and direction-changing
 * characters become spaces, and it is cut to `MAX_QUERY_LENGTH`.
 * @example cleanQuery('\u202eTI llac') // ' TI llac'
 */
export function cleanQuery(text: string): string {
  return text.replace(HIDDEN, ' ').slice(0, MAX_QUERY_LENGTH);
}
