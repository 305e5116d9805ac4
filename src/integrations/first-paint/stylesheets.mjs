// @ts-check
// One stylesheet per page. Astro splits the CSS of a page into a file per
// component group (the base styles, print, the layout, each component used on
// more than one kind of page), and each is a render-blocking request: on a slow
// phone connection every one of them delays the first paint. After the build,
// this integration joins the stylesheets each page links, in their order, with
// the publisher's colours (/brand.css, src/pages/brand.css.ts) at the end, into
// one file named by its content. Pages of one type (every statement, every key
// area, in both languages) link the same file, so it is fetched once and cached.
// Print styles come along inside it (src/styles/print.css is `@media print`).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../host-config/csp.mjs';

const LINK = /<link rel="stylesheet" href="([^"]+)">/g;

/**
 * The stylesheets a page's HTML links that this build made (Astro's CSS chunks
 * and /brand.css), in order, as the link tags and their files in `dist`.
 * @example builtStylesheets('<link rel="stylesheet" href="/_astro/a.css">', '/', 'dist') // [{ tag: '<link …>', file: 'dist/_astro/a.css' }]
 * @param {string} html
 * @param {string} base the site's base path, with slashes at both ends
 * @param {string} dist
 */
export function builtStylesheets(html, base, dist) {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(LINK)].flatMap(([tag, href = '']) => {
    if (!href.startsWith(base)) return [];
    const path = href.slice(base.length);
    return /^_astro\/[^/]+\.css$/.test(path) || path === 'brand.css' ? [{ tag, path, file: join(dist, path) }] : [];
  });
}

/**
 * The joined stylesheet's text: the files in order, the publisher's colours
 * last (their `html:root` selector wins whatever the order, but last is plain).
 * @param {readonly { path: string, file: string }[]} sheets
 */
function joinedText(sheets) {
  const ordered = [...sheets.filter((s) => s.path !== 'brand.css'), ...sheets.filter((s) => s.path === 'brand.css')];
  return ordered.map((s) => readFileSync(s.file, 'utf8').trim()).join('\n') + '\n';
}

/**
 * Joins every page's stylesheets in `dist` into one; returns how many files it wrote.
 * @param {string} dist
 * @param {string} base
 */
export function joinStylesheets(dist, base) {
  /** @type {Map<string, string>} joined text → its path */
  const written = new Map();
  /** @type {Set<string>} Astro's chunks that pages linked, to remove once joined */
  const joined = new Set();
  for (const page of htmlFiles(dist)) {
    const html = readFileSync(join(dist, page), 'utf8');
    const sheets = builtStylesheets(html, base, dist);
    if (sheets.length < 2) continue;
    const text = joinedText(sheets);
    let path = written.get(text);
    if (!path) {
      path = `_astro/style.${createHash('sha256').update(text).digest('base64url').slice(0, 10)}.css`;
      writeFileSync(join(dist, path), text);
      written.set(text, path);
    }
    const [first, ...rest] = sheets;
    let out = html.replace(/** @type {{ tag: string }} */ (first).tag, `<link rel="stylesheet" href="${base}${path}">`);
    for (const sheet of rest) out = out.replace(sheet.tag, '');
    writeFileSync(join(dist, page), out);
    for (const sheet of sheets) if (sheet.path !== 'brand.css') joined.add(sheet.file);
  }
  // A chunk still linked somewhere (a page with that one stylesheet only) stays.
  const stillLinked = new Set(htmlFiles(dist).flatMap((page) => builtStylesheets(readFileSync(join(dist, page), 'utf8'), base, dist).map((s) => s.file)));
  for (const file of joined) if (!stillLinked.has(file) && existsSync(file)) rmSync(file);
  return written.size;
}
