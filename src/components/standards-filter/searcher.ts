import type { TextRun } from '../islands/highlight';
import type { Locale } from '../../lib/locales';
import { queryWords, searchWords, type SearchWord } from '../../lib/search-words';
import type { FilterItem } from './filter';
import { matchDistance } from '../../lib/word-match';

/*
 * The filter's index and ranking. Every word of the query must match a word of
 * an item (see match.ts); items are ranked by how well they match, rarer words
 * counting for more, with a bonus for the query's words side by side and in
 * order and for an item that is mostly what was asked for. When no item has
 * every word, the items with most of them are offered instead, marked partial.
 */

/** Words of a query the filter reads; a pasted paragraph is cut to these. */
export const MAX_QUERY_WORDS = 8;

export interface Ranked {
  item: FilterItem;
  /** Higher is better; 0 when the query is empty. */
  score: number;
}

export interface SearchResult {
  results: Ranked[];
  /** True when no item had every word, and these have most of them. */
  partial: boolean;
}

export interface Searcher {
  search(query: string): SearchResult;
  /** The words of the query as the filter reads them, for marking matches. */
  queryWords(query: string): SearchWord[];
  locale: Locale;
}

interface Indexed {
  item: FilterItem;
  /** The item's words, in order. */
  words: SearchWord[];
  /** How many of them carry meaning (not stop words). */
  meaningful: number;
}

/** For one query word: the items it matches, each with the closest distance and where. */
type WordHits = Map<number, { distance: number; positions: number[] }>;

function hitsFor(query: SearchWord, vocabulary: Map<string, { word: SearchWord; places: [number, number][] }>): WordHits {
  const hits: WordHits = new Map();
  for (const { word, places } of vocabulary.values()) {
    const distance = matchDistance(query, word);
    if (distance === undefined) continue;
    for (const [index, position] of places) {
      const hit = hits.get(index);
      if (!hit) hits.set(index, { distance, positions: [position] });
      else {
        hit.distance = Math.min(hit.distance, distance);
        hit.positions.push(position);
      }
    }
  }
  return hits;
}

/** The share of neighbouring query words found next to each other, in order. */
function phraseShare(perWord: WordHits[], index: number): number {
  if (perWord.length < 2) return 0;
  let pairs = 0;
  for (let k = 1; k < perWord.length; k += 1) {
    const before = perWord[k - 1]!.get(index)?.positions ?? [];
    const after = new Set(perWord[k]!.get(index)?.positions ?? []);
    if (before.some((p) => after.has(p + 1))) pairs += 1;
  }
  return pairs / (perWord.length - 1);
}

function rank(indexed: Indexed[], perWord: WordHits[], candidates: number[]): Ranked[] {
  const total = indexed.length;
  const weights = perWord.map((hits) => Math.log(1 + total / Math.max(hits.size, 1)));
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  return candidates
    .map((index) => {
      const entry = indexed[index]!;
      let closeness = 0;
      let matchedWords = new Set<number>();
      perWord.forEach((hits, k) => {
        const hit = hits.get(index);
        if (!hit) return;
        closeness += weights[k]! * (1 - hit.distance);
        matchedWords = new Set([...matchedWords, ...hit.positions]);
      });
      const focus = matchedWords.size / Math.max(entry.meaningful, 1);
      return { index, score: closeness / weightSum + 0.3 * phraseShare(perWord, index) + 0.2 * Math.min(focus, 1) };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ index, score }) => ({ item: indexed[index]!.item, score }));
}

/**
 * Builds the filter's index over the items, reading words as `locale` does.
 * @example createSearcher(items, 'en').search('coaching').results[0].item.number // '3.13'
 */
export function createSearcher(items: readonly FilterItem[], locale: Locale): Searcher {
  const indexed: Indexed[] = items.map((item) => {
    const words = wordsOfText(item.text, locale);
    return { item, words, meaningful: words.filter((w) => w.stem !== '').length };
  });
  const vocabulary = new Map<string, { word: SearchWord; places: [number, number][] }>();
  indexed.forEach(({ words }, index) => {
    words.forEach((word, position) => {
      const key = `${word.form} ${word.stem}`;
      const entry = vocabulary.get(key) ?? { word, places: [] };
      entry.places.push([index, position]);
      vocabulary.set(key, entry);
    });
  });
  const byNumber = new Map(items.map((item) => [item.number.toLowerCase(), item]));
  // Typing asks for the same words again and again ("gov", "gove", "gover" and back).
  const hitCache = new Map<string, WordHits>();
  const hitsOf = (word: SearchWord): WordHits => {
    const key = `${word.form} ${word.stem}`;
    let hits = hitCache.get(key);
    if (!hits) {
      if (hitCache.size > 500) hitCache.clear();
      hitCache.set(key, (hits = hitsFor(word, vocabulary)));
    }
    return hits;
  };
  const everything = (): SearchResult => ({ results: items.map((item) => ({ item, score: 0 })), partial: false });

  return {
    locale,
    queryWords: (query) => queryWords(query, locale, MAX_QUERY_WORDS),
    search(query) {
      const words = queryWords(query, locale, MAX_QUERY_WORDS);
      if (words.length === 0) return everything();
      // A number such as 3.4a goes straight to its item, whatever else is typed ("statement 3.13").
      const numbered = words.map((w) => byNumber.get(w.form)).filter((item): item is FilterItem => item !== undefined);
      if (numbered.length > 0) return { results: numbered.map((item) => ({ item, score: 1 })), partial: false };
      const perWord = words.map(hitsOf);
      const counts = new Map<number, number>();
      for (const hits of perWord) for (const index of hits.keys()) counts.set(index, (counts.get(index) ?? 0) + 1);
      const all = [...counts].filter(([, n]) => n === words.length).map(([index]) => index);
      if (all.length > 0 || words.length < 2) return { results: rank(indexed, perWord, all), partial: false };
      // Nothing has every word: offer the items with most of them, if that is at least half.
      const most = Math.max(0, ...counts.values());
      if (most < Math.ceil(words.length / 2)) return { results: [], partial: false };
      const some = [...counts].filter(([, n]) => n === most).map(([index]) => index);
      return { results: rank(indexed, perWord, some), partial: true };
    },
  };
}

const textWords = new Map<string, SearchWord[]>();

/** The words of an item's text, read once: results are drawn again on every keystroke. */
function wordsOfText(text: string, locale: Locale): SearchWord[] {
  const key = `${locale} ${text}`;
  let words = textWords.get(key);
  if (!words) textWords.set(key, (words = searchWords(text, locale)));
  return words;
}

/**
 * Splits a text into runs, marking the words that match the query by the same
 * rule that found the item, so the page can draw them as text and `<mark>`
 * (never as HTML).
 * @example highlight('models of leadership', searcher.queryWords('leader'), 'en') // [{ text: 'models of ', match: false }, { text: 'leadership', match: true }]
 */
export function highlight(text: string, query: readonly SearchWord[], locale: Locale): TextRun[] {
  const runs: TextRun[] = [];
  const push = (part: string, match: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += part;
    else if (part !== '') runs.push({ text: part, match });
  };
  let end = 0;
  const words = wordsOfText(text, locale);
  let from = 0;
  for (const word of words) {
    const start = text.indexOf(word.text, from);
    if (start < 0) continue;
    push(text.slice(end, start), false);
    push(word.text, query.some((q) => matchDistance(q, word) !== undefined));
    end = start + word.text.length;
    from = end;
  }
  push(text.slice(end), false);
  return runs.length > 0 ? runs : [{ text, match: false }];
}
