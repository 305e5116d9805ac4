import Fuse from 'fuse.js/basic';
import { GROUPS, type GroupId } from '../../lib/standards';

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

export interface FilterState {
  q: string;
  area: number | undefined;
  group: GroupId | undefined;
  cited: boolean;
}

/** What was wrong with the address, so the page can say so and show all results instead. */
export type StateProblem = { kind: 'unknown-area'; value: string } | { kind: 'unknown-group'; value: string } | { kind: 'query-too-long'; max: number };

/** Longer queries are cut: no one types 200 characters into a filter, but a pasted page might. */
export const MAX_QUERY_LENGTH = 200;
/** Fuse's bitap matcher works on patterns of up to 32 characters; longer words are cut to that. */
const MAX_TOKEN_LENGTH = 32;
const MAX_TOKENS = 8;

/**
 * Reads the filter state from a query string, ignoring (and reporting) what it does not understand.
 * @example parseState('?q=coaching&area=3&group=actions').state // { q: 'coaching', area: 3, group: 'actions', cited: false }
 */
export function parseState(search: string, areas: readonly number[]): { state: FilterState; problems: StateProblem[] } {
  const params = new URLSearchParams(search);
  const problems: StateProblem[] = [];
  // Control characters only ever come from a bad paste or a crafted link. (Malformed
  // percent-escapes and lone surrogates are already replaced by URLSearchParams.)
  let q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH);
    problems.push({ kind: 'query-too-long', max: MAX_QUERY_LENGTH });
  }
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
  return { state: { q, area, group, cited: params.get('cited') === '1' }, problems };
}

/** The query string for a state: only what is set, so the address stays short and shareable. */
export function serialiseState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.area !== undefined) params.set('area', String(state.area));
  if (state.group) params.set('group', state.group);
  if (state.cited) params.set('cited', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isActive(state: FilterState): boolean {
  return state.q.trim() !== '' || state.area !== undefined || state.group !== undefined || state.cited;
}

/**
 * Splits text into words: lower case, no punctuation, each normalised and at
 * most 32 characters. `limit` bounds how many (for a query someone typed).
 */
export function tokens(text: string, normalise: (word: string) => string = (w) => w, limit = Infinity): string[] {
  return text
    .toLowerCase()
    // A clitic after an apostrophe ("datblygu’r", "school’s") belongs to the word before; drop it.
    .replace(/[’'][\p{L}]*/gu, '')
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean)
    .slice(0, limit)
    .map((w) => normalise(w).slice(0, MAX_TOKEN_LENGTH))
    .filter(Boolean);
}

/**
 * A light English stemmer: strips the endings that most often keep a person's
 * word from matching the standards' word ("coaching" → "coach", "governors" →
 * "governor"). Conservative: it never leaves fewer than four letters.
 * @example stemEnglish('coaching') // 'coach'
 */
export function stemEnglish(word: string): string {
  for (const ending of ['ations', 'ation', 'ings', 'ing', 'ments', 'ment', 'ies', 'ed', 'es', 's']) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) {
      const stem = word.slice(0, -ending.length);
      return ending === 'ies' ? `${stem}y` : stem;
    }
  }
  return word;
}

export interface Searcher {
  /** Items matching every word of the query, best first, with a score from 0 (exact) to 1. */
  search(query: string): { item: FilterItem; score: number }[];
  /** The words of the query as the index sees them, for marking matches. */
  queryTokens(query: string): string[];
  normalise: (word: string) => string;
}

/**
 * Builds the fuzzy index. Fuse matches each word of the query against the
 * vocabulary of the standards (short strings, where its typo tolerance is
 * reliable); an item matches when every word of the query matches one of its
 * words, so word order does not matter. `normalise` maps a word to its index
 * form: an English stem, or for Welsh its mutation key.
 */
