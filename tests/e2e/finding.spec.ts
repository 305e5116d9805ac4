import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * Finding a standard: the filter on /standards/ and site search (Pagefind).
 * Real queries, typos and Welsh mutations included, the right item first, the
 * other language offered when nothing matches, and the issue 12 defects.
 */

const filterResults = (page: Page) => page.locator('[data-aw-island="filter"] [data-aw-part="results"] li');
const filterNumbers = (page: Page) => filterResults(page).locator('> a');
const filterPart = (page: Page, part: string) => page.locator(`[data-aw-island="filter"] [data-aw-part="${part}"]`);
const searchResults = (page: Page) => page.locator('[data-aw-island="search"] [data-aw-part="results"] li');
const searchPart = (page: Page, part: string) => page.locator(`[data-aw-island="search"] [data-aw-part="${part}"]`);
const FIND_EN = 'Find a statement or action';
const FIND_CY = 'Dod o hyd i ddatganiad neu gam gweithredu';
/** Bidi override and isolate, as a crafted link would carry them. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/;

test.describe('the standards filter', () => {
  test('finds statements as you type, typos and word order forgiven @mobile', async ({ page }) => {
    await page.goto('./standards/');
    const box = page.getByLabel(FIND_EN);
    await box.fill('mentorng');
    await expect(filterNumbers(page).first()).toHaveText('3.13');
    await expect(filterResults(page).first().locator('mark')).toHaveText(['mentor']);
    await expect(filterResults(page).first()).toContainText('Key area 3: Developing and Working with Others · Professional Characteristics');
    await box.fill('leadership distributed');
    await expect(filterNumbers(page).first()).toHaveText('1.4');
    await box.fill('govenors');
    await expect(filterNumbers(page).filter({ hasText: /^5\.7$/ })).toHaveCount(1);
  });

  test('a typo in a query of two words still finds self-evaluation', async ({ page }) => {
    await page.goto('./standards/?q=self+evaluaton');
    await expect.poll(() => filterNumbers(page).allTextContents()).toEqual(expect.arrayContaining(['2.25', '4.6a', '5.4', '5.11', '5.14', '5.1a']));
    await expect(filterResults(page).first().locator('mark').first()).toBeVisible();
  });

  test('in Welsh, no false friends: matches start where the word starts', async ({ page }) => {
    await page.goto('./cy/standards/?q=llesiant');
    await expect(filterNumbers(page)).toHaveText(['6.9', '6.8a']);
    await page.goto('./cy/standards/?q=mentora');
    await expect(filterNumbers(page)).toHaveText(['3.13']);
    await page.goto('./cy/standards/?q=Nghymru');
    await expect(filterNumbers(page).first()).toBeVisible();
    for (const text of await filterResults(page).locator('mark').allTextContents()) expect(text.toLowerCase()).toMatch(/^(n?gh|g|ch|c)ymru$/);
    await page.goto('./cy/standards/?q=ymholi');
    await expect(filterPart(page, 'status')).toHaveText(/Does dim yn cyfateb/);
    await page.goto('./cy/standards/?q=benaethiaid');
    await expect(filterNumbers(page)).toHaveText(['4.1a']);
    await expect(filterResults(page).locator('mark')).toHaveText(['pennaeth']);
  });

  test('best matches first, or in the standards’ order, chosen by keyboard and kept in the address', async ({ page }) => {
    await page.goto('./standards/?q=governing+body');
    await expect(filterNumbers(page).first()).toBeVisible();
    const ranked = await filterNumbers(page).allTextContents();
    await page.getByRole('radio', { name: 'In the standards’ order' }).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?q=governing\+body&order=standards$/);
    const standardsOrder = await page.locator('[data-aw-standards-list] li[data-number]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-number')!));
    await expect(filterNumbers(page)).toHaveText([...ranked].sort((a, b) => standardsOrder.indexOf(a) - standardsOrder.indexOf(b)));
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'Best matches first' })).toBeChecked();
    await expect(filterNumbers(page)).toHaveText(ranked);
  });

  test('keeps its state in the address; back and forward work', async ({ page }) => {
    await page.goto('./standards/');
    await page.getByLabel(FIND_EN).fill('leadership');
    await expect(page).toHaveURL(/\?q=leadership$/);
    await page.getByRole('group', { name: 'Key area' }).getByRole('radio', { name: /^3/ }).check();
    await expect(page).toHaveURL(/\?q=leadership&area=3$/);
    await page
      .getByRole('group', { name: 'Group' })
      .getByRole('radio', { name: /^Actions/ })
      .check();
    await expect(page).toHaveURL(/\?q=leadership&area=3&group=actions$/);
    await expect(filterNumbers(page)).toHaveCount(2);
    expect((await filterNumbers(page).allTextContents()).sort()).toEqual(['3.2a', '3.4a']);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=leadership&area=3$/);
    await expect(page.getByRole('group', { name: 'Group' }).getByRole('radio', { name: 'All' })).toBeChecked();
    await page.goForward();
    await expect(page.getByRole('group', { name: 'Group' }).getByRole('radio', { name: /^Actions/ })).toBeChecked();
  });

  test('a shared address opens the same view @subpath', async ({ page }) => {
    await page.goto('./standards/?q=coaching&area=3&group=professional-characteristics');
    await expect(page.getByLabel(FIND_EN)).toHaveValue('coaching');
    await expect(filterNumbers(page)).toHaveText(['3.13']);
    await expect(filterPart(page, 'status')).toHaveText('1 statement or action matches');
    await expect(page.locator('[data-aw-standards-list]')).toBeHidden();
  });

  test('facet counts update as you type', async ({ page }) => {
    await page.goto('./standards/');
    const areaOne = page.locator('[data-aw-count="area-1"]');
    await expect(areaOne).toHaveText('(26)');
    await page.getByLabel(FIND_EN).fill('vision');
    await expect(areaOne).not.toHaveText('(26)');
    await expect(page.locator('[data-aw-count="cited"]')).toHaveText(/^\(\d+\)$/);
  });

  test('keyboard: / focuses the box, Escape clears it, focus never jumps', async ({ page }) => {
    await page.goto('./standards/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    const box = page.getByLabel(FIND_EN);
    await expect(box).toBeFocused();
    await page.keyboard.type('governing body');
    await expect(box).toBeFocused();
    await expect(filterPart(page, 'status')).toHaveText(/statements? (and actions|or action) match/);
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
    await expect(page.locator('[data-aw-standards-list]')).toBeVisible();
  });

  test('bad input never breaks the page or renders as HTML; bidi characters never reach the page', async ({ page }) => {
    await page.goto(`./standards/?area=9&group=nonsense&q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(filterPart(page, 'problem')).toHaveText('There is no key area “9”, so all key areas are shown. There is no group “nonsense”, so all groups are shown.');
    await expect(filterPart(page, 'results').locator('img')).toHaveCount(0);
    await expect(page.getByLabel(FIND_EN)).toHaveValue('<img src=x onerror=alert(1)>');
    await page.goto(`./standards/?q=${'governors'.repeat(600)}`);
    await expect(filterPart(page, 'problem')).toContainText('longer than 200 characters');
    await page.goto(`./cy/standards/?q=${encodeURIComponent('\u202ecoaching\u2066')}`);
    await expect(filterPart(page, 'note')).toBeVisible();
    expect(await filterPart(page, 'note').textContent()).not.toMatch(BIDI);
    expect(await page.getByLabel(FIND_CY).inputValue()).not.toMatch(BIDI);
  });

  test('without JavaScript the page lists every statement, grouped, and no filter form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./standards/?q=coaching');
    await expect(page.locator('[data-aw-standards-list] li')).toHaveCount(172);
    await expect(page.getByLabel(FIND_EN)).toBeHidden();
    await context.close();
  });

  test('a query with no match in Welsh offers the English matches, marked as English', async ({ page }) => {
    await page.goto('./cy/standards/?q=coaching');
    await expect(filterPart(page, 'note')).toHaveText('Does dim yn cyfateb i “coaching” yn Gymraeg. Mae’r rhain yn cyfateb yn Saesneg:');
    await expect(filterNumbers(page)).toHaveText(['3.13']);
    await expect(filterResults(page).first().locator('span[lang="en"]')).toContainText('mentor and coach');
    await expect(filterNumbers(page).first()).toHaveAttribute('href', /\/standards\/3\.13\/$/);
    await expect(filterNumbers(page).first()).not.toHaveAttribute('href', /\/cy\//);
  });

  test('the language switch keeps the filter, and the query only where it matches', async ({ page }) => {
    await page.goto('./standards/?q=coaching&area=3');
    await expect(filterNumbers(page)).toHaveText(['3.13']);
    await page.getByRole('link', { name: 'Cymraeg', exact: true }).click();
    // "coaching" matches nothing in Welsh: the facets go across, the query does not.
    await expect(page).toHaveURL(/\/cy\/standards\/\?area=3$/);
    await expect(page.getByRole('group', { name: 'Maes allweddol' }).getByRole('radio', { name: /^3/ })).toBeChecked();
    await page.goto('./standards/?q=Estyn');
    await expect(filterNumbers(page).first()).toBeVisible();
    await page.getByRole('link', { name: 'Cymraeg', exact: true }).click();
    await expect(page).toHaveURL(/\/cy\/standards\/\?q=Estyn$/);
    await expect(page.getByLabel(FIND_CY)).toHaveValue('Estyn');
  });

  test('role words find what the standards call the role, and mark it', async ({ page }) => {
    await page.goto('./standards/?q=local+authority');
    await expect(filterNumbers(page).first()).toBeVisible();
    await expect.poll(async () => (await filterNumbers(page).allTextContents()).slice(0, 4).sort()).toEqual(['4.8a', '5.2', '5.4', '6.8a']);
    await expect(filterResults(page).first().locator('mark')).toHaveText(['LA']);
    await page.goto('./cy/standards/?q=athrawon+newydd+gymhwyso');
    await expect(filterNumbers(page).first()).toHaveText('3.7a');
  });

  test('results fit a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('./cy/standards/?q=cymuned');
    await expect(filterNumbers(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe('site search', () => {
  test('a phrase from a statement finds that statement’s own page first @mobile @subpath', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('search').first().getByLabel('Search Arwain').fill('forges effective links between');
    await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=forges\+effective\+links\+between$/);
    const first = searchResults(page).first();
    await expect(first.locator('a')).toHaveText('Statement 1.19');
    await expect(first.locator('[data-aw-type]')).toHaveText('Statement or action');
    await expect(first.locator('mark').first()).toBeVisible();
  });

  test('the whole text of a short statement brings its own page first', async ({ page }) => {
    await page.goto('./search/?q=undertakes+the+role+of+mentor+and+coach+when+appropriate');
    await expect(searchResults(page).first().locator('a')).toHaveText('Statement 3.13');
    await page.goto('./cy/search/?q=rheoli+newid+drwy+weithio+gyda+phobl+eraill+a+thrwyddynt');
    await expect(searchResults(page).first().locator('a')).toHaveText('Datganiad 1.14');
  });

  test('a role as staff say it finds the pathway for it, in both languages', async ({ page }) => {
    const firstThree = () =>
      searchResults(page)
        .locator('a')
        .allTextContents()
        .then((titles) => titles.slice(0, 3));
    await page.goto('./search/?q=deputy+head');
    await expect(searchResults(page).first()).toBeVisible();
    await expect.poll(firstThree).toContain('Senior leaders');
    await page.goto('./cy/search/?q=pennaeth+adran');
    await expect(searchResults(page).first()).toBeVisible();
    await expect.poll(firstThree).toContain('Arweinwyr canol');
  });

  test('finds case studies and filters by type', async ({ page }) => {
    await page.goto('./search/?q=Rhondda');
    await expect(searchResults(page).locator('a').first()).toHaveText('Rhondda Cynon Taf’s Aspiring Leaders Programme');
    await page.goto('./search/?q=leadership&type=recommendation');
    await expect(searchResults(page).locator('[data-aw-type]').first()).toHaveText('Recommendation');
    await expect(page.getByLabel('Type of page')).toHaveValue('recommendation');
    expect(new Set(await searchResults(page).locator('[data-aw-type]').allTextContents())).toEqual(new Set(['Recommendation']));
  });

  test('filters by key area', async ({ page }) => {
    await page.goto('./search/?q=governing&type=standard&area=5');
    await expect(searchResults(page).first()).toBeVisible();
    const titles = await searchResults(page).locator('a').allTextContents();
    for (const title of titles) expect(title).toMatch(/ 5\.\d+a?$/);
  });

  test('Welsh pages search the Welsh index @subpath', async ({ page }) => {
    await page.goto('./cy/search/?q=hygyrchedd');
    await expect(searchResults(page).locator('a').first()).toHaveText('Datganiad hygyrchedd');
    await expect(searchPart(page, 'status')).toContainText('ar gyfer “hygyrchedd”');
  });

  test('Welsh mutations find the radical and each other', async ({ page }) => {
    const count = async (query: string) => {
      await page.goto(`./cy/search/?q=${encodeURIComponent(query)}`);
      await expect(searchPart(page, 'status')).not.toHaveText(/Yn chwilio/);
      await expect(searchPart(page, 'status')).toHaveText(/ar gyfer/);
      return Number((await searchPart(page, 'status').textContent())?.match(/\d+/)?.[0] ?? 0);
    };
    for (const query of ['nghymuned', 'mhennaeth', 'phennaeth', 'bartneriaethau']) expect(await count(query), query).toBeGreaterThan(0);
    expect(await count('lywodraethwyr')).toBe(await count('llywodraethwyr'));
    const atebolrwydd = await searchResults(page)
      .locator('a')
      .allTextContents()
      .then(async () => {
        await count('atebolrwydd');
        return searchResults(page).locator('a').allTextContents();
      });
    await count('hatebolrwydd');
    expect(await searchResults(page).locator('a').allTextContents()).toEqual(atebolrwydd);
    expect(await count('arweinyddieth')).toBeGreaterThanOrEqual(10);
  });

  test('a query with no Welsh results offers English ones, marked as English; the switch drops a query that cannot match', async ({ page }) => {
    await page.goto('./cy/search/?q=coaching');
    await expect(searchPart(page, 'note')).toHaveText('Dim canlyniadau ar gyfer “coaching” yn Gymraeg. Canlyniadau yn Saesneg:');
    await expect(searchResults(page).first()).toHaveAttribute('lang', 'en');
    await expect(searchResults(page).first().locator('a')).not.toHaveAttribute('href', /\/cy\//);
    await page.goto('./cy/search/?q=hyfforddi');
    await expect(searchResults(page).first()).toBeVisible();
    const languageSwitch = page.getByRole('link', { name: 'English', exact: true });
    await languageSwitch.hover();
    await languageSwitch.click();
    await expect(page).toHaveURL(/\/search\/$/);
    await page.goto('./search/?q=3.4a');
    await expect(searchResults(page).first()).toBeVisible();
    await page.getByRole('link', { name: 'Cymraeg', exact: true }).click();
    await expect(page).toHaveURL(/\/cy\/search\/\?q=3\.4a$/);
    await expect(searchResults(page).first().locator('a')).toHaveText('Cam gweithredu 3.4a');
  });

  test('says clearly when nothing matches, and never echoes bidi or control characters', async ({ page }) => {
    await page.goto('./search/?q=xylophonequartz');
    await expect(searchPart(page, 'status')).toHaveText('No results for “xylophonequartz”. Check the spelling or try other words.');
    await page.goto(`./search/?q=${encodeURIComponent('\u202ezzyx deripxe drowssap\u0007')}`);
    await expect(searchPart(page, 'status')).toHaveText(/No results for/);
    expect(await searchPart(page, 'status').textContent()).not.toMatch(BIDI);
    expect(await page.getByLabel('Search Arwain').last().inputValue()).not.toMatch(/[\u202e\u0007]/);
  });

  test('without JavaScript the search page says why and offers ways to browse, never a dead end', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./search/?q=coaching');
    // Playwright's text and role queries skip <noscript>, so find the message by its element.
    const message = page.locator('noscript .aw-notice');
    await expect(message).toBeVisible();
    await expect(message).toContainText('Search results need JavaScript');
    const browse = page.getByRole('navigation', { name: 'Browse instead' });
    await expect(browse.getByRole('link', { name: 'See all the standards' })).toHaveAttribute('href', /\/standards\/$/);
    await expect(browse.getByRole('link', { name: /^Key area \d/ })).toHaveCount(6);
    await context.close();
  });

  test('results fit a 320 px screen in both languages', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['./search/?q=coaching', './cy/search/?q=coaching', './cy/search/?q=arweinyddiaeth']) {
      await page.goto(path);
      await expect(searchResults(page).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
});

test('a long list of matches shows the first 50, then all on request, keeping the keyboard in place', async ({ page }) => {
  await page.goto('./standards/?q=school');
  const results = filterResults(page);
  await expect(results).toHaveCount(50);
  const total = Number((await filterPart(page, 'status').textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(50);
  await page.getByRole('button', { name: `Show all ${total}` }).click();
  await expect(results).toHaveCount(total);
  await expect(results.nth(50).locator('a')).toBeFocused();
  await expect(page.getByRole('button', { name: /^Show all/ })).toBeHidden();
});

for (const path of ['search/?q=coaching', 'cy/search/?q=coaching', 'cy/standards/?q=coaching', 'standards/?q=self+evaluaton']) {
  test(`no axe violations with results shown: /${path}`, async ({ page }) => {
    await page.goto(`./${path}`);
    await expect(page.locator('[data-aw-part="results"] li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  });
}
