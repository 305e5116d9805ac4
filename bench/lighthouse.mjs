// @ts-check
// Lighthouse scores for the main pages in both languages, with Lighthouse's own
// defaults (a mid-range phone on a slow 4G connection, simulated throttling).
// One run per page, one after another: on two cores a run takes 10–20 s, and
// runs in parallel would slow each other and lower the performance scores.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { discoverPages, pagesInBothLanguages } from './pages.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { serveDist } from './support.mjs';
/** @import { Report, Spec } from './report.mjs' */

const CATEGORIES = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best pr.', seo: 'SEO' };

/** @type {Spec[]} */
export const LIGHTHOUSE_COLUMNS = [
  ...Object.values(CATEGORIES).map((name) => ({ name, unit: /** @type {const} */ ('score') })),
  { name: 'FCP ms', unit: 'count' },
  { name: 'LCP ms', unit: 'count' },
  { name: 'TBT ms', unit: 'count' },
  { name: 'CLS', unit: 'ratio' },
];

const METRICS = {
  'first-contentful-paint': 'FCP ms',
  'largest-contentful-paint': 'LCP ms',
  'total-blocking-time': 'TBT ms',
  'cumulative-layout-shift': 'CLS',
};

const TYPES = ['home', 'key area', 'statement', 'all standards', 'search', 'review'];

/**
 * Runs Lighthouse on each page into `report`. Returns the rows measured and, per
 * row, the audits that cost points outside performance (to explain a score below 100).
 * @param {{ dist: string, base?: string, report: Report, section?: string }} options
 */
export async function benchLighthouse({ dist, base = '/', report, section = 'lighthouse' }) {
  const pages = pagesInBothLanguages(
    dist,
    discoverPages(dist).filter((p) => TYPES.includes(p.type)),
  );
  const server = await serveDist(dist, base);
  const chrome = await launch({ ...(CHROMIUM_PATH ? { chromePath: CHROMIUM_PATH } : {}), chromeFlags: ['--headless', ...CHROMIUM_FLAGS] });
  /** @type {Map<string, string[]>} */
  const lost = new Map();
  try {
    for (const page of pages) {
      const result = await lighthouse(`${server.url}${page.address}`, { port: chrome.port, logLevel: 'error', onlyCategories: Object.keys(CATEGORIES) });
      if (!result) throw new Error(`Lighthouse on ${page.address}: no result`);
      const { categories, audits, runWarnings, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse on ${page.address}: ${runtimeError.code} ${runtimeError.message}`);
      for (const [id, name] of Object.entries(CATEGORIES)) {
        if (categories[id]?.score !== null && categories[id]?.score !== undefined) report.set(section, page.row, name, Math.round(categories[id].score * 100));
      }
      for (const [id, name] of Object.entries(METRICS)) report.set(section, page.row, name, audits[id]?.numericValue);
      const failing = Object.values(categories)
        .filter((c) => c.id !== 'performance')
        .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id));
      lost.set(page.row, [...failing, ...runWarnings.map((w) => `warning: ${w}`)]);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return { pages, lost };
}
