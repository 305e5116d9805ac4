import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { readKeyAreas } from '../../../tests/fixtures/content';
import { LOCALES } from '../../lib/locales';
import { searchWords, type SearchWord } from '../../lib/search-words';
import { buildStandards } from '../../lib/standards';
import { matchDistance } from '../../lib/word-match';
import { createVocabulary } from './vocabulary';

/*
 * The vocabulary finds its fuzzy candidates with Fuse.js and judges them by the
 * rules of src/lib/word-match.ts. Fuse must find every word the typo rule would
 * accept, or a typo the rules forgive would find nothing: so every match it
 * returns is checked against the rules applied to every word, for misspellings
 * of every word of the standards.
 */

/**
 * Two letters swapped and a letter changed, in the middle of a word: the typos
 * Fuse's Bitap finds hardest (a swap is two errors to it, one to the rules).
 */
function misspellings(word: string): string[] {
  const at = Math.max(1, Math.floor(word.length / 2));
  return [word.slice(0, at - 1) + (word[at] ?? '') + word[at - 1] + word.slice(at + 1), `${word.slice(0, at)}x${word.slice(at + 1)}`];
}

describe.each(LOCALES)('the filter’s vocabulary, %s', (locale) => {
  const texts = buildStandards(readKeyAreas(locale)).items.map((item) => searchWords(item.text, locale));
  const vocabulary = createVocabulary(texts, Fuse);
  const words = [...new Map(texts.flat().map((w) => [`${w.form} ${w.stem}`, w])).values()];
  const key = (w: SearchWord) => `${w.form} ${w.stem}`;
  const matched = (query: SearchWord) => new Map(vocabulary.matches(query).map(({ entry, distance }) => [key(entry.word), distance]));
  const byRules = (query: SearchWord) => {
    const found = new Map<string, number>();
    for (const word of words) {
      const distance = matchDistance(query, word);
      if (distance !== undefined) found.set(key(word), distance);
    }
    return found;
  };

  // Some thousands of searches: a deterministic check, allowed the time a busy machine needs.
  it('finds exactly the words the rules accept, for every word of the standards misspelt', { timeout: 60_000 }, () => {
    const queries = words
      .filter((w) => w.stem !== '' && w.form.length >= 4)
      .flatMap((w) => misspellings(w.form))
      .flatMap((q) => searchWords(q, locale));
    expect(queries.length).toBeGreaterThan(800);
    const differences = queries.filter((query) => {
      const [a, b] = [matched(query), byRules(query)];
      return a.size !== b.size || [...b].some(([k, d]) => a.get(k) !== d);
    });
    expect(differences.map((q) => q.form)).toEqual([]);
  });

  it('forgives a typo by Fuse’s candidates, but only where the word starts and is about as long', () => {
    const [query] = searchWords(locale === 'en' ? 'govenors' : 'llywodraethwyt', locale);
    expect([...matched(query!).keys()].some((key) => key.startsWith(locale === 'en' ? 'governors ' : 'llywodraethwyr '))).toBe(true);
    if (locale === 'cy') {
      const [llesiant] = searchWords('llesiant', locale);
      expect([...matched(llesiant!).keys()].every((key) => key.startsWith('llesiant'))).toBe(true);
      const [mentora] = searchWords('mentora', locale);
      expect([...matched(mentora!).keys()].some((key) => key.startsWith('mentrau'))).toBe(false);
    }
  });
});
