// @ts-check
// What the first paint of a page waits for, made small after the build: one
// stylesheet per page, the brand colours inside it (stylesheets.mjs), and a
// Content-Security-Policy <meta> with only the page's own hashes (csp-hashes.mjs).
// Runs before host-config, which reads the pages' policies for the hosts' headers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../host-config/csp.mjs';
import { pruneHashes } from './csp-hashes.mjs';
import { joinStylesheets } from './stylesheets.mjs';
/** @import { AstroIntegration } from 'astro' */

/** @returns {AstroIntegration} */
export function firstPaint() {
  let base = '/';
  return {
    name: 'arwain-first-paint',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = `/${config.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const stylesheets = joinStylesheets(dist, base);
        for (const page of htmlFiles(dist)) {
          const html = readFileSync(join(dist, page), 'utf8');
          const pruned = pruneHashes(html);
          if (pruned !== html) writeFileSync(join(dist, page), pruned);
        }
        logger.info(`One stylesheet a page (${stylesheets} in all, one per kind of page); each page's CSP lists only its own inline code.`);
      },
    },
  };
}
