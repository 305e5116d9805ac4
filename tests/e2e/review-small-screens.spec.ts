import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * "My leadership review" on a 320 px wide screen, in English and Welsh: in no
 * state does the page scroll sideways (wide tables scroll inside their own
 * box), and the controls work by keyboard with visible focus.
 */

test.use({ viewport: { width: 320, height: 720 } });

const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const locale of ['', 'cy/']) {
  test(`/${locale}review/ never scrolls sideways at 320 px: started, with evidence, summary, changes and comparison`, async ({ page }) => {
    test.setTimeout(120_000);
    page.on('dialog', (dialog) => dialog.accept());
    await page.goto(`./${locale}review/`);
    await expect(page.locator('#aw-review-new')).toBeVisible();
    expect(await fits(page), 'no review yet').toBe(true);

    // Two reviews with long names, so the "Review shown" and comparison selects have long options.
    for (const review of [1, 2]) {
      if (review === 2) await page.locator('#aw-review-new-button').click();
      await page.locator('#aw-review-new-title').fill(`Adolygiad arweinyddiaeth tymor yr hydref a’r gwanwyn ${review} — ${'hir iawn '.repeat(6)}`.slice(0, 120));
      await page.locator('#aw-review-new-start-actions').check();
      await page.locator('#aw-review-new button[type="submit"]').click();
      await expect(page.locator('#aw-review-items-heading')).toBeFocused();
    }
    expect(await fits(page), 'started').toBe(true);

    const item = page.locator('[id="aw-r-1.1a"]');
    await item.locator('input[value="secure"]').check();
    await item.locator('input[type="checkbox"]').check();
    await item.locator('summary').click();
    await item.locator('textarea').fill(`A note with a long address: https://intranet.example.sch.uk/${'a-very-long-path-segment/'.repeat(8)}`);
    await item.locator('input[type="url"]').fill(`https://intranet.example.sch.uk/${'a-very-long-path-segment/'.repeat(8)}`);
    await item.locator('button[type="submit"]').click();
    await expect(item.locator('.aw-review-evidence__link')).toBeVisible();
    expect(await fits(page), 'with evidence').toBe(true);

    await page.locator('#aw-review-since button').click();
    await expect(page.locator('#aw-review-changes li').first()).toBeVisible();
    await page.locator('#aw-review-compare-form button').click();
    await expect(page.locator('#aw-review-compare-result table')).toBeAttached();
    await page.locator('#aw-review-current').focus();
    expect(await fits(page), 'summary, changes, comparison and the review select').toBe(true);
  });
}

test('the review works by keyboard, with a visible focus', async ({ page }) => {
  await page.goto('./review/');
  await page.locator('#aw-review-new-start-none').check();
  await page.locator('#aw-review-new button[type="submit"]').click();
  const select = page.getByLabel('Add a statement or action');
  await select.focus();
  await select.selectOption('1.1');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const card = page.locator('[id="aw-r-1.1"]');
  await expect(card).toBeFocused();
  const outline = await card.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const radio = card.getByRole('radio', { name: 'Not started' });
  await expect(radio).toBeFocused();
  expect(await radio.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
});
