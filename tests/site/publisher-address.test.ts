import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../arwain.config';
import { buildHost, hostFiles, registryRedirects } from '../../src/integrations/host-config/index.mjs';
import { parseSiteConfig } from '../../src/lib/site/site-config';
import { basePath, builtPages, dist, readPage } from '../fixtures/built-site';
import { root } from '../fixtures/content';

/*
 * One publisher address: the build shows no host but the publisher's. Without a
 * site address (the default build) nothing absolute points at a host, and what
 * needs one is left out; with it (npm test's sub-path build sets ARWAIN_SITE),
 * canonical links, share images, the sitemap and robots.txt use it. Either way
 * the host configuration in the build is what the generator makes.
 */

const site = parseSiteConfig(siteConfig, process.env.ARWAIN_SITE).site;
/** The template's old placeholder host, once in every canonical link and embed snippet. */
const PLACEHOLDER = 'arwain.example.wales';

/** Every text file of the build, as a path relative to dist/. */
function textFiles(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(html|xml|json|csv|txt|css|js|svg)$|^_headers$|^_redirects$|^\.htaccess$|\.conf$/.test(name) ? [relative(dist, path)] : [];
  });
}

describe.runIf(existsSync(dist))('the publisher’s address', () => {
  const pages = builtPages();

  it('appears nowhere as the old placeholder host, in any page, data file, feed or configuration', () => {
    const files = textFiles();
    expect(files.length).toBeGreaterThan(1000);
    expect(files.filter((file) => readFileSync(join(dist, file), 'utf8').includes(PLACEHOLDER))).toEqual([]);
  });

  it.runIf(!site)('without a site address: no canonical link, og:url or share image, and no sitemap', () => {
    for (const page of pages) {
      const html = readPage(page.file);
      expect(html, page.url).not.toMatch(/rel="canonical"|property="og:url"|property="og:image"|rel="sitemap"/);
    }
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap:/);
  });

  it.runIf(!site)('without a site address: the feed, data files and copied addresses hold paths, not hosts', () => {
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(feed).not.toMatch(/href="https?:/);
    expect(feed).toMatch(/<id>tag:[^<]+,\d{4}:en\/case-studies\/rct-aspiring-leaders\/<\/id>/);
    const data = JSON.parse(readFileSync(join(dist, 'data', 'standards.json'), 'utf8'));
    expect(data.keyAreas[0].items[0].url).toBe(`${basePath()}standards/1.1/`);
    const statement = readPage(join(dist, 'standards', '3.4a', 'index.html'));
    expect(statement).toContain(`<code data-aw-share-text="link" data-aw-address`);
    expect(statement).toMatch(/&lt;iframe src=&quot;<span data-aw-address[^>]*>\/embed\/standards\/3\.4a\/<\/span>/);
  });

  it.runIf(site)('with a site address: canonical links, share images, sitemap and robots.txt use it', () => {
    const statement = readPage(join(dist, 'standards', '3.4a', 'index.html'));
    expect(statement).toContain(`<link rel="canonical" href="${site}${basePath()}standards/3.4a/">`);
    expect(statement).toContain(`<meta property="og:image" content="${site}${basePath()}og/`);
    expect(statement).not.toContain('data-aw-address');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${basePath()}sitemap-index.xml`);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toMatch(/\/embed\/|404/);
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain(`href="${site}${basePath()}case-studies/`);
    expect(feed).not.toMatch(/<id>https?:/);
  });
});

describe.runIf(existsSync(dist))('the 404 pages', () => {
  it('are one per language, kept out of search engines, with their own titles and no canonical link', () => {
    for (const [file, lang, title] of [
      ['404.html', 'en', 'Page not found | Arwain'],
      ['cy/404.html', 'cy', 'Tudalen heb ei chanfod | Arwain'],
    ] as const) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, file).toContain(`<html lang="${lang}"`);
      expect(html, file).toContain(`<title>${title}</title>`);
      expect(html, file).toContain('<meta name="robots" content="noindex">');
      expect(html, file).not.toMatch(/rel="canonical"|<link rel="alternate" hreflang=/);
    }
  });
});

describe.runIf(existsSync(dist))('the host configuration in the build', () => {
  it('is what the generator makes from the build, the registry and arwain.config.ts', () => {
    const config = parseSiteConfig(siteConfig, process.env.ARWAIN_SITE);
    const { files } = hostFiles({ dist, base: basePath(), config, redirects: registryRedirects(root), host: buildHost(process.env) });
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(dist, name), 'utf8'), name).toBe(text);
  });
});
