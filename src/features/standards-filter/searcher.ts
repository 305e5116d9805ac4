import type { TextRun } from '../../islands/highlight';
import type { Locale } from '../../lib/locales/locales';
import { queryWords, searchWords, type SearchWord } from '../../lib/search-words/words';
import { roleWordsQuery } from '../../lib/search-words/role-words';
import { matchDistance } from '../../lib/search-words/word-match';
import type { FilterItem } from './filter';
import { createVocabulary, type FuzzyMatcher, type Vocabulary, type VocabularyEntry } from './vocabulary';

/*
 * The filter's index and ranking. Every word of the query must match a word of
 * an item (vocabulary.ts finds the words, Fuse.js the misspelt ones; the rules
 * of src/lib/search-words/word-match.ts accept them); items are ranked by how well they
 * match, rarer words counting for more, with a bonus for the query's words
 * side by side and in order and for an item that is mostly what was asked for.
 * When no item has every word, the items with most of them are offered
 * instead, marked partial.
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
  /**
   * Splits an item's text into runs, marking the words the query matched (the
   * very words that found the item), for the page to draw as text and `<mark>`.
   */
  highlight(text: string, query: string): TextRun[];
  /** Starts forgiving typos, with Fuse.js (`fuse.js/basic`) finding the candidates (vocabulary.ts). */
  useFuzzy(matcher: FuzzyMatcher): void;
  locale: Locale;
}

interface Indexed {
  item: FilterItem;
  /** How many of its words carry meaning (not stop words). */
  meaningful: number;
}

/** For one query word: the items it matches, each with the closest distance and where. */
type WordHits = Map<number, { distance: number; positions: number[] }>;

/** What one query word matched: the items, and the words of the vocabulary. */
interface QueryWordMatch {
  hits: WordHits;
  words: Set<VocabularyEntry>;
}

function matchWord(query: SearchWord, vocabulary: Vocabulary): QueryWordMatch {
  const hits: WordHits = new Map();
  const words = new Set<VocabularyEntry>();
  for (const { entry, distance } of vocabulary.matches(query)) {
    words.add(entry);
    for (const [index, position] of entry.places) {
      const hit = hits.get(index);
      if (!hit) hits.set(index, { distance, positions: [position] });
      else {
        hit.distance = Math.min(hit.distance, distance);
        hit.positions.push(position);
      }
    }
  }
  return { hits, words };
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
 * Builds the filter's index over the items, reading words as `locale` does;
 * with Fuse.js (`fuzzy`, or later `useFuzzy`) it also forgives typos.
 * @example createSearcher(items, 'en', Fuse).search('coaching').results[0].item.number // '3.13'
 */
export function createSearcher(items: readonly FilterItem[], locale: Locale, fuzzy?: FuzzyMatcher): Searcher {
  const texts = items.map((item) => wordsOfText(item.text, locale));
  const indexed: Indexed[] = items.map((item, i) => ({ item, meaningful: texts[i]!.filter((w) => w.stem !== '').length }));
  const vocabulary = createVocabulary(texts, fuzzy);
  let matcher = fuzzy;
  const byNumber = new Map(items.map((item) => [item.number.toLowerCase(), item]));
  // Typing asks for the same words again and again ("gov", "gove", "gover" and back).
  const cache = new Map<string, QueryWordMatch>();
  const matchOf = (word: SearchWord): QueryWordMatch => {
    const key = `${word.form} ${word.stem}`;
    let match = cache.get(key);
    if (!match) {
      if (cache.size > 500) cache.clear();
      cache.set(key, (match = matchWord(word, vocabulary)));
    }
    return match;
  };
  const wordsOf = (query: string) => queryWords(query, locale, MAX_QUERY_WORDS);
  const find = (words: SearchWord[]): SearchResult => {
    const perWord = words.map((word) => matchOf(word).hits);
    const counts = new Map<number, number>();
    for (const hits of perWord) for (const index of hits.keys()) counts.set(index, (counts.get(index) ?? 0) + 1);
    const all = [...counts].filter(([, n]) => n === words.length).map(([index]) => index);
    if (all.length > 0 || words.length < 2) return { results: rank(indexed, perWord, all), partial: false };
    // Nothing has every word: offer the items with most of them, if that is at least half.
    const most = Math.max(0, ...counts.values());
    if (most < Math.ceil(words.length / 2)) return { results: [], partial: false };
    const some = [...counts].filter(([, n]) => n === most).map(([index]) => index);
    return { results: rank(indexed, perWord, some), partial: true };
  };

  return {
    locale,
    useFuzzy(given) {
      if (given === matcher) return;
      matcher = given;
      vocabulary.useFuzzy(given);
      cache.clear();
    },
    search(query) {
      const words = wordsOf(query);
      if (words.length === 0) return { results: items.map((item) => ({ item, score: 0 })), partial: false };
      // A number such as 3.4a goes straight to its item, whatever else is typed ("statement 3.13").
      const numbered = words.map((w) => byNumber.get(w.form)).filter((item): item is FilterItem => item !== undefined);
      if (numbered.length > 0) return { results: numbered.map((item) => ({ item, score: 1 })), partial: false };
      const inContentWords = roleWordsQuery(query, locale);
      return inContentWords === undefined ? find(words) : merge(find(words), find(wordsOf(inContentWords)));
    },
    highlight(text, query) {
      const inContentWords = roleWordsQuery(query, locale);
      const words = [...wordsOf(query), ...(inContentWords === undefined ? [] : wordsOf(inContentWords))];
      const matched = words.map((word) => matchOf(word).words);
      return markRuns(text, wordsOfText(text, locale), (word) => {
        const entry = vocabulary.entryOf(word);
        // A text that is not one of the items is judged by the rules directly.
        return entry ? matched.some((set) => set.has(entry)) : words.some((q) => matchDistance(q, word) !== undefined);
      });
    },
  };
}

/**
 * The results of a query and of the same query in the content's role words
 * (src/lib/search-words/role-words.ts) as one list: every item that has all the words of
 * either before any that has only most of them; each at its better score.
 */
function merge(asTyped: SearchResult, inContentWords: SearchResult): SearchResult {
  const full = [asTyped, inContentWords].filter((found) => !found.partial && found.results.length > 0);
  const best = new Map<FilterItem, Ranked>();
  for (const found of full.length > 0 ? full : [asTyped, inContentWords]) {
    for (const ranked of found.results) if ((best.get(ranked.item)?.score ?? -1) < ranked.score) best.set(ranked.item, ranked);
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score);
  return { results, partial: full.length === 0 && results.length > 0 };
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
 * Splits a text into runs of its words, marking those `isMatch` accepts, and
 * keeping the text between them whole.
 * @example markRuns('models of leadership', words, (w) => w.form === 'leadership') // [{ text: 'models of ', match: false }, { text: 'leadership', match: true }]
 */
function markRuns(text: string, words: readonly SearchWord[], isMatch: (word: SearchWord) => boolean): TextRun[] {
  const runs: TextRun[] = [];
  const push = (part: string, match: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += part;
    else if (part !== '') runs.push({ text: part, match });
  };
  let end = 0;
  for (const word of words) {
    const start = text.indexOf(word.text, end);
    if (start < 0) continue;
    push(text.slice(end, start), false);
    push(word.text, isMatch(word));
    end = start + word.text.length;
  }
  push(text.slice(end), false);
  return runs.length > 0 ? runs : [{ text, match: false }];
}
