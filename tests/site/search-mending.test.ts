import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPagefind } from '../../bench/relevance/pagefind-node';
import { chooseLanguage, findPages, foundAsTyped } from '../../src/features/site-search/query';
import type { Locale } from '../../src/lib/locales/locales';
import { dist } from '../fixtures/built-site';

/*
 * Pagefind, finding no word that starts with a query word, matches a shorter
 * word instead ("arweinyddieth" → "arweinydd"). Such a word is mended when the
 * index has a word for it, and otherwise the other language is preferred when
 * it has the word itself (src/features/site-search/query.ts).
 */
const built = existsSync(join(dist, 'pagefind', 'pagefind.js'));
const vocabulary = (locale: Locale) => () => Promise.resolve(JSON.parse(readFileSync(join(dist, 'pagefind', `vocabulary.${locale}.json`), 'utf8')) as Record<string, number>);

async function urls(locale: Locale, query: string, other: Locale = locale === 'en' ? 'cy' : 'en'): Promise<{ urls: string[]; elsewhere: boolean }> {
  const [here, there] = [await openPagefind(dist, locale), await openPagefind(dist, other)];
  const { found, elsewhere } = await chooseLanguage(await findPages(here, query, locale, { vocabulary: vocabulary(locale) }), () => findPages(there, query, other, { vocabulary: vocabulary(other) }));
  return { urls: await Promise.all(found.hits.slice(0, 5).map(async (hit) => (await hit.data()).url)), elsewhere };
}

describe.skipIf(!built)('site search and shorter-word matches', () => {
  it('mends a misspelt word that Pagefind found only as a shorter word', async () => {
    const { urls: found, elsewhere } = await urls('cy', 'gweledigeth');
    expect(elsewhere).toBe(false);
    expect(found.some((url) => /\/cy\/standards\/1\.(3|9|10|11|1a|2a|3a)\//.test(url))).toBe(true);
  });

  it('keeps a shorter-word match that is right when nothing better exists ("coachng")', async () => {
    const { urls: found } = await urls('en', 'coachng');
    expect(found.length).toBeGreaterThan(0);
  });

  it('offers the other language when this one has the word only as a shorter word', async () => {
    const { urls: found, elsewhere } = await urls('cy', 'coaching');
    expect(elsewhere).toBe(true);
    expect(found.some((url) => /^\/(?!cy\/).*(standards\/3\.13|coaching-and-mentoring)\/$/.test(url))).toBe(true);
  });

  it('counts a mended or guessed word as not found as typed, so the language switch does not carry it', async () => {
    const english = await openPagefind(dist, 'en');
    expect(foundAsTyped(await findPages(english, 'coaching', 'en', { vocabulary: vocabulary('en') }))).toBe(true);
    // A Welsh word: the English index has it at most as a guess (the glossary marks its Welsh words lang="cy", out of this index).
    expect(foundAsTyped(await findPages(english, 'hyfforddi', 'en', { vocabulary: vocabulary('en') }))).toBe(false);
    expect(foundAsTyped(await findPages(await openPagefind(dist, 'cy'), 'coaching', 'cy', { vocabulary: vocabulary('cy') }))).toBe(false);
  });
});
