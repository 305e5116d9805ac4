import { describe, expect, it } from 'vitest';
import { evaluate, filterRanker, loadJudgements, mean, relevantPaths } from '../../bench/relevance/relevance';
import { LOCALES } from '../../src/lib/locales/locales';

/*
 * The relevance floor of the standards filter (bench/relevance/README.md): the
 * mean reciprocal rank of the judged queries, per language, may not fall below
 * 0.85. `npm run bench` prints the figures per class.
 */
// Each of the first two tests ranks every judged query with the real filter: about a second on a
// quiet machine, ten on a busy one, so not Vitest's 5 s default.
const RANKS_EVERY_QUERY = { timeout: 60_000 };

describe.each(LOCALES)('standards filter relevance, %s', (locale) => {
  it('holds the floor: MRR ≥ 0.85 over the judged queries', RANKS_EVERY_QUERY, async () => {
    const rows = await evaluate(loadJudgements(locale), filterRanker(locale), true);
    expect(rows.length).toBeGreaterThan(70);
    expect(mean(rows).rr).toBeGreaterThanOrEqual(0.85);
  });

  it('lists what a single misspelt word means first, not drowned by its near misses', RANKS_EVERY_QUERY, async () => {
    const oneWord = loadJudgements(locale).filter((j) => j.class === 'typo' && !/\s/.test(j.q.trim()) && (j.items ?? []).length > 0);
    expect(oneWord.length).toBeGreaterThanOrEqual(10);
    const rank = filterRanker(locale);
    for (const judgement of oneWord) {
      const relevant = relevantPaths(judgement, true);
      const shown = await rank(judgement.q);
      const found = shown.filter((path) => relevant.has(path));
      // Every item judged relevant that is found comes before any that is not, and the others are no more than the relevant ones.
      expect(shown.slice(0, found.length), judgement.q).toEqual(found);
      expect(shown.length - found.length, judgement.q).toBeLessThanOrEqual(relevant.size);
      expect(found.length, judgement.q).toBeGreaterThan(0);
    }
  });

  it('has at least 150 judged queries across the two languages, in every class', () => {
    const all = LOCALES.flatMap((l) => loadJudgements(l));
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((j) => j.class)).size).toBe(8);
  });
});
