// @ts-check
// Benchmarks for finding a standard: the filter's time per keystroke, the
// JavaScript /standards/ ships, Pagefind's index and per-query bytes in each
// language, and relevance (precision at 3, recall at 10, MRR) of the filter and
// of site search per language and class of query (bench/relevance/).
// Prints figures; budgets are compared, never asserted. Needs a built site.
import { gzipSync } from 'node:zlib';
import { launchBrowser, pagefindIndexBytes, percentile, serveDist } from './support.mjs';
/** @import { Page } from '@playwright/test' */
/** @import { Report } from './report.mjs' */

const QUERIES = ['coaching', 'governors', 'self-evaluation', 'distributed leadership', 'mentorng', 'strategic planning'];

/**
 * Types each query a character at a time and times the filter's synchronous work per keystroke.
 * @param {Page} page
 */
async function keystrokeTimes(page) {
  return page.evaluate(async (queries) => {
    const input = document.querySelector('[data-aw-island="filter"] [data-aw-part="query"]');
    if (!(input instanceof HTMLInputElement)) throw new Error('No query box in the filter.');
    /** @type {number[]} */
    const times = [];
    for (const query of queries) {
      for (let i = 1; i <= query.length; i += 1) {
        input.value = query.slice(0, i);
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - start);
        await new Promise((r) => requestAnimationFrame(r));
      }
    }
    return times;
  }, QUERIES);
}

/**
 * Repeats every item of the list `times` times, with new numbers, before the filter reads it.
 * @param {string} html
 * @param {number} times
 */
function multiplyItems(html, times) {
  return html.replace(/<li\b[^>]*data-number="([^"]+)"[\s\S]*?<\/li>/g, (/** @type {string} */ li, /** @type {string} */ number) =>
    Array.from({ length: times }, (_, k) => (k === 0 ? li : li.replaceAll(`"${number}"`, `"${number}-${k}"`).replace(`item-${number}`, `item-${number}-${k}`))).join(''),
  );
}

/** @type {{ name: string, key: 'p3' | 'r10' | 'rr', unit: 'ratio' }[]} */
const METRICS = [
  { name: 'P@3', key: 'p3', unit: 'ratio' },
  { name: 'R@10', key: 'r10', unit: 'ratio' },
  { name: 'MRR', key: 'rr', unit: 'ratio' },
];

/**
 * Runs the judged queries through the filter (as /standards/ runs it) and site
 * search (Pagefind's engine over dist, as /search/ runs it), and prints a table
 * of P@3, R@10 and MRR per language, tool and class of query.
 * @param {{ dist: string, report: Report }} options
 */
export async function benchRelevance({ dist, report }) {
  // Loaded only when this section runs (the bench runs under tsx, which reads TypeScript).
  const relevance = await import('./relevance/relevance.ts');
  /** @type {string[]} */
  const rows = [];
  for (const locale of /** @type {const} */ (['en', 'cy'])) {
    const judgements = relevance.loadJudgements(locale);
    /** @type {[string, Awaited<ReturnType<typeof relevance.evaluate>>][]} */
    const tools = [
      ['filter', await relevance.evaluate(judgements, relevance.filterRanker(locale), true)],
      ['search', await relevance.evaluate(judgements, await relevance.searchRanker(dist, locale))],
    ];
    for (const [tool, results] of tools) {
      for (const group of ['all', ...relevance.CLASSES]) {
        const chosen = group === 'all' ? results : results.filter((r) => r.judgement.class === group);
        if (chosen.length === 0) continue;
        const row = `${locale} ${tool} ${group} (${chosen.length})`;
        const scores = relevance.mean(chosen);
        for (const metric of METRICS) report.set('relevance', row, metric.name, +scores[metric.key].toFixed(3));
        rows.push(row);
      }
    }
  }
  report.table('relevance', {
    title: 'Relevance of the filter and site search: judged queries (bench/relevance/), per language, tool and class (queries)',
    rowHeader: 'language, tool, class',
    rows,
    columns: METRICS.map(({ name, unit }) => ({ name, unit })),
  });
}

/**
 * The filter's and Pagefind's figures, by name.
 * @param {{ dist: string, base?: string }} options
 */
