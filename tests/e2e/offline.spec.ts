import { expect, test, type Page } from '@playwright/test';
import { BASE, cached, controlled, startServer } from './offline-helpers';

/*
 * The site with the network gone (issue 24): after one online visit, the review
 * and the statements in it; after one online search, search in that language;
 * any other page, the bilingual offline page, not the browser's error. The
 * server is closed, not emulated. The manifests and the worker's headers are
 * checked too. Runs at / and, with ARWAIN_BASE, under a sub-path.
 */

test.describe.configure({ mode: 'parallel' });

/** Fails the test on a page error; the closed server's refused requests are expected. */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('the review and its statements work with the server closed; other pages show the offline page @subpath', async ({ page }) => {
  const errors = watch(page);
  const server = await startServer(4360);
  try {
    await page.goto(`${server.url}review/`);
    await page.locator('#aw-review-new-start-none').check();
    await page.getByRole('button', { name: 'Start the review' }).click();
    await page.locator('#aw-review-add-select').selectOption('area:1');
    await page.locator('#aw-review-add button').click();
    await expect(page.locator('[id="aw-r-1.1"]')).toBeVisible();
    await controlled(page);
    // The page and every statement in the review are kept once the worker is active.
    await expect.poll(() => cached(page, `${server.url}standards/1.1/`)).toBe(true);
    await expect.poll(() => cached(page, `${server.url}review/`)).toBe(true);
  } finally {
    await server.close();
  }
  await page.reload();
  await expect(page.locator('[id="aw-r-1.1"]')).toBeVisible();
  await expect(page.locator('#aw-review-items-heading')).toHaveText(/^Review: /);
  await page.goto(`${server.url}standards/1.1/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1.1');
  // A page never visited: the offline page, in both languages, says what works.
  await page.goto(`${server.url}case-studies/`);
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rydych chi all-lein' })).toBeVisible();
  await expect(page.getByText('Your review, once you have opened it online')).toBeVisible();
  expect(errors).toEqual([]);
});

test('search works offline after one online search in that language, for any query @subpath', async ({ page }) => {
  const errors = watch(page);
  const server = await startServer(4361);
  try {
    await page.goto(`${server.url}cy/search/?q=cymuned`);
    await expect(page.locator('[data-aw-part="results"] li').first()).toBeVisible();
    await controlled(page);
    // The whole Welsh index is kept after that first search.
    const files = (await (await fetch(`${server.url}offline-files.json`)).json()) as { languages: { cy: { search: string[] } } };
    const urls = files.languages.cy.search.map((f) => `${server.url}${f}`);
    const missing = () =>
      page.evaluate(async (all) => (await Promise.all(all.map(async (u) => ((await caches.match(u, { ignoreSearch: true })) ? 0 : 1)))).reduce((a: number, b: number) => a + b, 0), urls);
    await expect.poll(missing, { timeout: 60_000 }).toBe(0);
  } finally {
    await server.close();
  }
  await page.goto(`${server.url}cy/search/?q=llesiant`);
  await expect(page.locator('[data-aw-part="results"] li').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('each language has its own manifest, inside the base; the worker is never cached by the server @subpath', async ({ request, page }) => {
  const server = await startServer(4362);
  try {
    for (const [prefix, lang, description] of [
      ['', 'en', /installable/],
      ['cy/', 'cy', /all-lein/],
    ] as const) {
      await page.goto(`${server.url}${prefix}`);
      // Linked once a worker controls the page: the manifest then comes from the worker's precache.
      await controlled(page);
      await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe(`${BASE}${prefix}manifest.webmanifest`);
      const response = await request.get(`${server.origin}${href}`);
      expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
      const manifest = await response.json();
      expect(manifest).toMatchObject({ lang, start_url: `${BASE}${prefix}`, scope: `${BASE}${prefix}`, display: 'standalone', theme_color: '#00594f' });
      expect(manifest.description).toMatch(description);
      expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
      for (const icon of manifest.icons) expect((await request.get(`${server.origin}${icon.src}`)).headers()['content-type']).toBe('image/png');
    }
    const worker = await request.get(`${server.url}sw.js`);
    expect(worker.headers()['cache-control']).toBe('no-cache');
    expect(worker.headers()['content-type']).toMatch(/javascript/);
  } finally {
    await server.close();
  }
});

test('"Make this site available offline" says the size, shows progress, keeps every page of that language only @subpath', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watch(page);
  const server = await startServer(4363);
  try {
    await page.goto(server.url);
    const section = page.getByRole('region', { name: 'Use this site without a connection' });
    await expect(section).toContainText(/about \d+(\.\d)? MB\. Pages in Welsh are not included\./);
    await controlled(page);
    await section.getByRole('button', { name: 'Make this site available offline' }).click();
    await expect(section.getByRole('progressbar')).toBeVisible();
    await expect(section.getByRole('status')).toHaveText('Done: every page in English now works offline on this device.', { timeout: 240_000 });
  } finally {
    await server.close();
  }
  const at = (path: string) => `${server.url}${path}`;
  await page.goto(at('case-studies/'));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('You are offline');
  await page.goto(at('standards/6.3/'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('6.3');
  // Never both languages unless asked.
  await page.goto(at('cy/case-studies/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  expect(errors).toEqual([]);
});
