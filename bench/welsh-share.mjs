// @ts-check
// How Welsh the Welsh site is: for each type of /cy/ page, the share of the
// main content's words that are not inside an element marked English, as
// tests/site/welsh-share.test.ts measures it (src/lib/locales/welsh-share.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { languageShare, pageType } from '../src/lib/locales/welsh-share.ts';
/** @import { Report, Spec } from './report.mjs' */

/** @type {Spec[]} */
export const WELSH_COLUMNS = [
  { name: 'pages', unit: 'count' },
  { name: 'mean % Welsh', unit: 'ratio' },
  { name: 'lowest % Welsh', unit: 'ratio' },
  { name: 'pages ≥ 95%', unit: 'count' },
];

/**
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name === 'index.html' ? [path] : [];
  });
}

/**
 * Measures every built Welsh page; returns the page types, in order, as table rows.
 * @param {{ dist: string, report: Report }} options
 */
export function benchWelshShare({ dist, report }) {
  /** @type {Map<string, number[]>} */
  const byType = new Map();
  for (const file of htmlFiles(join(dist, 'cy'))) {
    const path = `/cy/${relative(join(dist, 'cy'), file)
      .split('\\')
      .join('/')
      .replace(/index\.html$/, '')}`;
    const type = pageType(path);
    const { share } = languageShare(readFileSync(file, 'utf8'));
    byType.set(type, [...(byType.get(type) ?? []), share]);
  }
  const rows = [...byType.keys()].sort();
  for (const type of rows) {
    const shares = byType.get(type) ?? [];
    report.set('welsh', type, 'pages', shares.length);
    report.set('welsh', type, 'mean % Welsh', (100 * shares.reduce((a, b) => a + b, 0)) / shares.length);
    report.set('welsh', type, 'lowest % Welsh', 100 * Math.min(...shares));
    report.set('welsh', type, 'pages ≥ 95%', shares.filter((s) => s >= 0.95).length);
  }
  return rows;
}
