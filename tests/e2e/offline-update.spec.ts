import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { controlled, startServer } from './offline-helpers';

/*
 * A new build published while a page is open (issue 24): the waiting worker
 * shows "A new version of this site is available — Reload", nothing reloads by
 * itself, and Reload gives the new version. Two builds are served one after the
 * other on one address: the build in dist/, then a copy of it in which the home
 * page's heading and the worker have changed, as after a real publication.
 * Also: with the worker active, no page breaks the Content-Security-Policy.
 */

test.describe.configure({ mode: 'parallel' });

/** A second build: dist/ with the home page's heading changed and a worker that differs. */
function secondBuild(prefix: string, heading: [string, string]): string {
  const folder = mkdtempSync(join(tmpdir(), 'arwain-second-build-'));
  cpSync('dist', folder, { recursive: true });
  const home = join(folder, prefix, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace(heading[0], heading[1]));
  writeFileSync(join(folder, 'sw.js'), `${readFileSync(join(folder, 'sw.js'), 'utf8')}\n// The second build.\n`);
  return folder;
}

/** Records every CSP violation the page reports, from the first script on. */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation(text: string): Promise<void> }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

for (const { locale, prefix, heading, bar, reload } of [
  { locale: 'en', prefix: '', heading: 'Leadership standards for schools in Wales', bar: 'A new version of this site is available.', reload: 'Reload' },
  { locale: 'cy', prefix: 'cy/', heading: 'Safonau arweinyddiaeth ar gyfer ysgolion yng Nghymru', bar: 'Mae fersiwn newydd o’r wefan ar gael.', reload: 'Ail-lwytho' },
]) {
  test(`a new build offers "Reload" and waits for it (${locale}) @subpath`, async ({ page }) => {
    test.setTimeout(240_000);
    const second = secondBuild(prefix, [`>${heading}</h1>`, `>${heading} (2)</h1>`]);
    let server = await startServer(4364 + (locale === 'cy' ? 1 : 0));
    try {
      await page.goto(`${server.url}${prefix}`);
      await controlled(page);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText(heading);
      const update = page.getByRole('status').filter({ hasText: bar });
      await expect(update).toBeHidden();

      await server.close();
      server = await startServer(4364 + (locale === 'cy' ? 1 : 0), second);
      // Someone is typing when the new build is found; the page is theirs until they choose.
      const search = page.locator('#aw-header-search');
      await search.fill('llesiant');
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(update).toBeVisible();
      await expect(update.getByRole('button', { name: reload })).toBeVisible();
      await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed');
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      await expect(search).toHaveValue('llesiant');
      await expect(h1).toHaveText(heading);

      await update.getByRole('button', { name: reload }).click();
      await expect(h1).toHaveText(`${heading} (2)`);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
      await controlled(page);
      await expect(page.getByRole('status').filter({ hasText: bar })).toBeHidden();
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    } finally {
      await server.close();
      rmSync(second, { recursive: true, force: true });
    }
  });
}

test('with the worker active, pages break no rule of the Content-Security-Policy @subpath', async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await watchPolicy(page);
  const server = await startServer(4366);
  try {
    await page.goto(server.url);
    await controlled(page);
    // The manifest is linked once a worker controls the page (manifest-src falls back to default-src 'self').
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
    for (const path of ['', 'cy/', 'standards/1.14/', 'review/', 'cy/review/', 'search/?q=wellbeing', 'offline/']) {
      await page.goto(`${server.url}${path}`);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      if (path.startsWith('search')) await expect(page.locator('[data-aw-part="results"] li').first()).toBeVisible();
    }
  } finally {
    await server.close();
  }
  expect(violations).toEqual([]);
});
