import type Fuse from 'fuse.js/basic';
import type { SearchWord } from '../../lib/search-words/words';
import { closeDistance, editDistance, MATCH_DISTANCE, typoDistance, typoMatchDistance, typosAllowed } from '../../lib/search-words/word-match';

/*
 * The filter's vocabulary: every distinct word of the items (its form and stem,
 * src/lib/search-words/words.ts) with the places it occurs, and the words that match
 * a word of a query. Candidates come from two places and are all judged by the
 * same rules (src/lib/search-words/word-match.ts):
 * - exact candidates (the word itself, its stem, a word it begins) from a scan
 *   of the words that start with the same letter;
 * - fuzzy candidates, for typos, from Fuse.js over those words' forms and
 *   stems. Fuse finds every word within a few edits wherever they fall; the
 *   typo rule then keeps only a whole word of about the same length, so
 *   "llesiant" never reaches "diwylliant", nor "mentora" "mentrau".
 * Since every match starts with the query word's first letter, the words are
 * kept by first letter, and Fuse searches only that letter's words.
 *
 * Fuse is handed in (`useFuzzy`), not imported: the page fetches it only when
 * someone uses the search box, so a visit that only reads the list never loads
 * it. Until it is given, typos are not forgiven and every exact match is found.
 */

/** Fuse.js's constructor (`fuse.js/basic`), for the fuzzy candidates. */
export type FuzzyMatcher = typeof Fuse;

/** A word of the items and where it occurs: [item index, word position]. */
export interface VocabularyEntry {
  word: SearchWord;
  places: [item: number, position: number][];
}

export interface WordMatch {
  entry: VocabularyEntry;
  /** How far from the query word (`matchDistance`): 0 is the word itself. */
  distance: number;
}

export interface Vocabulary {
  /** The words of the items that match one word of a query. */
  matches(query: SearchWord): WordMatch[];
  /** The entry for a word of an item's text, to ask whether a query matched it. */
  entryOf(word: SearchWord): VocabularyEntry | undefined;
  /** Starts forgiving typos, with Fuse.js finding the candidates. */
  useFuzzy(matcher: FuzzyMatcher): void;
}

/**
 * Fuse's cut-off. The typo rule allows one edit up to seven letters and two
 * from eight; Fuse's Bitap counts two swapped letters as two errors, so the
 * loosest typo it must still find is 2 errors in 4 letters or 4 in 8: 0.5.
 */
export const FUZZY_THRESHOLD = 0.5;

const FUSE_OPTIONS = {
  threshold: FUZZY_THRESHOLD,
  // The typo rule checks the place and the length; Fuse only has to find the word.
  ignoreLocation: true,
  ignoreFieldNorm: true,
  // Forms and stems are already lower case and without accents.
  isCaseSensitive: true,
  shouldSort: false,
} as const;

interface Letter {
  entries: VocabularyEntry[];
  /** The entries by each of their forms and stems: what Fuse returns. */
  bySpelling: Map<string, VocabularyEntry[]>;
  fuse?: Fuse<string>;
}

const keyOf = (word: SearchWord) => `${word.form} ${word.stem}`;

/** The spellings of a query word worth a fuzzy search: a typo is forgiven only from four letters. */
function fuzzyPatterns(query: SearchWord): string[] {
  if (query.stem === '') return [];
  return [...new Set([query.form, query.stem])].filter((pattern) => typosAllowed(pattern.length) > 0);
}

/** Words that Fuse finds within a few edits of the query word's form or stem. */
function fuzzyCandidates(letter: Letter, query: SearchWord, matcher: FuzzyMatcher | undefined): Set<VocabularyEntry> {
  const candidates = new Set<VocabularyEntry>();
  const patterns = fuzzyPatterns(query);
  if (patterns.length === 0 || !matcher) return candidates;
  // Built the first time a word with this letter is misspelt, or typed, so the page opens quickly.
  letter.fuse ??= new matcher([...letter.bySpelling.keys()], FUSE_OPTIONS);
  for (const pattern of patterns) {
    for (const { item } of letter.fuse.search(pattern)) for (const entry of letter.bySpelling.get(item) ?? []) candidates.add(entry);
  }
  return candidates;
}

/**
 * Whether a word is one the word meant would find as itself, as a word it
 * begins ("education" → "educational") or by its stem when not much shorter
 * ("monitoring" → "monitor", but not "accountability" → "account").
 */
