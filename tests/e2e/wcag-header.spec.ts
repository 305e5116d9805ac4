import { useTranslations } from '../../src/i18n';
import { expect, test } from './fixtures';

/*
 * The site header on small screens, the GOV.UK way: the name, a "Menu" button
 * and search in one tap, at most about 120 px tall at 320 px, with the menu a
 * real button that works by keyboard; without JavaScript the navigation is
 * simply on view. On a desktop it stays as it was: everything on view, no button.
 */

const PHONE = { width: 320, height: 640 };

for (const locale of ['en', 'cy'] as const) {
  const t = useTranslations(locale);
  const home = locale === 'cy' ? './cy/' : './';

  test(`on a phone the header is compact and the menu opens and closes (${locale}) @subpath`, async ({ page }) => {
    test.slow(); // two page loads and many steps
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 667 });
      await page.goto(`${home}case-studies/`);
      const menu = page.getByRole('button', { name: t('nav.menu') });
      await expect(menu).toBeVisible();
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height, `header height at ${width} px`).toBeLessThanOrEqual(120);
    }
    // Search and the language switch are on view, one tap away.
    await expect(page.getByRole('search').getByRole('searchbox', { name: t('search.label') })).toBeInViewport();
    const other = locale === 'cy' ? 'en' : 'cy';
    const language = page.getByRole('banner').locator('[data-aw-language-switch]');
    await expect(language).toBeInViewport();
    await expect(language).toHaveAttribute('lang', other);
    await expect(language).toHaveAttribute('hreflang', other);

    const menu = page.getByRole('button', { name: t('nav.menu') });
    // Hidden while the menu is closed, so found among hidden elements too.
    const nav = page.getByRole('navigation', { name: t('nav.label'), exact: true, includeHidden: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toHaveAttribute('aria-controls', (await nav.getAttribute('id'))!);
    await expect(nav).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link')).toHaveCount(6);
    await expect(nav.getByRole('link', { name: t('nav.caseStudies') })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link').last()).toBeVisible();

    // By keyboard: Escape closes the menu and puts focus back on its button; Enter opens it.
    await nav.getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(nav).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // After the search box, its button and the language switch, the first section.
    await expect(nav.getByRole('link').first()).toBeFocused();

    // Wide again, the navigation is on view whether or not the menu was open, and the button goes.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(menu).toBeHidden();
    await expect(nav.getByRole('link').last()).toBeVisible();
  });

  test(`without JavaScript the navigation is on view and there is no menu button (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(home);
    await expect(page.getByRole('navigation', { name: t('nav.label'), exact: true }).getByRole('link')).toHaveCount(6);
    for (const link of await page
      .getByRole('navigation', { name: t('nav.label'), exact: true })
      .getByRole('link')
      .all())
      await expect(link).toBeVisible();
    await expect(page.getByRole('button', { name: t('nav.menu') })).toBeHidden();
    await expect(page.getByRole('banner').locator('[data-aw-language-switch]')).toBeVisible();
    // The header search is a plain form: it works with no script at all.
    await page
      .getByRole('searchbox', { name: t('search.label') })
      .first()
      .fill('coaching');
    await page
      .getByRole('banner')
      .getByRole('button', { name: t('search.button') })
      .click();
    await expect(page).toHaveURL(/\/search\/\?q=coaching$/);
    await context.close();
  });
}

test('the menu script is a file, loaded only where the header is compact', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./about/');
  const inline = await page.locator('script:not([src]):not([type="application/json"])').count();
  expect(inline, 'no inline script').toBe(0);
  await expect(page.locator('script[type="module"][src*="SiteHeader"]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  expect(requested.filter((path) => path.includes('menu.client'))).toEqual([]);

  // Narrowed, the page fetches the menu and shows its button.
  await page.setViewportSize(PHONE);
  await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
  expect(requested.filter((path) => path.includes('menu.client'))).toHaveLength(1);
});
