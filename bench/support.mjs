// Shared pieces of the benchmarks: the static server, the browser, percentiles,
// sizes on disk, and the flags every Chromium launch gets.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export { serveDist } from '../scripts/static-server.mjs';

/** Debian's Chromium, when installed; otherwise Playwright's own. */
export const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** What every Chromium we launch gets: no background traffic, nothing the sandbox here cannot do. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser() {
  return chromium.launch(CHROMIUM ? { executablePath: CHROMIUM, args: CHROMIUM_FLAGS } : {});
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Bytes after gzip at level 9, as a host compressing ahead of time would send them. */
export function gzipBytes(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** Every file under `dir`, recursively, as absolute paths. */
export function walkFiles(dir) {
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
 * `wasm.en.pagefind`). The engine's scripts, shared by both languages, are not counted.
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
