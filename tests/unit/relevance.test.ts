import { describe, expect, it } from 'vitest';
import { evaluate, filterRanker, loadJudgements, mean } from '../../bench/relevance/relevance';
import { LOCALES } from '../../src/lib/locales';

/*
 * The relevance floor of the standards filter (bench/relevance/README.md): the
 * mean reciprocal rank of the judged queries, per language, may not fall below
 * 0.85. `npm run bench` prints the figures per class.
 */
describe.each(LOCALES)('standards filter relevance, %s', (locale) => {
  it('holds the floor: MRR ≥ 0.85 over the judged queries', async () => {
    const rows = await evaluate(loadJudgements(locale), filterRanker(locale), true);
    expect(rows.length).toBeGreaterThan(70);
    expect(mean(rows).rr).toBeGreaterThanOrEqual(0.85);
  });

  it('has at least 150 judged queries across the two languages, in every class', () => {
    const all = LOCALES.flatMap((l) => loadJudgements(l));
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((j) => j.class)).size).toBe(8);
  });
});
