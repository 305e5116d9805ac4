import type { Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { expect, test } from './fixtures';

/*
 * The site header on small screens, the GOV.UK way: the name, a "Menu" button
 * and search in one tap, at most about 120 px tall at 320 px, with the menu a
 * <details> element that opens and closes by mouse and keyboard with no script
 * at all, so it works the same with JavaScript off. On a desktop it stays as it
 * was: everything on view, no button.
 */

const PHONE = { width: 320, height: 640 };

/** The header's menu: its button (the <summary>), the <details> around it, and the navigation. */
function headerMenu(page: Page, t: ReturnType<typeof useTranslations>) {
  const header = page.locator('[data-aw-island="site-header"]');
  return {
    button: header.locator('[data-aw-part="menu-button"]'),
    details: header.locator('[data-aw-part="menu"]'),
    // Hidden while the menu is closed, so found among hidden elements too.
    nav: page.getByRole('navigation', { name: t('nav.label'), exact: true, includeHidden: true }),
  };
}

for (const locale of ['en', 'cy'] as const) {
  const t = useTranslations(locale);
  const home = locale === 'cy' ? './cy/' : './';

  test(`on a phone the header is compact and the menu opens and closes (${locale}) @subpath`, async ({ page }) => {
    test.slow(); // two page loads and many steps
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 667 });
      await page.goto(`${home}case-studies/`);
      await expect(headerMenu(page, t).button).toBeVisible();
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

    const { button, details, nav } = headerMenu(page, t);
    await expect(button).toHaveText(t('nav.menu'));
    await expect(details).not.toHaveAttribute('open');
    await expect(nav).toBeHidden();
    // The button does not cover the name or the search box.
    const [buttonBox, nameBox] = [
      await button.boundingBox(),
      await page
        .getByRole('banner')
        .getByRole('link', { name: t('site.name') })
        .boundingBox(),
    ];
    expect(buttonBox!.x, 'the menu button is right of the name').toBeGreaterThanOrEqual(nameBox!.x + nameBox!.width);

    await button.click();
    await expect(details).toHaveAttribute('open');
    await expect(nav.getByRole('link')).toHaveCount(6);
    await expect(nav.getByRole('link', { name: t('nav.caseStudies') })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link').last()).toBeVisible();
    await button.click();
    await expect(nav).toBeHidden();

    // By keyboard: Enter opens it, Tab goes on to the first section, Shift+Tab back and Space closes it.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Space');
    await expect(details).not.toHaveAttribute('open');
    await expect(nav).toBeHidden();

    // Wide again, the navigation is on view whether or not the menu was open, and the button goes.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(button).toBeHidden();
    await expect(nav.getByRole('link').last()).toBeVisible();
  });

  test(`without JavaScript the menu works the same, and the header search too (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(home);
    const { button, nav } = headerMenu(page, t);
    await expect(nav).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link')).toHaveCount(6);
    for (const link of await nav.getByRole('link').all()) await expect(link).toBeVisible();
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
    // On a wide screen the navigation is on view, with no button.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(button).toBeHidden();
    for (const link of await nav.getByRole('link').all()) await expect(link).toBeVisible();
    await context.close();
  });
}

/** The layout shifts since the page began to load, each named by what moved (at most five per shift, as the browser reports them). */
function layoutShifts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        const shifts = { total: 0, moved: [] as string[] };
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue;
            shifts.total += entry.value;
            for (const { node, previousRect: from, currentRect: to } of entry.sources ?? [])
              shifts.moved.push(`${(node as Element | null)?.outerHTML?.slice(0, 80) ?? 'a node'} from ${from.x},${from.y} ${from.width}×${from.height} to ${to.x},${to.y} ${to.width}×${to.height}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(shifts)));
      }),
  );
}

/*
 * Each width is a person's first visit in a window of that size, as a phone or a
 * desktop would make it. (Not one tab resized between visits: on a starved CI
 * machine, the second visit in a tab once drew a frame with the menu button's and
 * the language link's text at zero width, then at full width. No script, web font
 * or late stylesheet was involved; the page had finished parsing before that frame.)
 */
test('the header needs no script at any width, and nothing in it moves after the first paint', async ({ browser }) => {
  for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      // The update bar's script is the offline feature's (issue 24): added once a service worker controls the page, not the header's.
      if (request.resourceType() === 'script' && !request.url().includes('/site-update.')) scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('./about/');
    await expect(page.locator('[data-aw-island="site-header"] script')).toHaveCount(0);
    const shifts = await layoutShifts(page);
    expect(shifts.total, `layout shift at ${viewport.width} px: ${shifts.moved.join('; ')}`).toBe(0);
    expect(scripts).toEqual([]);
    await context.close();
  }
});
