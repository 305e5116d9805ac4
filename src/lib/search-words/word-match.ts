import type { SearchWord } from './words';

/*
 * When a word of the standards matches a word of a query, and how well: the
 * rules that accept or reject a candidate. The filter judges every candidate
 * by them (its exact candidates from its vocabulary, its fuzzy ones from
 * Fuse.js, see standards-filter/vocabulary.ts) and marks the words it accepted,
 * so every result shows why it is there; site search uses the typo rule to
 * mend a misspelt word against the index's words.
 *
 * Matches are anchored on the start of the word: "llesiant" never finds
 * "diwylliant", and a typo is forgiven only against a whole word that starts
 * with the same letter and is about as long ("govenors" → "governors", but
 * "cymru" is not "cymryd" and "mentora" is not "mentrau").
 */

/** How far from exact each kind of match is: 0 is the word itself, higher is looser. */
export const MATCH_DISTANCE = {
  exact: 0,
  sameStem: 0.05,
  typing: 0.1,
  stemPrefix: 0.15,
  inflected: 0.2,
  typo: 0.3,
} as const;

/** How many edits a typo may have, by the length of the query word. */
export function typosAllowed(length: number): number {
  if (length < 4) return 0;
  return length >= 8 ? 2 : 1;
}

/**
 * How far a word of the text is from a word of the query, or undefined when it
 * does not match: the word itself, the same stem ("coach", "coaching"), a word
 * the query begins ("mentor" → "mentoring"), the stem plus a short ending
 * ("mentora" → "mentor"), or a word within a typo or two.
 * @example matchDistance(word('coaching'), word('coach')) // 0.05
 */
export function matchDistance(query: SearchWord, word: SearchWord): number | undefined {
  return closeDistance(query, word) ?? typoMatchDistance(query, word);
}

/**
 * The exact part of `matchDistance`: the word itself, the same stem, a word the
 * query begins, or the stem plus a short ending; undefined for anything else.
 * Every such word starts with the query word's first letter.
 * @example closeDistance(word('mentor'), word('mentoring')) // 0.115
 */
export function closeDistance(query: SearchWord, word: SearchWord): number | undefined {
  const q = query.form;
  const w = word.form;
  if (q === '' || w === '') return undefined;
  if (w === q) return MATCH_DISTANCE.exact;
  if (query.stem !== '' && word.stem === query.stem) return MATCH_DISTANCE.sameStem;
  // Stop words only ever match themselves (a query of nothing but "the").
  if (word.stem === '' || query.stem === '') return undefined;
  if (q.length >= 2 && w.startsWith(q)) return MATCH_DISTANCE.typing + Math.min(w.length - q.length, 8) * 0.005;
  if (query.stem.length >= 3 && word.stem.startsWith(query.stem)) return MATCH_DISTANCE.stemPrefix;
  if (word.stem.length >= 5 && q.startsWith(word.stem) && q.length - word.stem.length <= 3) return MATCH_DISTANCE.inflected;
  return undefined;
}

/**
 * The typo part of `matchDistance`: how far a misspelt query word is from a
 * word, by its form or its stem, within the typos allowed (`typoDistance`).
 * @example typoMatchDistance(word('govenors'), word('governors')) // 0.4
 */
export function typoMatchDistance(query: SearchWord, word: SearchWord): number | undefined {
  if (query.stem === '' || word.stem === '') return undefined;
  const typos = Math.min(typoDistance(query.form, word.form), typoDistance(query.stem, word.stem));
  return typos === Infinity ? undefined : MATCH_DISTANCE.typo + typos * 0.1;
}

/**
 * The edits between two words when within the typos allowed (same first
 * letter, similar length, one edit up to 7 letters and two from 8); else Infinity.
 * @example typoDistance('govenor', 'governor') // 1
 */
export function typoDistance(query: string, word: string): number {
  const allowed = typosAllowed(query.length);
  if (allowed === 0 || query[0] !== word[0] || Math.abs(query.length - word.length) > allowed) return Infinity;
  const distance = editDistance(query, word);
  return distance <= allowed ? distance : Infinity;
}

/**
 * Edits to turn one word into another (insert, delete, substitute, or swap two
 * neighbouring letters: "inclsuion" is one edit from "inclusion").
 * @example editDistance('govenors', 'governors') // 1
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
