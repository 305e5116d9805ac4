import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/*
 * axe against the WCAG 2.2 A and AA rules on every page type, in both languages,
 * at desktop and (via the @mobile tag) mobile widths. No rule is disabled.
 */
const PAGE_TYPES = [
  '',
  'standards/',
  'standards/leading-learning-and-teaching/',
  'standards/2.13/',
  'standards/3.4a/',
  'case-studies/',
  'case-studies/csc-serving-headteacher-programmes/',
  'recommendations/',
  'recommendations/ofsted-schools-evaluate-partnerships/',
  'continuum/',
  'pathways/headteachers/',
  'about/',
  'accessibility/',
  'review/cohort/',
  'no-such-page/',
];

for (const locale of ['', 'cy/']) {
  for (const path of PAGE_TYPES) {
    test(`no axe violations: /${locale}${path} @mobile`, async ({ page }) => {
      await page.goto(`./${locale}${path}`);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      const violations = results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
      expect(violations).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
    });
  }
}

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
  const count = await page.locator('a[href], button, input').count();
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