function meansTheSame(meant: SearchWord, word: SearchWord): boolean {
  const distance = closeDistance(meant, word);
  if (distance === undefined || distance >= MATCH_DISTANCE.stemPrefix) return false;
  return distance !== MATCH_DISTANCE.sameStem || word.form.length >= 0.7 * meant.form.length;
}

/**
 * For a word found only by its near misses: the words whose spelling is within
 * the typos allowed of it, and the words those would find themselves (the same
 * word, the same stem, a word they begin). A near miss
 * found only through a stem cut short by the typo ("impement" → "imp") or a
 * typo of the stem ("gobal" → "goal") is dropped when a word close in spelling
 * exists, and of the words close in spelling only those nearest as typed:
 * "montoring" keeps "monitoring" and "monitor", not "mentor";
 * "impement" keeps "implement", not "impact" or "improvement". Where no word is
 * close in spelling, every match is kept.
 * @example nearestSpellings(word('gobal'), [global (1 edit), goals (2 edits, 1 by stem)]) // [global]
 */
export function nearestSpellings(query: SearchWord, matches: WordMatch[], words: readonly VocabularyEntry[] = []): WordMatch[] {
  const near = matches.filter((m) => typoDistance(query.form, m.entry.word.form) !== Infinity);
  if (near.length === 0) return matches;
  // Of those, the nearest as typed: in Welsh "montro" is as near "pontio" as "monitro" once mutations are undone.
  const typed = (m: WordMatch) => editDistance(query.text.toLowerCase(), m.entry.word.text.toLowerCase());
  const nearest = Math.min(...near.map(typed));
  const close = near.filter((m) => typed(m) === nearest);
  // The words the word meant would find (`meansTheSame`), a little further than the word meant.
  const kept = new Map(close.map((m) => [m.entry, m.distance]));
  for (const entry of words) {
    if (kept.has(entry)) continue;
    const meant = close.filter((c) => meansTheSame(c.entry.word, entry.word));
    if (meant.length > 0) kept.set(entry, Math.min(...meant.map((c) => c.distance)) + MATCH_DISTANCE.sameStem);
  }
  return [...kept].map(([entry, distance]) => ({ entry, distance }));
}

/**
 * Collects the words of the items, each text already split into words.
 * @example createVocabulary([searchWords('mentor and coach', 'en')], Fuse).matches(queryWords('mentorng', 'en')[0]) // [{ entry: mentor…, distance: 0.4 }]
 */
export function createVocabulary(texts: readonly (readonly SearchWord[])[], fuzzy?: FuzzyMatcher): Vocabulary {
  let matcher = fuzzy;
  const byKey = new Map<string, VocabularyEntry>();
  texts.forEach((words, index) => {
    words.forEach((word, position) => {
      const key = keyOf(word);
      const entry = byKey.get(key);
      if (entry) entry.places.push([index, position]);
      else byKey.set(key, { word, places: [[index, position]] });
    });
  });
  const letters = new Map<string, Letter>();
  for (const entry of byKey.values()) {
    const first = entry.word.form[0];
    if (first === undefined) continue;
    let letter = letters.get(first);
    if (!letter) letters.set(first, (letter = { entries: [], bySpelling: new Map() }));
    letter.entries.push(entry);
    for (const spelling of new Set([entry.word.form, entry.word.stem])) {
      if (spelling !== '') letter.bySpelling.set(spelling, [...(letter.bySpelling.get(spelling) ?? []), entry]);
    }
  }
  return {
    entryOf: (word) => byKey.get(keyOf(word)),
    useFuzzy(given) {
      matcher = given;
    },
    matches(query) {
      const letter = letters.get(query.form[0] ?? '');
      if (!letter) return [];
      const found = new Map<VocabularyEntry, number>();
      for (const entry of letter.entries) {
        const distance = closeDistance(query, entry.word);
        if (distance !== undefined) found.set(entry, distance);
      }
      // A word found as itself, by its stem or as the start of a word keeps its looser relatives too
      // (they rank below it); a word found only by near misses keeps the nearest (`nearestSpellings`).
      const foundExactly = [...found.values()].some((distance) => distance < MATCH_DISTANCE.stemPrefix);
      for (const entry of fuzzyCandidates(letter, query, matcher)) {
        if (found.has(entry)) continue;
        const distance = typoMatchDistance(query, entry.word);
        if (distance !== undefined) found.set(entry, distance);
      }
      const matches = [...found].map(([entry, distance]) => ({ entry, distance }));
      return foundExactly ? matches : nearestSpellings(query, matches, letter.entries);
    },
  };
}
