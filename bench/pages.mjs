// @ts-check
// What each type of page costs a visitor: the HTML, CSS and JavaScript it loads
// (raw and gzip), everything else it fetches, and its number of requests, measured
// by loading it in Chromium against the static server. The pages are found in
// dist/, so a page type that is not built (e.g. review, mid-way) is left out.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, launchBrowser, serveDist } from './support.mjs';
/** @import { Browser } from '@playwright/test' */
/** @import { Report, Spec } from './report.mjs' */

/** @typedef {{ type: string, path: string, query?: string }} PageType */

const ITEM = /^\d+\.\d+a?$/;
const STATEMENT = /^\d+\.\d+$/;

/**
 * The folders of `dist/<path>` that hold a page, in order.
 * @param {string} dist
 * @param {string} path
 */
function pageFolders(dist, path) {
  const dir = join(dist, path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * The README's example of a type when it is built, else the first one there is.
 * @param {string[]} names
 * @param {string} preferred
 */
function pick(names, preferred) {
  return names.includes(preferred) ? preferred : names[0];
}

/**
 * One page of each type, as paths below the base (English; the Welsh page is the
 * same path under `cy/`). `query` is added to the address when it is loaded.
 * @example discoverPages('dist')[0] // { type: 'home', path: '' }
 * @param {string} dist
 * @returns {PageType[]}
 */
export function discoverPages(dist) {
  const standards = pageFolders(dist, 'standards');
  const keyArea = pick(
    standards.filter((n) => !ITEM.test(n)),
    'creating-strategic-direction',
  );
  const statement = pick(
    standards.filter((n) => STATEMENT.test(n)),
    '1.14',
  );
  const caseStudy = pick(pageFolders(dist, 'case-studies'), 'rct-aspiring-leaders');
  const recommendation = pick(pageFolders(dist, 'recommendations'), 'estyn-r6');
  const candidates = [
    { type: 'home', path: '' },
    { type: 'all standards', path: 'standards/' },
    keyArea === undefined ? undefined : { type: 'key area', path: `standards/${keyArea}/` },
    statement === undefined ? undefined : { type: 'statement', path: `standards/${statement}/` },
    caseStudy === undefined ? undefined : { type: 'case study', path: `case-studies/${caseStudy}/` },
    recommendation === undefined ? undefined : { type: 'recommendation', path: `recommendations/${recommendation}/` },
    { type: 'continuum', path: 'continuum/' },
    { type: 'search', path: 'search/', query: '?q=coaching' },
    { type: 'review', path: 'review/' },
    { type: 'about', path: 'about/' },
    { type: 'booklet', path: 'print/' },
    { type: 'booklet side by side', path: 'print/both/' },
  ];
  return candidates.filter((p) => p !== undefined).filter((p) => existsSync(join(dist, p.path, 'index.html')));
}

/**
 * The pages of `discoverPages` in both languages, with a row name such as "key area, cy".
 * @param {string} dist
 * @param {PageType[]} pages
 */
export function pagesInBothLanguages(dist, pages = discoverPages(dist)) {
  return pages.flatMap((page) =>
    [
      { ...page, lang: 'en', row: `${page.type}, en`, address: `${page.path}${page.query ?? ''}` },
      { ...page, lang: 'cy', row: `${page.type}, cy`, address: `cy/${page.path}${page.query ?? ''}` },
    ].filter((p) => existsSync(join(dist, p.lang === 'cy' ? 'cy' : '', p.path, 'index.html'))),
  );
}

/** @type {Spec[]} */
export const PAGE_COLUMNS = [
  { name: 'requests', unit: 'count' },
  { name: 'HTML', unit: 'bytes' },
  { name: 'HTML gz', unit: 'bytes' },
  { name: 'CSS', unit: 'bytes' },
  { name: 'CSS gz', unit: 'bytes' },
  { name: 'JS', unit: 'bytes' },
  { name: 'JS gz', unit: 'bytes' },
  { name: 'other', unit: 'bytes' },
  { name: 'total gz', unit: 'bytes' },
];

/** @typedef {'HTML' | 'CSS' | 'JS' | 'other'} Kind */
/** @type {Partial<Record<string, Kind>>} */
const KIND = { document: 'HTML', stylesheet: 'CSS', script: 'JS' };

/**
 * Loads one page in a fresh context (an empty cache) and adds up what it fetched.
 * @param {Browser} browser
 * @param {string} url
 */
async function measurePage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {Record<Kind, [raw: number, gzip: number]>} */
  const sizes = { HTML: [0, 0], CSS: [0, 0], JS: [0, 0], other: [0, 0] };
  let requests = 0;
  /** @type {Promise<void>[]} */
  const reading = [];
  page.on('request', () => {
    requests += 1;
  });
  page.on('requestfinished', (request) => {
    reading.push(
      (async () => {
        const response = await request.response();
        if (!response || (response.status() >= 300 && response.status() < 400)) return;
        const body = await response.body().catch(() => undefined);
        if (!body) return;
        const kind = KIND[request.resourceType()] ?? 'other';
        // Pagefind's index files and images are already compressed: "other" counts them as sent.
        sizes[kind][0] += body.length;
        sizes[kind][1] += kind === 'other' ? body.length : gzipBytes(body);
      })(),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  await Promise.all(reading);
  await context.close();
  return { requests, sizes };
}

/**
 * Measures every page type in both languages into `report`; returns the rows measured.
 * @param {{ dist: string, base?: string, report: Report, section?: string }} options
 */
export async function benchPages({ dist, base = '/', report, section = 'pages' }) {
  const pages = pagesInBothLanguages(dist);
  const server = await serveDist(dist, base);
  const browser = await launchBrowser();
  try {
    for (const page of pages) {
      const { requests, sizes } = await measurePage(browser, `${server.url}${page.address}`);
      report.set(section, page.row, 'requests', requests);
      for (const kind of /** @type {const} */ (['HTML', 'CSS', 'JS'])) {
        report.set(section, page.row, kind, sizes[kind][0]);
        report.set(section, page.row, `${kind} gz`, sizes[kind][1]);
      }
      report.set(section, page.row, 'other', sizes.other[0]);
      report.set(section, page.row, 'total gz', sizes.HTML[1] + sizes.CSS[1] + sizes.JS[1] + sizes.other[1]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return pages;
}
