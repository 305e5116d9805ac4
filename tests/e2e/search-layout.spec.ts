import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * No layout shift in the search flow: results arrive after Pagefind has loaded,
 * well after the reader pressed Enter, so whatever they push must already be
 * below the screen, or not move. Pagefind's index is held back until the page
 * has reacted to the query, so the layout is compared before and after the
 * results, at the sizes readers use.
 */

/** Where the element is on screen: its top, or null when it is below the screen. */
async function visibleTop(page: Page, selector: string): Promise<number | null> {
  return page.locator(selector).evaluate((element) => {
    const top = element.getBoundingClientRect().top;
    return top < window.innerHeight ? Math.round(top) : null;
  });
}

for (const [locale, prefix, query] of [
  ['en', '', 'coaching'],
  ['cy', 'cy/', 'hyfforddi'],
] as const) {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 900 },
  ]) {
    test(`results arriving move nothing on screen (${locale}, ${viewport.width} px) @subpath`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`./${prefix}search/`);
      const held: Route[] = [];
      let release = false;
      await page.route('**/pagefind/index/**', (route) => (release ? route.continue() : void held.push(route)));
      await page.getByRole('searchbox').last().fill(query);
      await page.keyboard.press('Enter');
      await expect.poll(() => held.length).toBeGreaterThan(0);
      const island = '[data-aw-island="search"]';
      const before = { browse: await visibleTop(page, '.aw-search__browse'), status: await visibleTop(page, `${island} [data-aw-part="status"]`) };
      release = true;
      for (const route of held) await route.continue();
      await expect(page.locator(`${island} [data-aw-part="results"] li`).first()).toBeVisible();
      expect(before.browse, 'the ways to browse are below the screen while the results load').toBeNull();
      expect(await visibleTop(page, '.aw-search__browse')).toBeNull();
      expect(await visibleTop(page, `${island} [data-aw-part="status"]`)).toBe(before.status);
    });
  }
}
