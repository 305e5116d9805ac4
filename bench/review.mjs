// My leadership review under real use: what the page weighs, how much of its
// JavaScript loads at first, and how long the browser's main thread is busy
// opening a review of all 172 items, opening the largest store the tool keeps
// (1 MB), and importing a file that size. Main-thread time is the sum of the
// renderer's top-level tasks in a Chromium trace, from the navigation (or the
// click on Import) until the review is on screen and the page has been quiet
// for a moment: parsing, script, style, layout and paint, not just our code.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveDist } from './support.mjs';

const STORE_KEY = 'arwain.reviews';
/** The stored reviews' limit (MAX_STORE_BYTES in src/lib/review/storage-format.ts). */
const STORE_BYTES = 1024 * 1024;
/** Time after "ready" in which deferred work (idle callbacks, timers) still counts. */
const QUIET_MS = 1000;

export const REVIEW_ROWS = [
  { name: 'review page HTML gz, en (KB)', unit: 'bytes' },
  { name: 'review page JS gz at load, en (KB)', unit: 'bytes' },
  { name: 'review page total gz at load, en (KB)', unit: 'bytes' },
  { name: 'review island JS gz, all chunks (KB)', unit: 'bytes' },
  { name: 'review JS files at load', unit: 'count' },
  { name: 'open a review of 172 items: main thread (ms)', unit: 'ms' },
  { name: 'open a review of 172 items: island script (ms)', unit: 'ms' },
  { name: 'open a 1 MB store: main thread (ms)', unit: 'ms' },
  { name: 'import a 1 MB file: main thread (ms)', unit: 'ms' },
];

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Item numbers of the standards, in order, from the built data file. */
function itemNumbers(dist) {
  const data = JSON.parse(readFileSync(join(dist, 'data', 'standards.json'), 'utf8'));
  return data.keyAreas.flatMap((k) => k.items.map((i) => i.number));
}

/** A review of every item as the tool stores it (format version 1, which every version reads). */
function fullReview(numbers, index, evidencePerItem = 0) {
  const created = new Date(Date.UTC(2020 + (index % 6), index % 12, 1 + (index % 27), 9)).toISOString();
  const day = created.slice(0, 10);
  const levels = ['not-started', 'developing', 'secure', 'leading'];
  return {
    id: `r-bench-${index}`,
    title: `Leadership review ${index + 1}`,
    stage: null,
    created,
    updated: created,
    items: numbers.map((number, i) => {
      const level = levels[(i + index) % 4];
      return {
        number,
        level,
        priority: i % 7 === 0,
        evidence: Array.from({ length: evidencePerItem }, (_, e) => ({
          id: `e-${index}-${i}-${e}`,
          note: `Led a staff meeting on ${number}; minutes and the follow-up plan are on the shared drive (${e + 1}).`,
          date: day,
          url: `https://intranet.example.sch.uk/leadership/${number}/${e + 1}`,
        })),
        history: [{ on: day, level, priority: i % 7 === 0 }],
      };
    }),
  };
}

const serialise = (store) => `${JSON.stringify(store, null, 2)}\n`;

/** The largest store of full reviews (one piece of evidence per item) that stays within `bytes`. */
function storeOfSize(numbers, bytes) {
  const reviews = [];
  for (let index = 0; ; index += 1) {
    const next = [...reviews, fullReview(numbers, index, 1)];
    if (Buffer.byteLength(serialise({ format: 'arwain-review', version: 1, reviews: next })) > bytes) break;
    reviews.push(next.at(-1));
  }
  return serialise({ format: 'arwain-review', version: 1, reviews });
}

/** Sums the top-level tasks on renderer main threads in a Chromium trace, in ms. */
function mainThreadMs(trace) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const task of tasks) {
    // A task nested in one already counted (a nested run loop) is not counted twice.
    if (task.ts + task.dur <= end) continue;
    total += task.dur - Math.max(0, end - task.ts);
    end = Math.max(end, task.ts + task.dur);
  }
  return total / 1000;
}

const READY = '[data-aw-island="review"][data-aw-ready]';

/** Runs `action` in a trace of `page` and returns the main thread's busy time until ready and quiet. */
async function traced(browser, page, action) {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await action();
  await page.waitForTimeout(QUIET_MS);
  return mainThreadMs(await browser.stopTracing());
}

/** A fresh context whose storage holds `text` (or nothing). */
async function pageWithStore(browser, url, text) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (text !== undefined) {
    await page.goto(`${url}404-for-bench/`);
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STORE_KEY, text]);
  }
  return { context, page };
}

