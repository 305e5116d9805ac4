import { siteConfig } from '../../arwain.config';
import { parseSiteConfig } from '../../src/lib/site/site-config';
import { expect, test } from './fixtures';

/*
 * What people copy from a statement page (its address, its citation, the embed
 * code) names the publisher's host: the site's address when the build has one,
 * else the address the page was opened at, completed in the browser. Without
 * JavaScript, a build with no site address shows the path.
 */

const site = parseSiteConfig(siteConfig, process.env.ARWAIN_SITE).site;

test('the address, citation and embed code name the host the page is published on @subpath', async ({ page, baseURL }) => {
  await page.goto('./standards/3.4a/');
  const host = site ? `${site}${new URL(baseURL!).pathname}` : baseURL!;
  // Nothing changes as the page loads (no layout shift); the paths are completed at first use.
  if (!site) await expect(page.locator('[data-aw-share-text="link"]')).toHaveText('/standards/3.4a/');
  await page.getByText('Embed this on your intranet').click();
  await expect(page.locator('[data-aw-share-text="link"]')).toHaveText(`${host}standards/3.4a/`);
  await expect(page.locator('[data-aw-share-text="citation"]')).toHaveText(new RegExp(` ${host.replace(/[.?]/g, '\\$&')}standards/3\\.4a/$`));
  await expect(page.locator('details.aw-embed-snippet pre code')).toContainText(`<iframe src="${host}embed/standards/3.4a/"`);
});

test('the copy buttons are there from the first paint and copy the full address @subpath', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./standards/3.4a/');
  const host = site ? `${site}${new URL(baseURL!).pathname}` : baseURL!;
  const copy = page.getByRole('button', { name: 'Copy link' });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${host}standards/3.4a/`);
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(` ${host.replace(/[.?]/g, '\\$&')}standards/3\\.4a/$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('and without a site address, they give the path', async ({ page }) => {
    test.skip(!!site, 'This build has a site address: the addresses are absolute without JavaScript too.');
    await page.goto('./standards/3.4a/');
    await expect(page.locator('[data-aw-share-text="link"]')).toHaveText('/standards/3.4a/');
    await expect(page.locator('details.aw-embed-snippet pre code')).toContainText('<iframe src="/embed/standards/3.4a/"', { useInnerText: false });
  });

  test('there are no copy buttons, which would need a script', async ({ page }) => {
    await page.goto('./standards/3.4a/');
    await expect(page.locator('[data-aw-share-text="link"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy citation' })).toBeHidden();
  });
});

test('pages are served with the generated headers: the CSP with frame-ancestors, except on embed cards', async ({ request }) => {
  const statement = await request.get('standards/3.4a/');
  expect(statement.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
  expect(statement.headers()['x-content-type-options']).toBe('nosniff');
  const card = await request.get('embed/standards/3.4a/');
  expect(card.headers()['content-security-policy']).not.toMatch(/frame-ancestors/);
  const search = await request.get('search/');
  expect(search.headers()['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
});
