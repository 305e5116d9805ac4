import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { siteConfig } from '../../arwain.config';
import { hostFiles, registryRedirects } from '../../src/integrations/host-config/index.mjs';
import { HOST_FILES, headersFor } from '../../src/integrations/host-config/model.mjs';
import { contentType } from '../../src/integrations/host-config/types.mjs';
import { parseSiteConfig } from '../../src/lib/site/site-config';
import { basePath, dist } from '../fixtures/built-site';
import { root } from '../fixtures/content';
import { TEST_REDIRECT } from './site-root';
import { descriptorsOf, earlyDrops, get, halfSentRequest, hostFileTargets, slashTargets, staysOnServer } from './probes';
import { FD_LIMIT, type RunningServer, type ServerKind, startIntranet, startServer } from './servers';

/*
 * What a visitor and a browser get from a real web server with the generated
 * configuration: the same journeys for each server, at the base the site was
 * built for (npm test runs them at / and at /intranet/leadership/).
 */

const model = hostFiles({ dist, base: basePath(), config: parseSiteConfig(siteConfig, process.env.ARWAIN_SITE), redirects: registryRedirects(root) }).model;
const first = (folder: string, pattern: RegExp) => readdirSync(join(dist, folder)).find((name) => pattern.test(name))!;

/** One path of each kind the site serves, as site paths. */
const SAMPLES = [
  '/',
  '/standards/3.4a/',
  '/cy/standards/3.4a/',
  '/search/',
  '/cy/search/',
  '/embed/standards/3.4a/',
  '/cy/embed/standards/managing-the-school/',
  '/data/standards.csv',
  '/data/standards.json',
  '/feed.xml',
  '/robots.txt',
  '/favicon.svg',
  `/_astro/${first('_astro', /\.css$/)}`,
  '/pagefind/pagefind.js',
  '/pagefind/wasm.unknown.pagefind',
  `/pagefind/${first('pagefind', /\.pf_meta$/)}`,
  `/pagefind/fragment/${first('pagefind/fragment', /\.pf_fragment$/)}`,
  '/test.wasm',
  // The service worker (never from a cache: Cache-Control no-cache), the manifests, an icon and the offline list.
  '/sw.js',
  '/manifest.webmanifest',
  '/cy/manifest.webmanifest',
  '/icons/icon-192.png',
  '/offline-files.json',
];

