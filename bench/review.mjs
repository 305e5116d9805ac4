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
  { name: 'page HTML gz (KB)', unit: 'bytes' },
  { name: 'page JS gz, no review yet (KB)', unit: 'bytes' },
  { name: 'page JS gz, with a review (KB)', unit: 'bytes' },
  { name: 'page total gz, with a review (KB)', unit: 'bytes' },
  { name: 'island JS gz at start: entry and its static imports (KB)', unit: 'bytes' },
  { name: 'island JS gz, every chunk (KB)', unit: 'bytes' },
  ...['open, nothing stored', 'open 172 items', 'open a 1 MB store', 'import a 1 MB file'].flatMap((what) => [
    { name: `${what}: page work, CPU (ms)`, unit: 'ms' },
    { name: `${what}: all main-thread tasks, CPU (ms)`, unit: 'ms' },
    { name: `${what}: all main-thread tasks, wall (ms)`, unit: 'ms' },
  ]),
  { name: 'open 172 items: island script, wall (ms)', unit: 'ms' },
];

/** The targets (issue 13: island ≤ 15 KB gzip; issue 14: open 172 items < 200 ms, a 1 MB store < 500 ms), in each row's unit. */
export const REVIEW_BUDGETS = {
  'island JS gz at start: entry and its static imports (KB)': 15 * 1024,
  'open 172 items: page work, CPU (ms)': 200,
  'open a 1 MB store: page work, CPU (ms)': 500,
  'import a 1 MB file: page work, CPU (ms)': 500,
};

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

/**
 * Trace events that are the page's own work on the main thread: parsing,
 * style, layout, paint, script, garbage collection. Not `EvaluateScript`: the
 * review page has no classic scripts (its island is a module), so those are
 * Playwright's own, injected to wait for the page.
 */
const PAGE_WORK = new Set([
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'v8.evaluateModule',
  'FunctionCall',
  'v8.callFunction',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'MinorGC',
  'MajorGC',
]);

/** CPU and wall-clock time of `events` (sorted), each counted once where they nest. */
function busy(events) {
  let cpu = 0;
  let wall = 0;
  let end = -Infinity;
  for (const event of events) {
    if (event.ts + event.dur <= end) continue;
    wall += event.dur;
    cpu += event.tdur ?? event.dur;
    end = event.ts + event.dur;
  }
  return { cpu: cpu / 1000, wall: wall / 1000 };
}

/**
 * The renderer main thread's time in a Chromium trace: its page work (the
 * events above: what the page costs, steady on a busy machine), and all its
 * tasks, navigation included, as CPU time and as wall-clock time (what a
 * person waits; longer when the machine is busy).
 */
function mainThread(trace) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const work = busy(onMain.filter((e) => PAGE_WORK.has(e.name)));
  const tasks = busy(onMain.filter((e) => e.name === 'RunTask'));
  return { work: work.cpu, cpu: tasks.cpu, wall: tasks.wall };
}

const READY = '[data-aw-island="review"][data-aw-ready]';

/** Runs `action` in a trace of `page` and returns the main thread's busy time until ready and quiet. */
async function traced(browser, page, action) {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await action();
  await page.waitForTimeout(QUIET_MS);
  return mainThread(await browser.stopTracing());
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

/** What loading /review/ fetches (with `text` stored, or nothing), by kind, gzip; and the entry script's address. */
async function weigh(browser, url, text) {
  const { context, page } = await pageWithStore(browser, url, text);
  const bodies = { document: [], script: [], stylesheet: [] };
  const reading = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (bodies[type])
      reading.push(
        response.body().then(
          (body) => bodies[type].push(body),
          () => undefined,
        ),
      );
  });
  await page.goto(`${url}review/`, { waitUntil: 'networkidle' });
  await page.waitForSelector(READY);
  await Promise.all(reading);
  const entry = await page.locator('script[type="module"][src*="ReviewTool"]').first().getAttribute('src');
  await context.close();
  const sum = (list) => list.reduce((n, b) => n + gz(b), 0);
  return { html: sum(bodies.document), js: sum(bodies.script), total: sum(bodies.document) + sum(bodies.script) + sum(bodies.stylesheet), entry };
}