export async function benchFinding({ dist, base = '/' }) {
  const server = await serveDist(dist, base);
  const browser = await launchBrowser();
  /** @type {Record<string, number>} */
  const figures = {};
  try {
    const page = await browser.newPage();
    /** @type {Map<string, Buffer>} */
    const scripts = new Map();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') void response.body().then((body) => scripts.set(response.url(), body));
    });
    await page.goto(`${server.url}standards/`);
    await page.waitForSelector('[data-aw-island="filter"]:not([hidden])');
    const jsRaw = [...scripts.values()].reduce((n, b) => n + b.length, 0);
    const jsGzip = [...scripts.values()].reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    figures['standards JS files'] = scripts.size;
    figures['standards JS raw (KB)'] = +(jsRaw / 1024).toFixed(1);
    figures['standards JS gzip (KB)'] = +(jsGzip / 1024).toFixed(1);
    figures['standards HTML gzip (KB)'] = +(gzipSync(await (await fetch(`${server.url}standards/`)).arrayBuffer().then(Buffer.from)).length / 1024).toFixed(1);

    const real = await keystrokeTimes(page);
    figures['items (real)'] = await page.locator('[data-aw-standards-list] li').count();
    figures['filter ms per keystroke p50 (real)'] = +percentile(real, 50).toFixed(2);
    figures['filter ms per keystroke p95 (real)'] = +percentile(real, 95).toFixed(2);

    const big = await browser.newPage();
    await big.route('**/standards/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: multiplyItems(await response.text(), 10) });
    });
    await big.goto(`${server.url}standards/`);
    await big.waitForSelector('[data-aw-island="filter"]:not([hidden])');
    figures['items (10x synthetic)'] = await big.locator('[data-aw-standards-list] li').count();
    const synthetic = await keystrokeTimes(big);
    figures['filter ms per keystroke p50 (10x)'] = +percentile(synthetic, 50).toFixed(2);
    figures['filter ms per keystroke p95 (10x)'] = +percentile(synthetic, 95).toFixed(2);

    // One query as a reader would type it in each language ("coaching", and its Welsh,
    // "hyfforddi"), and an English query on the Welsh site, which also loads the
    // English index to offer its results.
    for (const [label, prefix, query] of [
      ['en', '', 'coaching'],
      ['cy', 'cy/', 'hyfforddi'],
      ['cy, English query falling back to English', 'cy/', 'coaching'],
    ]) {
      const search = await browser.newPage();
      // Pagefind's index files are already gzip-compressed; its scripts are not, so
      // count them as a host serving gzip would send them.
      // The page itself (HTML, stylesheet, scripts; not the icon, as the side-by-side measure) too.
      const sizes = { engine: 0, query: 0, page: 0 };
      /** @type {(url: string, body: Buffer) => void} */
      const count = (url, body) => {
        const pagefind = url.includes('/pagefind/');
        const wire = !pagefind || /\.(js|json)(\?|$)/.test(url) ? gzipSync(body, { level: 9 }).length : body.length;
        const engine = /pagefind(-worker)?\.js|wasm\.|pagefind-entry\.json/.test(url);
        sizes[!pagefind ? 'page' : engine ? 'engine' : 'query'] += wire;
      };
      search.on('response', (response) => {
        const url = response.url();
        if (!url.endsWith('/favicon.svg')) void response.body().then((body) => count(url, body));
      });
      await search.goto(`${server.url}${prefix}search/?q=${query}`);
      await search.waitForSelector('[data-aw-island="search"] [data-aw-part="results"] li');
      await search.waitForLoadState('networkidle');
      figures[`pagefind bytes fetched for one query, ${label}: engine, once (KB)`] = +(sizes.engine / 1024).toFixed(1);
      figures[`pagefind bytes fetched for one query, ${label}: index and results (KB)`] = +(sizes.query / 1024).toFixed(1);
      figures[`pagefind bytes fetched for one query, ${label}: total (KB)`] = +((sizes.engine + sizes.query) / 1024).toFixed(1);
      figures[`search page and one query, ${label} (KB)`] = +((sizes.page + sizes.engine + sizes.query) / 1024).toFixed(1);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const locale of ['en', 'cy']) {
    figures[`pagefind index size, ${locale} (KB)`] = +(pagefindIndexBytes(dist, locale) / 1024).toFixed(1);
  }
  return figures;
}