export function createSearcher(items: FilterItem[], normalise: (word: string) => string = (w) => w): Searcher {
  const wordsOf = items.map((item) => new Set(tokens(item.text, normalise)));
  const itemsWithWord = new Map<string, number[]>();
  wordsOf.forEach((words, index) => {
    for (const word of words) itemsWithWord.set(word, [...(itemsWithWord.get(word) ?? []), index]);
  });
  const vocabulary = new Fuse([...itemsWithWord.keys()], { includeScore: true, ignoreLocation: true, threshold: 0.3 });
  const byNumber = new Map(items.map((item) => [item.number, item]));
  return {
    normalise,
    queryTokens: (query) => tokens(query, normalise, MAX_TOKENS),
    search(query) {
      const trimmed = query.trim().toLowerCase();
      // A number such as 3.4a goes straight to its item.
      const exact = byNumber.get(trimmed);
      if (exact) return [{ item: exact, score: 0 }];
      const words = tokens(query, normalise, MAX_TOKENS);
      if (words.length === 0) return items.map((item) => ({ item, score: 0 }));
      // For each query word, the best score each item reaches through any of its words.
      let totals: Map<number, number> | undefined;
      for (const word of words) {
        const best = new Map<number, number>();
        for (const match of vocabulary.search(word)) {
          // An exact word beats a word that merely contains the query.
          const score = match.item === word ? 0 : Math.max(match.score ?? 1, 0.05);
          for (const index of itemsWithWord.get(match.item) ?? []) {
            if (score < (best.get(index) ?? Infinity)) best.set(index, score);
          }
        }
        totals = totals
          ? new Map([...totals].filter(([index]) => best.has(index)).map(([index, total]) => [index, total + best.get(index)!]))
          : best;
      }
      return [...(totals ?? [])]
        .map(([index, total]) => ({ index, score: total / words.length }))
        .sort((a, b) => a.score - b.score || a.index - b.index)
        .map(({ index, score }) => ({ item: items[index]!, score }));
    },
  };
}

/** Applies the facets to search results. */
export function applyFacets<T extends { item: FilterItem }>(results: T[], state: Pick<FilterState, 'area' | 'group' | 'cited'>): T[] {
  return results.filter(
    ({ item }) =>
      (state.area === undefined || item.area === state.area) &&
      (state.group === undefined || item.group === state.group) &&
      (!state.cited || item.cited),
  );
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

/**
 * Splits a text into runs, marking the words that match the query, so the
 * page can build them as text nodes and `<mark>` elements (never as HTML).
 * @example highlight('models of leadership', ['leadership'], (w) => w) // [{ text: 'models of ', match: false }, { text: 'leadership', match: true }]
 */
export function highlight(text: string, queryTokens: string[], normalise: (word: string) => string): { text: string; match: boolean }[] {
  if (queryTokens.length === 0) return [{ text, match: false }];
  const runs: { text: string; match: boolean }[] = [];
  const push = (part: string, match: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += part;
    else runs.push({ text: part, match });
  };
  for (const part of text.split(/([\p{L}\p{N}’']+)/u)) {
    if (!part) continue;
    const word = normalise(part.toLowerCase().replace(/[’']\p{L}*$/u, ''));
    const match = /[\p{L}\p{N}]/u.test(part) && queryTokens.some((t) => wordsAlike(word, t));
    push(part, match);
  }
  return runs;
}

/**
 * True when a word of the text matches a word of the query: the query starts
 * the word ("coach" → "coaching"), or the word's start is within a typo or two
 * of the query ("mentorng" → "mentoring").
 */
function wordsAlike(word: string, query: string): boolean {
  if (query.length < 2) return false;
  if (word.startsWith(query)) return true;
  if (query.length < 4) return false;
  const allowed = query.length >= 7 ? 2 : 1;
  const head = word.slice(0, query.length + 1);
  return Math.min(editDistance(head, query), editDistance(head.slice(0, query.length), query)) <= allowed;
}

/** Levenshtein distance; both strings are short (a word, at most 33 characters). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
