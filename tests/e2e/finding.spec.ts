import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * Finding a standard: the filter on /standards/ (Fuse.js) and site search
 * (Pagefind). Real queries, typos included, and the right item first.
 */

const firstResult = (page: Page) => page.locator('[data-aw-filter-results] li').first();

test.describe('the standards filter', () => {
  test('finds statements as you type, typos and word order forgiven @mobile', async ({ page }) => {
    await page.goto('./standards/');
    const box = page.getByLabel('Find a statement or action');
    await box.fill('mentorng');
    await expect(firstResult(page).locator('a')).toHaveText('3.13');
    await expect(firstResult(page).locator('mark')).toHaveText(['mentor']);
    await expect(firstResult(page)).toContainText('Key area 3: Developing and Working with Others · Professional Characteristics');
    await box.fill('leadership distributed');
    await expect(firstResult(page).locator('a')).toHaveText('1.4');
    await box.fill('govenors');
    await expect(page.locator('[data-aw-filter-results] li a').first()).toBeVisible();
    expect(await page.locator('[data-aw-filter-results] li a').allTextContents()).toContain('5.7');
    await box.fill('self-evaluation');
    await expect(firstResult(page).locator('a')).toHaveText('2.25');
  });

  test('keeps its state in the address; back and forward work', async ({ page }) => {
    await page.goto('./standards/');
    await page.getByLabel('Find a statement or action').fill('leadership');
    await expect(page).toHaveURL(/\?q=leadership$/);
    await page.getByRole('group', { name: 'Key area' }).getByRole('radio', { name: /^3/ }).check();
    await expect(page).toHaveURL(/\?q=leadership&area=3$/);
    await page.getByRole('group', { name: 'Group' }).getByRole('radio', { name: /^Actions/ }).check();
    await expect(page).toHaveURL(/\?q=leadership&area=3&group=actions$/);
    const results = page.locator('[data-aw-filter-results] li a');
    // Both say "leadership" exactly, so they come in the standards' order.
    await expect(results).toHaveText(['3.2a', '3.4a']);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=leadership&area=3$/);
    await expect(page.getByRole('group', { name: 'Group' }).getByRole('radio', { name: 'All' })).toBeChecked();
    await page.goForward();
    await expect(page.getByRole('group', { name: 'Group' }).getByRole('radio', { name: /^Actions/ })).toBeChecked();
  });

  test('a shared address opens the same view @subpath', async ({ page }) => {
    await page.goto('./standards/?q=coaching&area=3&group=professional-characteristics');
    await expect(page.getByLabel('Find a statement or action')).toHaveValue('coaching');
    await expect(page.locator('[data-aw-filter-results] li a')).toHaveText(['3.13']);
    await expect(page.getByRole('status')).toHaveText('1 statement or action matches');
    await expect(page.locator('[data-aw-standards-list]')).toBeHidden();
  });

  test('facet counts update as you type', async ({ page }) => {
    await page.goto('./standards/');
    const areaOne = page.locator('[data-aw-count="area-1"]');
    await expect(areaOne).toHaveText('(26)');
    await page.getByLabel('Find a statement or action').fill('vision');
    await expect(areaOne).not.toHaveText('(26)');
    const cited = page.locator('[data-aw-count="cited"]');
    await expect(cited).toHaveText(/^\(\d+\)$/);
  });

  test('keyboard: / focuses the box, Escape clears it, focus never jumps', async ({ page }) => {
    await page.goto('./standards/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    const box = page.getByLabel('Find a statement or action');
    await expect(box).toBeFocused();
    await page.keyboard.type('governing body');
    await expect(box).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(/statements? (and actions|or action) match/);
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
    await expect(page.locator('[data-aw-standards-list]')).toBeVisible();
  });

  test('bad input never breaks the page or renders as HTML', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`./standards/?area=9&group=nonsense&q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.locator('[data-aw-filter-problem]')).toHaveText('There is no key area “9”, so all key areas are shown. There is no group “nonsense”, so all groups are shown.');
    await expect(page.locator('[data-aw-filter-results] img')).toHaveCount(0);
    await expect(page.getByLabel('Find a statement or action')).toHaveValue('<img src=x onerror=alert(1)>');
    await page.goto(`./standards/?q=${'governors'.repeat(600)}`);
    await expect(page.locator('[data-aw-filter-problem]')).toContainText('longer than 200 characters');
    await page.getByLabel('Find a statement or action').fill('\u202e🙂 ŵ \u0000');
    await expect(page.getByRole('status')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('without JavaScript the page lists every statement, grouped, and no filter form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./standards/?q=coaching');
    await expect(page.locator('[data-aw-standards-list] li')).toHaveCount(172);
    await expect(page.getByLabel('Find a statement or action')).toBeHidden();
    await context.close();
  });

  test('the language switch keeps the filter', async ({ page }) => {
    await page.goto('./standards/?q=coaching&area=3');
    await page.getByRole('link', { name: 'Cymraeg', exact: true }).click();
    await expect(page).toHaveURL(/\/cy\/standards\/\?q=coaching&area=3$/);
    await expect(page.getByLabel('Dod o hyd i ddatganiad neu gam gweithredu')).toHaveValue('coaching');
    await expect(page.getByRole('group', { name: 'Maes allweddol' }).getByRole('radio', { name: /^3/ })).toBeChecked();
  });

  test('in Welsh, a word finds its mutated forms and a mutated word finds its radical', async ({ page }) => {
    await page.goto('./cy/standards/');
    const box = page.getByLabel('Dod o hyd i ddatganiad neu gam gweithredu');
    const numbers = () => page.locator('[data-aw-filter-results] li a').allTextContents();
    // The radical "Cymru" finds "yng Nghymru" (nasal mutation) as well as "Cymru".
    await box.fill('Cymru');
    await expect(page.locator('[data-aw-filter-results] li').first()).toBeVisible();
    expect(await numbers()).toEqual(expect.arrayContaining(['1.8', '1.18', '1.19']));
    await expect(page.locator('[data-aw-filter-results] mark', { hasText: 'Nghymru' }).first()).toBeVisible();
    // A mutated query, "nghymru", finds the radical "Cymru" too.
    await box.fill('nghymru');
    await expect(page.locator('[data-aw-filter-results] li').first()).toBeVisible();
    expect(await numbers()).toEqual(expect.arrayContaining(['1.8', '1.18']));
    // Aspirate mutation and h-prothesis: "phennaeth" finds "pennaeth", "harweinyddiaeth" finds "arweinyddiaeth".
    await box.fill('phennaeth');
    await expect(page.locator('[data-aw-filter-results] mark', { hasText: /^pennaeth$/i }).first()).toBeVisible();
    await box.fill('harweinyddiaeth');
    expect(await numbers()).toEqual(expect.arrayContaining(['1.2', '1.4']));
  });
});

test.describe('site search', () => {
  test('a phrase from a statement finds that statement’s own page first @mobile @subpath', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('search').first().getByLabel('Search Arwain').fill('forges effective links between');
    await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=forges\+effective\+links\+between$/);
    const first = page.locator('[data-aw-search-results] li').first();
    await expect(first.locator('a')).toHaveText('Statement 1.19');
    await expect(first.locator('.aw-search__type')).toHaveText('Statement or action');
    await expect(first.locator('mark').first()).toBeVisible();
  });

  test('finds case studies and filters by type', async ({ page }) => {
    await page.goto('./search/?q=Rhondda');
    await expect(page.locator('[data-aw-search-results] li a').first()).toHaveText('Rhondda Cynon Taf’s Aspiring Leaders Programme');
    await page.goto('./search/?q=leadership&type=recommendation');
    await expect(page.locator('[data-aw-search-results] li .aw-search__type').first()).toHaveText('Recommendation');
    await expect(page.getByLabel('Type of page')).toHaveValue('recommendation');
    const types = await page.locator('[data-aw-search-results] li .aw-search__type').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Recommendation']));
  });

  test('filters by key area', async ({ page }) => {
    await page.goto('./search/?q=governing&type=standard&area=5');
    await expect(page.locator('[data-aw-search-results] li').first()).toBeVisible();
    const titles = await page.locator('[data-aw-search-results] li a').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/ 5\.\d+a?$/);
  });

  test('Welsh pages search the Welsh index @subpath', async ({ page }) => {
    await page.goto('./cy/search/?q=hygyrchedd');
    await expect(page.locator('[data-aw-search-results] li a').first()).toHaveText('Datganiad hygyrchedd');
    await expect(page.getByRole('status')).toContainText('ar gyfer “hygyrchedd”');
  });

  test('says clearly when nothing matches', async ({ page }) => {
    await page.goto('./search/?q=xylophonequartz');
    await expect(page.getByRole('status')).toHaveText('No results for “xylophonequartz”. Check the spelling or try other words.');
  });

  test('without JavaScript the search page says why and offers the standards', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./search/?q=coaching');
    // Playwright's text and role queries skip <noscript>, so find the message by its element.
    const message = page.locator('noscript .aw-search__message');
    await expect(message).toBeVisible();
    await expect(message).toContainText('Search needs JavaScript');
    await expect(message.locator('a')).toHaveAttribute('href', /\/standards\/$/);
    await context.close();
  });
});

test('a long list of matches shows the first 50, then all on request, keeping the keyboard in place', async ({ page }) => {
  await page.goto('./standards/?q=the');
  const results = page.locator('[data-aw-filter-results] li');
  await expect(results).toHaveCount(50);
  const total = Number((await page.getByRole('status').textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(50);
  await page.getByRole('button', { name: `Show all ${total}` }).click();
  await expect(results).toHaveCount(total);
  await expect(results.nth(50).locator('a')).toBeFocused();
  await expect(page.getByRole('button', { name: /^Show all/ })).toBeHidden();
});
