import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales/locales';
import { ROLE_WORDS, roleWordsQuery } from './role-words';
import { queryWords } from './words';
import { buildStandards } from '../content/standards';
import { readKeyAreas, root } from '../../../tests/fixtures/content';

describe('role words: what staff call a role, in the content’s words', () => {
  it('puts a role phrase in the content’s words, whatever its plural, mutation or stop words', () => {
    expect(roleWordsQuery('deputy heads', 'en')).toBe('senior leaders');
    expect(roleWordsQuery('Head of the Department', 'en')).toBe('middle leaders');
    expect(roleWordsQuery('head teacher', 'en')).toBe('headteacher');
    expect(roleWordsQuery('ddirprwy bennaeth', 'cy')).toBe('uwch arweinwyr');
    expect(roleWordsQuery('dirprwy bennaeth a llesiant', 'cy')).toBe('uwch arweinwyr llesiant');
  });

  it('prefers the longest phrase, and leaves a query without one alone', () => {
    expect(roleWordsQuery('head of year planning', 'en')).toBe('middle leaders planning');
    expect(roleWordsQuery('headteacher', 'en')).toBeUndefined();
    expect(roleWordsQuery('coaching', 'en')).toBeUndefined();
    expect(roleWordsQuery('', 'cy')).toBeUndefined();
  });

  it.each(LOCALES)('puts a query only in words the content has, in %s', (locale) => {
    // The standards, and the continuum, which names the roles ("Future Senior Leader", "Uwch Arweinwyr").
    const texts = [...buildStandards(readKeyAreas(locale)).items.map((item) => item.text), readFileSync(join(root, 'content', locale, 'continuum.yaml'), 'utf8')];
    const words = new Set(texts.flatMap((text) => queryWords(text, locale, Infinity).map((w) => w.stem)));
    for (const { means } of ROLE_WORDS[locale]) {
      for (const word of queryWords(means, locale)) expect(words.has(word.stem), `${means}: ${word.text}`).toBe(true);
    }
  });
});
