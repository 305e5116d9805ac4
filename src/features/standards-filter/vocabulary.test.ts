import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { readKeyAreas } from '../../../tests/fixtures/content';
import { LOCALES } from '../../lib/locales/locales';
import { searchWords, type SearchWord } from '../../lib/search-words/words';
import { buildStandards } from '../../lib/content/standards';
import { MATCH_DISTANCE, matchDistance } from '../../lib/search-words/word-match';
import { createVocabulary, nearestSpellings } from './vocabulary';

/*
 * The vocabulary finds its fuzzy candidates with Fuse.js and judges them by the
 * rules of src/lib/search-words/word-match.ts. Fuse must find every word the typo rule would
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
  // Each word as it first occurs, as the vocabulary keeps it.
  const words = [
    ...new Map(
      texts
        .flat()
        .reverse()
        .map((w) => [`${w.form} ${w.stem}`, w]),
    ).values(),
  ];
  const key = (w: SearchWord) => `${w.form} ${w.stem}`;
  const matched = (query: SearchWord) => new Map(vocabulary.matches(query).map(({ entry, distance }) => [key(entry.word), distance]));
  const entries = words.map((word) => ({ word, places: [] }));
  /** The rules applied to every word, then, for a word found only by near misses, the nearest spellings. */
  const byRules = (query: SearchWord) => {
    const found = entries.flatMap((entry) => {
      const distance = matchDistance(query, entry.word);
      return distance === undefined ? [] : [{ entry, distance }];
    });
    const exact = found.some((m) => m.distance < MATCH_DISTANCE.stemPrefix);
    const sameLetter = entries.filter((e) => e.word.form[0] === query.form[0]);
    return new Map((exact ? found : nearestSpellings(query, found, sameLetter)).map((m) => [key(m.entry.word), m.distance]));
  };

  // Some thousands of searches: a deterministic check, allowed the time a busy machine needs.
  it('finds exactly the words the rules accept (the nearest spellings of a misspelt word), for every word of the standards misspelt', { timeout: 60_000 }, () => {
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

  it('keeps, for a misspelt word, the words nearest in spelling and theirs, not what a cut-short stem or a mutation brings in', () => {
    const forms = (text: string) => [...matched(searchWords(text, locale)[0]!).keys()].map((k) => k.split(' ')[0] ?? '').sort();
    if (locale === 'en') {
      expect(forms('montoring')).toEqual(['monitor', 'monitored', 'monitoring', 'monitors']);
      expect(forms('impement')).toEqual(['implement', 'implements']);
      expect(forms('gobal')).toEqual(['global']);
    } else {
      // "montro" is one letter from "pontio" once its mutation is undone, but "monitro" as typed.
      expect(forms('montro').every((form) => form.startsWith('ponitr') || form.startsWith('ponitor'))).toBe(true);
      expect(forms('montro')).toContain('ponitro');
    }
  });
});
