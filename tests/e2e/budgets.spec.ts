import { gzipSync } from 'node:zlib';
import { FIRST_QUERY_KB, SEARCH_WITH_QUERY_KB } from '../budgets';
import { expect, test } from './fixtures';

/*
 * The search budgets of tests/budgets.ts: what a first query loads, and the search
 * page with it, counted as a host sends them (Pagefind's index, fragments and
 * WebAssembly are compressed already; HTML, CSS, scripts and JSON are gzipped).
 * The bytes are deterministic: the same query fetches the same files. The pages'
 * budgets are tests over dist/ (tests/site/budgets.test.ts); these need the
 * search engine to run.
 */

/*
 * The service worker is kept out of these visits: once it controls a page it
 * fetches the update bar's script and the manifest from what it downloaded in the
 * background. That download is the app shell, counted once for the whole site
 * (APP_SHELL_KB, tests/site/budgets.test.ts), not in every page's figure. The code
 * that keeps search for offline use after a first search is counted: it loads
 * with or without a worker.
 */
test.use({ serviceWorkers: 'block' });

/** Files the browser fetches that a host compresses. */
const TEXT = /\.(html?|css|m?js|json|svg)(\?|$)|\/(\?|$)/;

for (const [locale, prefix, query] of [
  ['en', '', 'coaching'],
  ['cy', 'cy/', 'hyfforddi'],
] as const) {
  test(`a first typed query loads at most ${FIRST_QUERY_KB} KB, and with the search page at most ${SEARCH_WITH_QUERY_KB[locale]} KB (${locale}) @subpath`, async ({ page }) => {
    const bodies: Promise<{ url: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      const url = response.url();
      // The icon is left out, as the side-by-side measure leaves it out of both sites.
      if (url.endsWith('/favicon.svg')) return;
      bodies.push(response.body().then((body) => ({ url, bytes: TEXT.test(new URL(url).pathname + new URL(url).search) ? gzipSync(body, { level: 9 }).length : body.length })));
    });
    // As the bench and the side-by-side measure do: the search page opened with the query.
    await page.goto(`./${prefix}search/?q=${query}`);
    await expect(page.locator('[data-aw-island="search"] [data-aw-part="results"] li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const fetched = await Promise.all(bodies);
    const kb = (files: typeof fetched) => files.reduce((sum, file) => sum + file.bytes, 0) / 1024;
    expect(kb(fetched.filter((file) => file.url.includes('/pagefind/'))), `KB Pagefind fetched for "${query}"`).toBeLessThanOrEqual(FIRST_QUERY_KB);
    expect(kb(fetched), `KB the search page and "${query}" fetched`).toBeLessThanOrEqual(SEARCH_WITH_QUERY_KB[locale]);
  });
}
