// @ts-check
// The offline work (issue 24): what the service worker precaches on a first
// visit (the app shell, the same for both languages), what "Make this site
// available offline" downloads for each language, and the time from a first
// visit's navigation until the site is ready offline (the worker active and
// controlling the page, its precache complete). Median of 3, wall-clock, in a
// fresh Chromium profile each time; figures only, never pass or fail.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, launchBrowser, parseJson, serveDist } from './support.mjs';
/** @import { Report } from './report.mjs' */

export const OFFLINE_ROWS = ['en', 'cy'].flatMap((locale) => [
  `${locale}: precache of a first visit, files`,
  `${locale}: precache of a first visit (KB gzip)`,
  `${locale}: whole-language download (KB gzip)`,
  `${locale}: navigation to offline-ready (ms)`,
]);

/**
 * The files the worker precaches, as paths in dist/ (read from dist/sw.js).
 * @param {string} dist
 * @param {string} base
 */
function precached(dist, base) {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => (m[1] ?? '').slice(base.length)).filter((path) => existsSync(join(dist, path)));
}

/**
 * Measures into `report` (section `offline`, column `value`).
 * @param {{ dist: string, base?: string, report: Report }} options
 */
export async function benchOffline({ dist, base = '/', report }) {
  const files = precached(dist, base);
  const shell = files.reduce((sum, path) => sum + gzipBytes(readFileSync(join(dist, path))), 0);
  const list = /** @type {{ languages: Record<string, { bytes: number }> }} */ (parseJson(readFileSync(join(dist, 'offline-files.json'), 'utf8')));
  const server = await serveDist(dist, base);
  const browser = await launchBrowser();
  try {
    for (const locale of ['en', 'cy']) {
      /** @type {number[]} */
      const runs = [];
      for (let i = 0; i < 3; i += 1) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}${locale === 'cy' ? 'cy/' : ''}`);
        // Ready offline: the worker has installed (its precache complete), is active, and controls the page.
        await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 });
        runs.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
      report.set('offline', `${locale}: precache of a first visit, files`, 'value', files.length);
      report.set('offline', `${locale}: precache of a first visit (KB gzip)`, 'value', Math.round(shell / 1024));
      report.set('offline', `${locale}: whole-language download (KB gzip)`, 'value', Math.round((list.languages[locale]?.bytes ?? NaN) / 1024));
      report.set('offline', `${locale}: navigation to offline-ready (ms)`, 'value', Math.round(runs.sort((a, b) => a - b)[1] ?? NaN));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