export function serverJourneys(kind: ServerKind): void {
  // @subpath: npm test runs these again on the build for /intranet/leadership/.
  test.describe(`${kind.name} @subpath`, () => {
    const installed = existsSync(kind.binary);
    // On a developer's machine a missing server is skipped, and says so; in CI it must be there.
    test.skip(!installed && process.env.CI !== 'true', `${kind.name} is not installed (${kind.binary}): install it to run these tests (Debian: see .ci/run).`);
    let server: RunningServer;
    test.beforeAll(async () => {
      if (!installed) throw new Error(`${kind.name} is not installed at ${kind.binary}; CI installs it (.ci/run).`);
      server = await startServer(kind);
    });
    test.afterAll(async () => server?.stop());
    const at = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;

    test('sends each kind of page and file with its type and the generated headers', async ({ request }) => {
      for (const path of SAMPLES) {
        const response = await request.get(at(path), { headers: { 'accept-encoding': 'identity' } });
        expect(response.status(), path).toBe(200);
        const headers = response.headers();
        expect(headers['content-type']?.replace(/\s/g, '').toLowerCase(), path).toBe(
          contentType(path.endsWith('/') ? 'index.html' : path)
            .replace(/\s/g, '')
            .toLowerCase(),
        );
        for (const [name, value] of Object.entries(headersFor(model, path))) expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
        if (!headersFor(model, path)['Content-Security-Policy']) expect(headers['content-security-policy'], path).toBeUndefined();
      }
      const page = await request.get(at('/standards/'), { headers: { 'accept-encoding': 'gzip' } });
      expect(page.headers()['content-encoding']).toBe('gzip');
    });

    test('lets another site frame an embed card, and no other page', async ({ page }) => {
      // The "intranet": a page on another loopback origin (127.0.0.2) that frames the site.
      const intranet = await startIntranet((path) => `<!doctype html><html lang="en"><title>Intranet</title><iframe src="${at(path)}" title="card"></iframe>`);
      try {
        const refused: string[] = [];
        page.on('console', (message) => {
          if (/frame-ancestors/.test(message.text())) refused.push(message.text());
        });
        await page.goto(intranet.frame('/embed/standards/3.4a/'));
        await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText('Action 3.4a');
        expect(refused).toEqual([]);
        const blocked = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
        await page.goto(intranet.frame('/standards/3.4a/'));
        await blocked;
        await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
      } finally {
        await intranet.close();
      }
    });

    test('redirects a moved address permanently, and adds a missing slash on the same host', async ({ request }) => {
      for (const [from, to] of [
        [TEST_REDIRECT.from, TEST_REDIRECT.to],
        [`/cy${TEST_REDIRECT.from}`, `/cy${TEST_REDIRECT.to}`],
      ] as const) {
        const response = await request.get(at(from), { maxRedirects: 0 });
        expect(response.status(), from).toBe(301);
        expect(new URL(response.headers().location!, at(from)).href, from).toBe(at(to));
      }
      const folder = await request.get(at('/standards'), { maxRedirects: 0 });
      expect(folder.status()).toBe(301);
      expect(new URL(folder.headers().location!, at('/standards')).href).toBe(at('/standards/'));
    });

    test('answers a miss with status 404 in the language of its folder, and hides its own configuration', async ({ request }) => {
      for (const [path, lang] of [
        ['/no-such-page/', 'en'],
        ['/standards/9.9/', 'en'],
        ['/cy/dim-tudalen/', 'cy'],
        ['/cy/standards/9.9/', 'cy'],
        ['/_headers', 'en'],
        ['/nginx.conf', 'en'],
      ] as const) {
        const response = await request.get(at(path));
        expect(response.status(), path).toBe(404);
        const html = await response.text();
        expect(html, path).toContain(`<html lang="${lang}"`);
        expect(html, path).toContain('<meta name="robots" content="noindex">');
      }
      // Apache refuses .ht* files before any .htaccess is read: 403 there, 404 elsewhere; never the file.
      for (const path of ['/.htaccess', '/_redirects', '/staticwebapp.config.json']) {
        const response = await request.get(at(path));
        expect([403, 404], path).toContain(response.status());
        expect(await response.text(), path).not.toContain('Generated by the build');
      }
    });

    test('never redirects to another host, never serves its own configuration, and sends the page policy on every 404', async () => {
      const port = Number(new URL(server.url).port);
      for (const target of slashTargets(basePath())) {
        const answer = await get(port, target);
        expect([200, 301, 302, 308, 400, 403, 404], target).toContain(answer.status);
        const location = answer.header('location');
        if (location !== undefined) expect(staysOnServer(location, port), `${target} → ${location}`).toBe(true);
      }
      for (const target of hostFileTargets(basePath(), HOST_FILES)) {
        const answer = await get(port, target);
        expect([400, 403, 404], target).toContain(answer.status);
        expect(answer.text, target).not.toContain('Generated by the build');
      }
      for (const path of ['/no-such-page/', '/cy/no-such-page/', '/search/no-such-page/', '/embed/standards/9.9/', '/_astro/missing.css', '/pagefind/fragment/missing.pf_fragment', '/nginx.conf']) {
        const answer = await get(port, at(path).replace(/^http:\/\/[^/]+/, ''));
        expect(answer.status, path).toBe(404);
        expect(answer.header('content-security-policy'), path).toMatch(/frame-ancestors 'self'/);
      }
    });

    test(`drops a half-sent request, and survives 2,000 clients gone early under a limit of ${FD_LIMIT} descriptors`, async () => {
      test.slow();
      const port = Number(new URL(server.url).port);
      const half = halfSentRequest(port, 25_000);
      const before = descriptorsOf(server.pid);
      await earlyDrops(
        port,
        2_000,
        ['/', '/standards/', '/no-such-page/', '/cy/no-such-page/', '/data/standards.csv', '/standards'].map((p) => at(p).replace(/^http:\/\/[^/]+/, '')),
      );
      await expect.poll(() => descriptorsOf(server.pid), { timeout: 15_000 }).toBeLessThanOrEqual(before + 4);
      expect((await get(port, at('/standards/').replace(/^http:\/\/[^/]+/, ''))).status).toBe(200);
      expect((await half).heldFor).toBeLessThan(25_000);
    });

    test('search works: Pagefind loads its index and WebAssembly', async ({ page }) => {
      test.slow();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      // Pagefind fetches and compiles its WebAssembly first: on a busy machine that takes a while.
      const loaded = { timeout: 90_000 };
      await page.goto(at('/search/?q=Rhondda'));
      await expect(page.locator('[data-aw-island="search"] [data-aw-part="results"] li a').first()).toHaveText('Rhondda Cynon Taf’s Aspiring Leaders Programme', loaded);
      await page.goto(at('/cy/search/?q=hygyrchedd'));
      await expect(page.locator('[data-aw-island="search"] [data-aw-part="results"] li a').first()).toHaveText('Datganiad hygyrchedd', loaded);
      expect(errors).toEqual([]);
    });
  });
}
