import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { APP_SHELL_KB, PAGE_BUDGETS } from '../budgets';
import { basePath, dist } from '../fixtures/built-site';
import { coldVisit, pageReferences, staticImports } from './cold-visit';

/*
 * The budgets of tests/budgets.ts over the build in dist/: for each kind of page, in
 * both languages, what a first visit fetches (bytes, requests, script and
 * stylesheets), worked out from the files. The bench prints the same figures.
 */

const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;

describe('how the budget test reads a page', () => {
  it('counts stylesheets, scripts and the manifest, but not what loads only without JavaScript, the icon or links', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.svg"><link rel="manifest" href="/m.json"><link rel="alternate" href="/feed.xml">' +
      '<script type="module" src="/s.js"></script><script type="application/json">{}</script><noscript><link rel="stylesheet" href="/no-js.css"></noscript>';
    expect(pageReferences(html)).toEqual([
      { url: '/a.css', kind: 'css' },
      { url: '/m.json', kind: 'other' },
      { url: '/s.js', kind: 'js' },
    ]);
  });

  it('follows static imports, not dynamic ones', () => {
    expect(staticImports('import{t as e}from"./preload-helper.js";import"./side.js";export{x}from"./x.js";const m=()=>import("./lazy.js")')).toEqual(['./preload-helper.js', './side.js', './x.js']);
  });
});

describe.runIf(existsSync(dist))('budgets: a first visit to each kind of page (tests/budgets.ts)', () => {
  for (const budget of PAGE_BUDGETS) {
    for (const locale of ['en', 'cy']) {
      const path = `${basePath()}${locale === 'cy' ? 'cy/' : ''}${budget.path.slice(1)}`;
      it(`${budget.name} (${locale}): at most ${budget.kb} KB in ${budget.requests} requests, ${budget.scriptKb} KB of script, ${budget.stylesheets} stylesheet`, () => {
        const visit = coldVisit(path);
        const list = visit.fetched.map((f) => `${f.path} ${kb(f.gzip)} KB`).join(', ');
        expect(kb(visit.bytes), `${path} (${budget.why}): ${list}`).toBeLessThanOrEqual(budget.kb);
        expect(visit.requests, `${path}: ${list}`).toBeLessThanOrEqual(budget.requests);
        expect(kb(visit.scriptBytes), `${path}: script`).toBeLessThanOrEqual(budget.scriptKb);
        expect(visit.stylesheets, `${path}: stylesheets`).toBeLessThanOrEqual(budget.stylesheets);
      });
    }
  }
});

describe.runIf(existsSync(join(dist, 'sw.js')))('budgets: what the service worker downloads on a first visit (tests/budgets.ts)', () => {
  it(`the precache is at most ${APP_SHELL_KB} KB gzip`, () => {
    // Workbox writes its precache list into sw.js as {url:"<base>…",revision:…}.
    const urls = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(0);
    const files = urls.map((url) => join(dist, decodeURI(url.slice(basePath().length))));
    const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(existsSync(file) && !file.endsWith('/') ? file : join(file, 'index.html'))).length, 0);
    expect(kb(bytes), urls.join(', ')).toBeLessThanOrEqual(APP_SHELL_KB);
  });
});
