// Benchmarks for finding a standard: the filter's time per keystroke, the
// JavaScript /standards/ ships, and Pagefind's index and per-query bytes.
// Prints figures; budgets are compared, never asserted. Needs a built site.
import { gzipSync } from 'node:zlib';
import { launchBrowser, pagefindIndexBytes, percentile, serveDist } from './support.mjs';

const QUERIES = ['coaching', 'governors', 'self-evaluation', 'distributed leadership', 'mentorng', 'strategic planning'];

/** Types each query a character at a time and times the filter's synchronous work per keystroke. */
async function keystrokeTimes(page) {
  return page.evaluate(async (queries) => {
    const input = document.getElementById('aw-filter-q');
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

/** Repeats every item of the list `times` times, with new numbers, before the filter reads it. */
function multiplyItems(html, times) {
  return html.replace(/<li\b[^>]*data-number="([^"]+)"[\s\S]*?<\/li>/g, (li, number) =>
    Array.from({ length: times }, (_, k) => (k === 0 ? li : li.replaceAll(`"${number}"`, `"${number}-${k}"`).replace(`item-${number}`, `item-${number}-${k}`))).join(''),
  );
}

export async function benchFinding({ dist, base = '/' }) {
  const server = await serveDist(dist, base);
  const browser = await launchBrowser();
  const figures = {};
  try {
    const page = await browser.newPage();
    const scripts = new Map();
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.body());
    });
    await page.goto(`${server.url}standards/`);
    await page.waitForSelector('[data-aw-filter]:not([hidden])');
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
    await big.waitForSelector('[data-aw-filter]:not([hidden])');
    figures['items (10x synthetic)'] = await big.locator('[data-aw-standards-list] li').count();
    const synthetic = await keystrokeTimes(big);
    figures['filter ms per keystroke p50 (10x)'] = +percentile(synthetic, 50).toFixed(2);
    figures['filter ms per keystroke p95 (10x)'] = +percentile(synthetic, 95).toFixed(2);

    for (const [locale, prefix] of [['en', ''], ['cy', 'cy/']]) {
      const search = await browser.newPage();
      // Pagefind's index files are already gzip-compressed; its scripts are not, so
      // count them as a host serving gzip would send them.
      const sizes = { engine: 0, query: 0 };
      search.on('response', async (response) => {
        const url = response.url();
        if (!url.includes('/pagefind/')) return;
        const body = await response.body();
        const wire = /\.(js|json)(\?|$)/.test(url) ? gzipSync(body).length : body.length;
        const engine = /pagefind(-worker)?\.js|wasm\.|pagefind-entry\.json/.test(url);
        sizes[engine ? 'engine' : 'query'] += wire;
      });
      await search.goto(`${server.url}${prefix}search/?q=coaching`);
      await search.waitForSelector('[data-aw-search-results] li');
      await search.waitForLoadState('networkidle');
      figures[`pagefind bytes fetched for one query, ${locale}: engine, once (KB)`] = +(sizes.engine / 1024).toFixed(1);
      figures[`pagefind bytes fetched for one query, ${locale}: index and results (KB)`] = +(sizes.query / 1024).toFixed(1);
      figures[`pagefind bytes fetched for one query, ${locale}: total (KB)`] = +((sizes.engine + sizes.query) / 1024).toFixed(1);
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
