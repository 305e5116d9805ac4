import { expect, test } from './fixtures';

/*
 * axe itself runs in tests/e2e/wcag-pages.spec.ts, on every page type and state
 * in both languages, at 320 px and 1280 px, on the same page loads as the checks
 * axe cannot do. Here: the site frame a keyboard and a screen reader rely on.
 */

test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('./standards/1.14/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focus is always visible: every focusable element shows the yellow focus style with dark text', async ({ page }) => {
  await page.goto('./');
  // What a keyboard reaches on a desktop: not the compact header's hidden menu button.
  const count = await page.locator('a[href]:visible, button:visible, input:visible').count();
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const element = document.activeElement!;
      const s = getComputedStyle(element);
      return { tag: element.tagName, background: s.backgroundColor, colour: s.color, outline: s.outlineColor, outlineWidth: s.outlineWidth };
    });
    if (style.tag === 'INPUT') {
      // Text boxes keep their white fill and get a thick yellow outline instead.
      expect(style).toMatchObject({ outline: 'rgb(255, 221, 0)', outlineWidth: '3px' });
    } else {
      expect(style).toMatchObject({ tag: expect.stringMatching(/^(A|BUTTON)$/), background: 'rgb(255, 221, 0)', colour: 'rgb(11, 12, 12)' });
    }
  }
});

test('pages have landmarks: banner, navigation, main and contentinfo', async ({ page }) => {
  await page.goto('./case-studies/rct-aspiring-leaders/');
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
});
