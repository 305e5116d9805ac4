// @ts-check
// Links that never break: content/published-urls.txt lists every address the
// site has published. After each build this integration checks that each one is
// still a page or a redirect (content/redirects.yaml), and stops the build,
// naming them, if any would disappear. Addresses the build has that the list
// does not are added to it, so a new page is recorded by the build that makes it.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRedirects, REDIRECTS } from '../lib/content/redirects.mjs';

const MANIFEST = 'content/published-urls.txt';
const HEADER =
  '# Every address the site has published (site paths, no base). Checked on every build:\n' +
  '# an address listed here must stay a page or get a redirect in content/redirects.yaml.\n' +
  '# Each build adds the new addresses it makes; never remove one that has been published.\n';

/**
 * Astro's `redirects` setting for the registry: each redirect in English and Welsh.
 * @param {string} root the project folder
 * @returns {Record<string, string>}
 */
export function redirectsConfig(root) {
  return Object.fromEntries(
    readRedirects(root).flatMap(({ from, to }) => [
      [from, to],
      [`/cy${from}`, `/cy${to}`],
    ]),
  );
}

/**
 * The site paths of the pages in a build (no base), excluding redirect pages and the 404 page.
 * @param {string} dist the build's output folder
 * @returns {string[]}
 */
export function builtPaths(dist) {
  /** @type {string[]} */
  const paths = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') {
        const html = readFileSync(path, 'utf8');
        if (/<meta http-equiv="refresh"/i.test(html)) continue;
        paths.push(`/${relative(dist, dir).split('\\').join('/')}/`.replace('//', '/'));
      }
    }
  };
  walk(dist);
  return paths.sort();
}

/**
 * The addresses recorded as published.
 * @param {string} root the project folder
 * @returns {string[]}
 */
export function readManifest(root) {
  const path = join(root, MANIFEST);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * The published addresses that are neither pages nor redirects any more.
 * @param {string[]} manifest
 * @param {string[]} built
 * @param {import('../lib/content/redirects.mjs').Redirect[]} redirects
 * @returns {string[]}
 */
export function missingUrls(manifest, built, redirects) {
  const present = new Set([...built, ...redirects.flatMap(({ from }) => [from, `/cy${from}`])]);
  return manifest.filter((url) => !present.has(url));
}

/**
 * The manifest with `added` recorded: every address once, in order.
 * @param {string[]} manifest
 * @param {string[]} added
 * @returns {string}
 */
export function manifestText(manifest, added) {
  return HEADER + [...new Set([...manifest, ...added])].sort().join('\n') + '\n';
}

/** @returns {import('astro').AstroIntegration} */
export function urlManifest() {
  /** @type {string} */
  let root;
  return {
    name: 'arwain-url-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const built = builtPaths(fileURLToPath(dir));
        const manifest = readManifest(root);
        const missing = missingUrls(manifest, built, readRedirects(root));
        if (missing.length > 0) {
          throw new Error(
            `These published addresses no longer exist and have no redirect:\n${missing.map((u) => `  ${u}`).join('\n')}\n` +
              `Schools link to them. Add each to ${REDIRECTS} with the address it moved to, e.g.\n  - from: ${missing[0]}\n    to: /standards/\n`,
          );
        }
        const known = new Set(manifest);
        const added = built.filter((url) => !known.has(url));
        if (added.length > 0) {
          writeFileSync(join(root, MANIFEST), manifestText(manifest, added));
          logger.info(`Recorded ${added.length} new address${added.length === 1 ? '' : 'es'} in ${MANIFEST}: keep this change with your content.`);
        }
      },
    },
  };
}
