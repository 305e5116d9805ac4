// @ts-check
// The redirects registry, content/redirects.yaml: addresses that moved and
// where to. Part of the content: the build's integrations (the URL manifest,
// the host configurations) and the pages (through src/data/content.ts) read it
// here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The registry's path in the project. */
export const REDIRECTS = 'content/redirects.yaml';

/** @typedef {{ from: string, to: string }} Redirect */

/**
 * The redirects registry as { from, to } site paths, checked for shape.
 * @param {string} root the project folder
 * @returns {Redirect[]}
 */
export function readRedirects(root) {
  const path = join(root, REDIRECTS);
  if (!existsSync(path)) return [];
  const entries = /** @type {unknown} */ (parse(readFileSync(path, 'utf8'))) ?? [];
  if (!Array.isArray(entries)) throw new Error(`${REDIRECTS}: expected a list of { from, to } entries.`);
  return entries.map((/** @type {unknown} */ entry, index) => ({ from: sitePathOf(entry, index, 'from'), to: sitePathOf(entry, index, 'to') }));
}

/**
 * One field of a registry entry, which must be a site path.
 * @param {unknown} entry
 * @param {number} index
 * @param {'from' | 'to'} field
 * @returns {string}
 */
function sitePathOf(entry, index, field) {
  const value = entry !== null && typeof entry === 'object' ? /** @type {Record<string, unknown>} */ (entry)[field] : undefined;
  if (typeof value !== 'string' || !/^\/[a-z0-9./-]*\/$/.test(value)) {
    throw new Error(`${REDIRECTS}: entry ${index + 1}, field "${field}": expected a site path such as "/case-studies/new-name/" (starting and ending with "/"), got ${JSON.stringify(value)}.`);
  }
  return value;
}