/** Loads /review/ and records the page's weight and the island's chunks. */
async function weigh(browser, url, dist, report, section) {
  const { context, page } = await pageWithStore(browser, url);
  const bodies = { document: [], script: [], stylesheet: [] };
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (bodies[type]) bodies[type].push(await response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(`${url}review/`, { waitUntil: 'networkidle' });
  await page.waitForSelector(READY);
  const sum = (list) => list.reduce((n, b) => n + gz(b), 0);
  report.set(section, REVIEW_ROWS[0].name, 'value', sum(bodies.document));
  report.set(section, REVIEW_ROWS[1].name, 'value', sum(bodies.script));
  report.set(section, REVIEW_ROWS[2].name, 'value', sum(bodies.document) + sum(bodies.script) + sum(bodies.stylesheet));
  report.set(section, REVIEW_ROWS[4].name, 'value', bodies.script.length);
  // Every chunk the review can load, lazily or not: the entry and what it imports, found in dist/_astro.
  const entry = await page.locator('script[type="module"][src*="review"], script[type="module"][src*="Review"]').first().getAttribute('src');
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, '_astro', file), 'utf8');
    for (const [, next] of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(next);
  };
  visit(entry.slice(entry.lastIndexOf('/') + 1));
  report.set(section, REVIEW_ROWS[3].name, 'value', [...seen].reduce((n, f) => n + gz(readFileSync(join(dist, '_astro', f))), 0));
  await context.close();
}

/** Time to open /review/ with `text` stored. */
async function openStored(browser, url, text) {
  const { context, page } = await pageWithStore(browser, url, text);
  const ms = await traced(browser, page, async () => {
    await page.goto(`${url}review/`);
    await page.waitForSelector(READY);
  });
  const island = await page.evaluate(() => {
    const [start] = performance.getEntriesByName('aw-review:start');
    const [ready] = performance.getEntriesByName('aw-review:ready');
    return start && ready ? ready.startTime - start.startTime : NaN;
  });
  await context.close();
  return { ms, island };
}

/** Time from choosing Import to the result, importing `text` into an empty browser. */
async function importFile(browser, url, text) {
  const { context, page } = await pageWithStore(browser, url);
  await page.goto(`${url}review/`);
  await page.waitForSelector(READY);
  await page.locator('[data-aw-part="import-file"]').setInputFiles({ name: 'reviews.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const ms = await traced(browser, page, async () => {
    await page.locator('[data-aw-part="import-form"] button[type="submit"]').click();
    await page.waitForSelector('[data-aw-part="import-result"]:not([hidden])');
  });
  const result = await page.locator('[data-aw-part="import-result"]').textContent();
  await context.close();
  if (!/^Imported/.test(result ?? '')) throw new Error(`the 1 MB import was refused: ${result}`);
  return ms;
}

/**
 * Measures the review page into `report` (section `review`, column `value`).
 * @example await benchReview({ dist: 'dist', base: '/', report })
 */
export async function benchReview({ dist, base = '/', report, section = 'review' }) {
  const server = await serveDist(dist, base);
  const browser = await launchBrowser();
  try {
    await weigh(browser, server.url, dist, report, section);
    const numbers = itemNumbers(dist);
    const one = serialise({ format: 'arwain-review', version: 1, reviews: [fullReview(numbers, 0)] });
    // Each figure is the median of three runs: one run on a busy machine says little.
    const median = (values) => values.sort((a, b) => a - b)[1];
    const opened = [];
    for (let run = 0; run < 3; run += 1) opened.push(await openStored(browser, server.url, one));
    report.set(section, REVIEW_ROWS[5].name, 'value', median(opened.map((o) => o.ms)));
    report.set(section, REVIEW_ROWS[6].name, 'value', median(opened.map((o) => o.island)));
    const big = storeOfSize(numbers, STORE_BYTES);
    const bigOpened = [];
    for (let run = 0; run < 3; run += 1) bigOpened.push((await openStored(browser, server.url, big)).ms);
    report.set(section, REVIEW_ROWS[7].name, 'value', median(bigOpened));
    const imported = [];
    for (let run = 0; run < 3; run += 1) imported.push(await importFile(browser, server.url, big));
    report.set(section, REVIEW_ROWS[8].name, 'value', median(imported));
    return { storeBytes: Buffer.byteLength(big) };
  } finally {
    await browser.close();
    await server.close();
  }
}
