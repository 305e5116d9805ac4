import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadJudgements, mean, searchRanker } from '../../bench/relevance/relevance';
import { LOCALES } from '../../src/lib/locales/locales';
import { buildStandards } from '../../src/lib/content/standards';
import { readKeyAreas } from '../fixtures/content';
import { dist } from '../fixtures/built-site';

/*
 * The relevance floor of site search over the built site: Pagefind's own
 * engine run in Node on dist/pagefind, through the same steps as the search
 * page (src/features/site-search/query.ts). MRR ≥ 0.85 per language.
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

/*
 * A query that is the whole text of a statement or action finds that item's
 * own page first, however short the text, in both languages: a case study,
 * recommendation or pathway quoting the words must not come before it. Held for
 * every short item (up to six words, where other pages most often say the same
 * words) and for every judged `exact` query that is an item's whole text.
 */
describe.each(LOCALES)('site search, a statement’s whole text, %s', (locale) => {
  it.skipIf(!existsSync(join(dist, 'pagefind', 'pagefind.js')))(
    'puts the statement’s own page first',
    async () => {
      const items = buildStandards(readKeyAreas(locale)).items;
      const byText = new Map(items.map((item) => [item.text.toLowerCase(), item.number]));
      const judged = loadJudgements(locale).flatMap((j) => {
        const number = byText.get(j.q.toLowerCase());
        return j.class === 'exact' && number !== undefined && j.items?.includes(number) ? [{ q: j.q, number }] : [];
      });
      expect(judged.length).toBeGreaterThanOrEqual(5);
      const short = items.filter((item) => item.text.split(/\s+/).length <= 6).map((item) => ({ q: item.text, number: item.number }));
      const rank = await searchRanker(dist, locale);
      const misses: string[] = [];
      for (const { q, number } of [...judged, ...short]) {
        const first = (await rank(q))[0];
        if (first !== `/standards/${number}/`) misses.push(`${q} → ${first ?? 'nothing'}`);
      }
      expect(misses).toEqual([]);
    },
    120_000,
  );
});
