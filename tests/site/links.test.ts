import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../arwain.config';
import { parseSiteConfig } from '../../src/lib/site/site-config';
import { basePath, builtPages, dist, fileFor, idsOf, readPage, referencesOf } from '../fixtures/built-site';

/*
 * The link check over the built site (run `npm run build` first; `npm test` does).
 * Every internal link, anchor and asset must resolve, under whatever base the
 * site was built for.
 */
describe('the built site', () => {
  it('exists', () => {
    expect(existsSync(dist), 'run `npm run build` before the site tests').toBe(true);
  });

  const pages = existsSync(dist) ? builtPages() : [];

  it('has every page type in both languages', () => {
    const urls = new Set(pages.map((p) => p.url));
    const b = basePath();
    for (const path of [
      '',
      'standards/',
      'standards/creating-strategic-direction/',
      'standards/1.14/',
      'standards/3.4a/',
      'case-studies/',
      'case-studies/rct-aspiring-leaders/',
      'recommendations/',
      'recommendations/estyn-r6/',
      'continuum/',
      'about/',
      'accessibility/',
    ]) {
      expect(urls, path).toContain(b + path);
      expect(urls, `cy/${path}`).toContain(`${b}cy/${path}`);
    }
    expect(urls).toContain(`${b}404.html`);
    // 172 items and 6 key areas, in two languages.
    expect(pages.filter((p) => /\/standards\/\d\.\d+a?\/$/.test(p.url) && !p.url.includes('/embed/'))).toHaveLength(344);
  });

  it('has no broken internal link, anchor or asset', () => {
    const broken: string[] = [];
    // Most links are the same few (the header, the footer, the stylesheets): each target is looked up once.
    const idsCache = new Map<string, Set<string>>();
    const ids = (file: string) => {
      if (!idsCache.has(file)) idsCache.set(file, idsOf(readPage(file)));
      return idsCache.get(file)!;
    };
    // Most links are the same few addresses on every page (menu, footer): look each up once.
    const files = new Map<string, string | undefined>();
    const fileOf = (pathname: string) => {
      if (!files.has(pathname)) files.set(pathname, fileFor(pathname));
      return files.get(pathname);
    };
    let checked = 0;
    for (const page of pages) {
      const html = readPage(page.file);
      for (const ref of referencesOf(html)) {
        if (/^(https?:|mailto:|tel:|data:)/.test(ref)) continue;
        const url = new URL(ref, `http://site${page.url}`);
        checked += 1;
        const target = url.pathname === page.url && ref.startsWith('#') ? page.file : fileOf(url.pathname);
        if (!target) {
          broken.push(`${page.url}: ${ref} (no file)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) broken.push(`${page.url}: ${ref} (no id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
    // A second or two on a quiet machine; the limit only stops a hang.
  }, 60_000);

  it('points every page’s share image at a PNG the build made: one per key area, one for the site', () => {
    const images = new Set<string>();
    for (const page of pages) {
      const html = readPage(page.file);
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      if (!image) continue;
      images.add(new URL(image).pathname);
    }
    const missing = [...images].filter((path) => !fileFor(path));
    expect(missing).toEqual([]);
    // site + 6 key areas, in two languages; none without a site address (an og:image must be absolute).
    const site = parseSiteConfig(siteConfig, process.env.ARWAIN_SITE).site;
    expect(images.size).toBe(site ? 14 : 0);
  });

  it('makes no request to another site: no external scripts, styles, images or fonts', () => {
    for (const page of pages) {
      const html = readPage(page.file);
      const external = [...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:[^"]*)"/g)].map((m) => m[0]).filter((tag) => !/rel="(?:canonical|alternate)"/.test(tag));
      expect(external, page.url).toEqual([]);
    }
  });
});
