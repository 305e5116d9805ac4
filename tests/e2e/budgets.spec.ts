import { gzipSync } from 'node:zlib';
import { FIRST_QUERY_KB } from '../budgets';
import { expect, test } from './fixtures';

/*
 * The search budget of tests/budgets.ts: what a first query loads, counted as a host
 * sends it (Pagefind's index, fragments and WebAssembly are compressed already;
 * its script and JSON files are gzipped). The bytes are deterministic: the same
 * query fetches the same files. The pages' budgets are tests over dist/
 * (tests/site/budgets.test.ts); this one needs the search engine to run.
 */

for (const [locale, prefix, query] of [
  ['en', '', 'coaching'],
  ['cy', 'cy/', 'hyfforddi'],
] as const) {
  test(`a first typed query loads at most ${FIRST_QUERY_KB} KB (${locale}) @subpath`, async ({ page }) => {
    const bodies: Promise<number>[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (!url.includes('/pagefind/')) return;
      bodies.push(response.body().then((body) => (/\.(js|json)(\?|$)/.test(url) ? gzipSync(body, { level: 9 }).length : body.length)));
    });
    // As the bench and the side-by-side measure do: the search page opened with the query.
    await page.goto(`./${prefix}search/?q=${query}`);
    await expect(page.locator('[data-aw-island="search"] [data-aw-part="results"] li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
    expect(bytes / 1024, `KB Pagefind fetched for "${query}"`).toBeLessThanOrEqual(FIRST_QUERY_KB);
  });
}
