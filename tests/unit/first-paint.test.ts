import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneHashes } from '../../src/integrations/first-paint/csp-hashes.mjs';
import { builtStylesheets, joinStylesheets } from '../../src/integrations/first-paint/stylesheets.mjs';

const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

describe('pruneHashes', () => {
  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const own = `'sha256-${createHash('sha256').update('a()').digest('base64')}'`;
    const html = `<head>${meta(`default-src 'self'; script-src 'self' ${own} 'sha256-other=' 'wasm-unsafe-eval'; style-src 'self' 'sha256-style='`)}</head><script type="module">a()</script>`;
    const policy = /content="([^"]*)"/.exec(pruneHashes(html))![1];
    expect(policy).toBe(`default-src 'self'; script-src 'self' ${own} 'wasm-unsafe-eval'; style-src 'self'`);
  });

  it('leaves a page without a policy as it is', () => {
    expect(pruneHashes('<p>redirect</p>')).toBe('<p>redirect</p>');
  });
});

describe('joinStylesheets', () => {
  function site(base: string) {
    const dist = mkdtempSync(join(tmpdir(), 'first-paint-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'a'));
    writeFileSync(join(dist, '_astro', 'one.css'), '.one{color:red}');
    writeFileSync(join(dist, '_astro', 'two.css'), '@media print{.two{display:none}}');
    writeFileSync(join(dist, 'brand.css'), 'html:root{--brand:#000}');
    const head = `<link rel="stylesheet" href="${base}brand.css"><link rel="stylesheet" href="${base}_astro/one.css"><link rel="stylesheet" href="${base}_astro/two.css">`;
    writeFileSync(join(dist, 'index.html'), `<html><head>${head}</head><body><noscript><link rel="stylesheet" href="${base}no-js.css"></noscript></body></html>`);
    writeFileSync(join(dist, 'a', 'index.html'), `<html><head>${head}</head><body></body></html>`);
    return dist;
  }

  for (const base of ['/', '/intranet/leadership/']) {
    it(`gives pages of one kind one stylesheet, the brand colours last and print styles inside (base ${base})`, () => {
      const dist = site(base);
      expect(joinStylesheets(dist, base)).toBe(1);
      const pages = ['index.html', 'a/index.html'].map((page) => readFileSync(join(dist, page), 'utf8'));
      const [sheet] = builtStylesheets(pages[0]!, base, dist);
      expect(builtStylesheets(pages[1]!, base, dist)).toEqual([sheet]);
      expect(readFileSync(sheet!.file, 'utf8')).toBe('.one{color:red}\n@media print{.two{display:none}}\nhtml:root{--brand:#000}\n');
      // What only a browser without JavaScript loads stays where it was; the joined chunks are gone.
      expect(pages[0]).toContain(`<noscript><link rel="stylesheet" href="${base}no-js.css"></noscript>`);
      expect(readdirSync(join(dist, '_astro'))).toEqual([sheet!.path.slice('_astro/'.length)]);
    });
  }
});
