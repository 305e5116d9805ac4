// @ts-check
// Shared pieces of the benchmarks: the static server, the browser (the project's
// one Chromium configuration), percentiles and sizes on disk.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export { launchBrowser } from '../scripts/chromium.mjs';
export { serveDist } from '../scripts/static-server.mjs';

/**
 * The p-th percentile (nearest rank) of some figures; NaN for none.
 * @example percentile([1, 2, 3, 4], 50) // 2
 * @param {readonly number[]} values
 * @param {number} p 0–100
 * @returns {number}
 */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/**
 * JSON text parsed, typed `unknown` until the caller says what it holds, so no untyped value spreads.
 * @example parseJson('{"version":1}') // { version: 1 }
 * @param {string} text
 * @returns {unknown}
 */
export function parseJson(text) {
  return JSON.parse(text);
}

/**
 * Bytes after gzip at level 9, as a host compressing ahead of time would send them.
 * @param {string | Buffer} buffer
 */
export function gzipBytes(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/**
 * Every file under `dir`, recursively, as absolute paths.
 * @param {string} dir
 * @returns {string[]}
 */
export function walkFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...walkFiles(path));
    else files.push(path);
  }
  return files;
}

/**
 * The bytes of Pagefind's index for one language in a built site: the files of
 * `dist/pagefind/` whose names carry the language (`en_…`, `pagefind.en_….pf_meta`,
 * `vocabulary.en.json`). The engine's scripts and its WebAssembly (language-neutral
 * since the index holds our own stems: scripts/pagefind-files.ts), shared by both
 * languages, are not counted.
 * @param {string} dist
 * @param {string} locale
 */
export function pagefindIndexBytes(dist, locale) {
  const dir = join(dist, 'pagefind');
  if (!existsSync(dir)) return 0;
  return walkFiles(dir)
    .filter((path) => {
      const name = path.slice(path.lastIndexOf('/') + 1);
      return name.startsWith(`${locale}_`) || name.includes(`.${locale}_`) || name.includes(`.${locale}.`);
    })
    .reduce((sum, path) => sum + statSync(path).size, 0);
}
