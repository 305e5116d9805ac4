import { cleanQuery, MAX_QUERY_LENGTH } from '../../lib/search-words/query-text';
import { GROUPS, type GroupId } from '../../lib/content/standards';

/*
 * The standards filter's logic, apart from the page: what the URL says, which
 * items match, how they rank, the counts per facet, and which words to mark.
 * `filter.client.ts` wires it to the DOM.
 */

export interface FilterItem {
  number: string;
  text: string;
  area: number;
  group: GroupId;
  cited: boolean;
}

/** How results are listed: best matches first, or in the standards' own order. */
export type ResultOrder = 'relevance' | 'standards';

export interface FilterState {
  q: string;
  order: ResultOrder;
  area: number | undefined;
  group: GroupId | undefined;
  cited: boolean;
}

/** What was wrong with the address, so the page can say so and show all results instead. */
export type StateProblem = { kind: 'unknown-area'; value: string } | { kind: 'unknown-group'; value: string } | { kind: 'query-too-long'; max: number };

export { MAX_QUERY_LENGTH };

/**
 * Reads the filter state from a query string, ignoring (and reporting) what it does not understand.
 * @example parseState('?q=coaching&area=3&group=actions', [1, 2, 3]).state // { q: 'coaching', order: 'relevance', area: 3, group: 'actions', cited: false }
 */
export function parseState(search: string, areas: readonly number[]): { state: FilterState; problems: StateProblem[] } {
  const params = new URLSearchParams(search);
  const problems: StateProblem[] = [];
  // Control and bidi characters only ever come from a bad paste or a crafted link. (Malformed
  // percent-escapes and lone surrogates are already replaced by URLSearchParams.)
  const raw = params.get('q') ?? '';
  const q = cleanQuery(raw);
  if (raw.length > MAX_QUERY_LENGTH) problems.push({ kind: 'query-too-long', max: MAX_QUERY_LENGTH });
  const areaParam = params.get('area');
  let area: number | undefined;
  if (areaParam !== null && areaParam !== '') {
    const n = Number(areaParam);
    if (Number.isInteger(n) && areas.includes(n)) area = n;
    else problems.push({ kind: 'unknown-area', value: areaParam.slice(0, 20) });
  }
  const groupParam = params.get('group');
  let group: GroupId | undefined;
  if (groupParam !== null && groupParam !== '') {
    if ((GROUPS as readonly string[]).includes(groupParam)) group = groupParam as GroupId;
    else problems.push({ kind: 'unknown-group', value: groupParam.slice(0, 40) });
  }
  const order: ResultOrder = params.get('order') === 'standards' ? 'standards' : 'relevance';
  return { state: { q, order, area, group, cited: params.get('cited') === '1' }, problems };
}

/** The query string for a state: only what is set, so the address stays short and shareable. */
export function serialiseState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.area !== undefined) params.set('area', String(state.area));
  if (state.group) params.set('group', state.group);
  if (state.cited) params.set('cited', '1');
  if (state.order === 'standards') params.set('order', 'standards');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isActive(state: FilterState): boolean {
  return state.q.trim() !== '' || state.area !== undefined || state.group !== undefined || state.cited;
}

/** Applies the facets to search results. */
export function applyFacets<T extends { item: FilterItem }>(results: T[], state: Pick<FilterState, 'area' | 'group' | 'cited'>): T[] {
  return results.filter(({ item }) => (state.area === undefined || item.area === state.area) && (state.group === undefined || item.group === state.group) && (!state.cited || item.cited));
}

export interface FacetCounts {
  area: Map<number, number>;
  group: Map<GroupId, number>;
  cited: number;
}

/**
 * How many results each facet option would give, with the query and the other
 * facets as they are: the numbers shown beside each option.
 */
export function facetCounts(results: { item: FilterItem }[], state: FilterState, areas: readonly number[]): FacetCounts {
  const area = new Map(areas.map((a) => [a, applyFacets(results, { ...state, area: a }).length]));
  const group = new Map(GROUPS.map((g) => [g, applyFacets(results, { ...state, group: g }).length]));
  const cited = applyFacets(results, { ...state, cited: true }).length;
  return { area, group, cited };
}