/** Any chunk a chunk names, lazily loaded or not (`import("./x.js")`, Vite's preload lists). */
const EVERY_IMPORT = /["'`](?:\.\/|_astro\/)([\w.-]+\.js)["'`]/g;
/** The chunks a chunk imports statically (`from"./x.js"`, `import"./x.js"`): what loads before it runs. */
const STATIC_IMPORT = /(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g;

/**
 * The island's chunks, found in dist/_astro from its entry: with `STATIC_IMPORT`, what the browser
 * loads before the island starts; with `EVERY_IMPORT`, everything it can load. Gzip bytes.
 */
function islandBytes(dist, entry, imports = EVERY_IMPORT) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, '_astro', file), 'utf8');
    for (const [, next] of code.matchAll(imports)) visit(next);
  };
  visit(entry.slice(entry.lastIndexOf('/') + 1));
  return [...seen].reduce((n, f) => n + gz(readFileSync(join(dist, '_astro', f))), 0);
}

/** Time to open /review/ with `text` stored. */
async function openStored(browser, url, text) {
  const { context, page } = await pageWithStore(browser, url, text);
  const time = await traced(browser, page, async () => {
    await page.goto(`${url}review/`);
    await page.waitForSelector(READY);
  });
  const island = await page.evaluate(() => {
    const [start] = performance.getEntriesByName('aw-review:start');
    const [ready] = performance.getEntriesByName('aw-review:ready');
    return start && ready ? ready.startTime - start.startTime : NaN;
  });
  await context.close();
  return { ...time, island };
}

/** Time from choosing Import to the result, importing `text` into an empty browser. */
async function importFile(browser, url, text) {
  const { context, page } = await pageWithStore(browser, url);
  await page.goto(`${url}review/`);
  await page.waitForSelector(READY);
  await page.locator('[data-aw-part="import-file"]').setInputFiles({ name: 'reviews.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const time = await traced(browser, page, async () => {
    await page.locator('[data-aw-part="import-form"] button[type="submit"]').click();
    await page.waitForSelector('[data-aw-part="import-result"]:not([hidden])');
  });
  const result = await page.locator('[data-aw-part="import-result"]').textContent();
  await context.close();
  if (!/^Imported/.test(result ?? '')) throw new Error(`the 1 MB import was refused: ${result}`);
  return time;
}

/** The median of three runs of `run`, by each figure: one run on a busy machine says little. */
async function median3(run) {
  const runs = [];
  for (let i = 0; i < 3; i += 1) runs.push(await run());
  const middle = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[1];
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, middle(key)]));
}

/**
 * Measures the review page into `report` (section `review`, column `value`).
 * @example await benchReview({ dist: 'dist', base: '/', report })
 */
export async function benchReview({ dist, base = '/', report, section = 'review' }) {
  const server = await serveDist(dist, base);
  const browser = await launchBrowser();
  const set = (row, value) => report.set(section, row, 'value', value);
  try {
    const numbers = itemNumbers(dist);
    const one = serialise({ format: 'arwain-review', version: 1, reviews: [fullReview(numbers, 0)] });
    const empty = await weigh(browser, server.url);
    const withReview = await weigh(browser, server.url, one);
    set('page HTML gz (KB)', empty.html);
    set('page JS gz, no review yet (KB)', empty.js);
    set('page JS gz, with a review (KB)', withReview.js);
    set('page total gz, with a review (KB)', withReview.total);
    set('island JS gz at start: entry and its static imports (KB)', islandBytes(dist, empty.entry, STATIC_IMPORT));
    set('island JS gz, every chunk (KB)', islandBytes(dist, empty.entry));
    const times = (what, time) => {
      set(`${what}: page work, CPU (ms)`, time.work);
      set(`${what}: all main-thread tasks, CPU (ms)`, time.cpu);
      set(`${what}: all main-thread tasks, wall (ms)`, time.wall);
    };
    // The page with nothing stored: the floor the other figures stand on (the site's own page, no review drawn).
    times('open, nothing stored', await median3(() => openStored(browser, server.url)));
    const opened = await median3(() => openStored(browser, server.url, one));
    times('open 172 items', opened);
    set('open 172 items: island script, wall (ms)', opened.island);
    const big = storeOfSize(numbers, STORE_BYTES);
    times('open a 1 MB store', await median3(() => openStored(browser, server.url, big)));
    times('import a 1 MB file', await median3(() => importFile(browser, server.url, big)));
    return { storeBytes: Buffer.byteLength(big) };
  } finally {
    await browser.close();
    await server.close();
  }
}
