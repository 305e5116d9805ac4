import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadJudgements, mean, searchRanker } from '../../bench/relevance/relevance';
import { LOCALES } from '../../src/lib/locales';
import { dist } from '../fixtures/built-site';

/*
 * The relevance floor of site search over the built site: Pagefind's own
 * engine run in Node on dist/pagefind, through the same steps as the search
 * page (src/components/site-search/query.ts). MRR ≥ 0.85 per language.
 */
describe.each(LOCALES)('site search relevance, %s', (locale) => {
  it.skipIf(!existsSync(join(dist, 'pagefind', 'pagefind.js')))(
    'holds the floor: MRR ≥ 0.85 over the judged queries',
    async () => {
      const rows = await evaluate(loadJudgements(locale), await searchRanker(dist, locale));
      expect(rows.length).toBeGreaterThan(80);
      expect(mean(rows).rr).toBeGreaterThanOrEqual(0.85);
    },
    120_000,
  );
});
