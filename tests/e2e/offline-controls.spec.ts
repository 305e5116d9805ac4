import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { doubleThePicker } from './file-double';
import { startReview } from './review-helpers';

/*
 * Every control the offline work added (issue 24), in each of its states and
 * both languages: no axe violations (WCAG 2.2 AA, the control alone, so the
 * check stays quick on a busy machine), and at 320 CSS pixels nothing scrolls
 * sideways and the control fits the window. With ARWAIN_SHOTS=<folder>, each
 * state is also saved as a screenshot there, at 320 and 1280 pixels, to look at.
 */

test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Axe over `selector`, then the same at 320 px: no sideways scroll, the control inside the window. */
async function check(page: Page, control: Locator, selector: string, name: string): Promise<void> {
  await expect(control).toBeVisible();
  const results = await new AxeBuilder({ page }).include(selector).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await control.scrollIntoViewIfNeeded();
    if (process.env['ARWAIN_SHOTS']) await page.screenshot({ path: `${process.env['ARWAIN_SHOTS']}/${name}-${width}.png` });
    if (width !== 320) continue;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = await control.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

for (const locale of ['en', 'cy'] as const) {
  const prefix = locale === 'cy' ? 'cy/' : '';

  test(`the "new version" bar and the download section, idle, in progress and done (${locale})`, async ({ page }) => {
    // A short list, so that the download runs to "done" at once; its steps are those of the whole language.
    await page.route('**/offline-files.json', async (route) => {
      const list = (await (await route.fetch()).json()) as { languages: Record<string, { pages: string[]; search: string[] }> };
      for (const language of Object.values(list.languages)) {
        language.pages = language.pages.slice(0, 3);
        language.search = language.search.slice(0, 2);
      }
      await route.fulfill({ json: list });
    });
    await page.goto(`./${prefix}`);
    const section = page.locator('[data-aw-island="offline-download"]');
    await check(page, section, '[data-aw-island="offline-download"]', `download-idle-${locale}`);
    await section.locator('[data-aw-part="start"]').click();
    await expect(section.getByRole('progressbar')).toBeVisible();
    await expect(section.getByRole('status')).not.toBeEmpty();
    await check(page, section, '[data-aw-island="offline-download"]', `download-done-${locale}`);
    // The bar as a waiting worker shows it (the two-build test, offline-update.spec.ts, shows it for real);
    // it is added, hidden, once the worker controls the page.
    await expect(page.locator('[data-aw-island="site-update"]')).toBeAttached();
    await page.evaluate(() => (document.querySelector<HTMLElement>('[data-aw-island="site-update"]')!.hidden = false));
    await page.evaluate(() => window.scrollTo(0, 0));
    await check(page, page.locator('[data-aw-island="site-update"]'), '[data-aw-island="site-update"]', `update-bar-${locale}`);
  });

  test(`the ?add= question, where the reviews are kept, and keeping them in a file (${locale})`, async ({ page }) => {
    await doubleThePicker(page);
    // With no review yet, the question offers a new one.
    await page.goto(`./${prefix}review/?add=1.14`);
    await check(page, page.locator('[data-aw-part="add-confirm"]'), '[data-aw-part="add-confirm"]', `add-question-${locale}`);
    // Reviews are shared by both languages' pages: started in English, shown in either.
    await page.goto('./review/');
    await startReview(page, { title: 'Review 2026' });
    await page.goto(`./${prefix}review/`);
    await check(page, page.locator('[data-aw-part="durability"]'), '[data-aw-part="durability"]', `durability-${locale}`);
    const file = page.locator('[data-aw-part="file-section"]');
    await check(page, file, '[data-aw-part="file-section"]', `file-idle-${locale}`);
    await file.locator('[data-aw-part="file-choose"]').click();
    await expect(file.locator('[data-aw-part="file-stop"]')).toBeVisible();
    await check(page, file, '[data-aw-part="file-section"]', `file-active-${locale}`);
    await page.evaluate(() => sessionStorage.setItem('test.failWrites', '1'));
    await page.locator('[data-aw-part="export-json"]').focus();
    await page.locator('.aw-review-item input[type="radio"]').nth(2).check();
    await expect(file.getByRole('alert')).toBeVisible();
    await check(page, file, '[data-aw-part="file-section"]', `file-failed-${locale}`);
  });
}
