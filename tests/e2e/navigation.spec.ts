import type { Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { readCollection } from '../fixtures/content';
import { expect, test } from './fixtures';

/*
 * What a person does on the site: arrive at the home page, open a key area,
 * a statement, the case studies and recommendations that cite it, and back.
 */

test('home → key area → action → case study → recommendation @mobile @subpath', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership standards for schools in Wales');
  const keyAreas = page.getByRole('heading', { name: 'The six key areas' }).locator('xpath=following-sibling::ol[1]/li');
  await expect(keyAreas).toHaveCount(6);

  await page.getByRole('link', { name: /Key area 3\s*Developing and Working with Others/ }).click();
  await expect(page).toHaveURL(/\/standards\/developing-and-working-with-others\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Developing and Working with Others');
  for (const group of ['Knowledge and Skills', 'Personal Qualities and Values', 'Professional Characteristics', 'Actions']) {
    await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
  }
  await expect(page.locator('.aw-item-list li')).toHaveCount(31);

  await page.getByRole('link', { name: '3.4a', exact: true }).click();
  await expect(page).toHaveURL(/\/standards\/3\.4a\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action 3.4a');
  await expect(page.locator('.aw-statement')).toHaveText('develops and nurtures leadership potential in others to build the leadership capacity of the school');
  await expect(page.getByRole('link', { name: 'Actions' })).toHaveAttribute('href', /developing-and-working-with-others\/#actions$/);

  await page.getByRole('link', { name: 'Rhondda Cynon Taf’s Aspiring Leaders Programme' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhondda Cynon Taf’s Aspiring Leaders Programme');
  await expect(page.getByText('All of the staff who engaged in the recent programme have secured leadership posts.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Source' })).toContainText('Estyn');
  await expect(page.getByRole('region', { name: 'Standards this case study illustrates' }).getByRole('link', { name: '3.4a' })).toBeVisible();

  await page.goto('./standards/3.4a/');
  await page.getByRole('link', { name: 'Guidance on developing staff as future leaders' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('R6: Guidance on developing staff as future leaders');
  await expect(page.locator('.aw-recommendation-text')).toContainText('provide guidance for experienced school leaders on developing their staff as future leaders');
  await expect(page.getByRole('region', { name: 'Source' })).toContainText('Best Practice in Leadership Development in Schools');
});

test('a statement page names its neighbours and its key area', async ({ page }) => {
  await page.goto('./standards/1.19/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statement 1.19');
  const pager = page.getByRole('navigation', { name: 'Other items' });
  await expect(pager.getByRole('link', { name: /Previous\s*1\.18/ })).toBeVisible();
  await pager.getByRole('link', { name: /Next\s*1\.1a/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action 1.1a');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Key area 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Creating Strategic Direction');
});

test('key area 2 keeps the source gap at 2.12', async ({ page }) => {
  await page.goto('./standards/leading-learning-and-teaching/');
  const numbers = await page.locator('#personal-qualities-and-values ~ ol').first().locator('.aw-item-list__number').allTextContents();
  expect(numbers).toEqual(['2.10', '2.11', '2.13', '2.14', '2.15', '2.16', '2.17', '2.18']);
  const response = await page.goto('./standards/2.12/');
  expect(response?.status()).toBe(404);
});

test('all standards are listed on one page, grouped by key area', async ({ page }) => {
  await page.goto('./standards/');
  await expect(page.locator('.aw-item-list li')).toHaveCount(172);
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(6);
});

test('recommendations are grouped by source and by audience @content', async ({ page }) => {
  await page.goto('./recommendations/');
  // The groups and their counts, worked out from the content: one group per source (in id order), one per audience.
  const en = useTranslations('en');
  const recommendations = readCollection('en', 'recommendations');
  const sources = readCollection(undefined, 'sources');
  const heading = (name: string, count: number) => new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\(${en.plural('recommendations.count', count)}\\)`);
  const sourceIds = [...new Set(recommendations.map((r) => String(r.data.source)))].sort((a, b) => a.localeCompare(b));
  const bySource = page.getByRole('region', { name: 'By source' });
  await expect(bySource.getByRole('heading', { level: 3 })).toHaveText(
    sourceIds.map((id) => {
      const source = sources.find((s) => s.slug === id)!;
      return heading(`${String(source.data.publisher)}: ${String(source.data.title)}`, recommendations.filter((r) => r.data.source === id).length);
    }),
  );
  const byAudience = page.getByRole('region', { name: 'By audience' });
  await expect(byAudience.getByRole('heading', { level: 3 })).toHaveText(
    (['national', 'local-authorities-and-consortia', 'schools'] as const).map((audience) => heading(en(`audience.${audience}`), recommendations.filter((r) => r.data.audience === audience).length)),
  );
});

test('the continuum has twelve stages from ITT to Executive Head Teacher', async ({ page }) => {
  await page.goto('./continuum/');
  const stages = page.locator('.aw-continuum__name');
  await expect(stages).toHaveCount(12);
  await expect(stages.first()).toHaveText('ITT');
  await expect(stages.last()).toHaveText('Executive Head Teacher');
  await expect(page.getByText('Preparation for teachers aspiring to become middle leaders')).toBeVisible();
});

test('the about page explains the portfolio approach', async ({ page }) => {
  await page.goto('./about/');
  await expect(page.getByRole('heading', { name: 'The portfolio approach' })).toBeVisible();
  await expect(page.getByText(/without becoming bureaucratic/)).toBeVisible();
});

test('an unknown address shows a useful page not found in both languages @mobile @subpath', async ({ page }) => {
  const response = await page.goto('./standards/9.9/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('section[lang="cy"] h2')).toHaveText('Tudalen heb ei chanfod');
  await page.getByRole('main').getByRole('link', { name: 'Leadership standards', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership standards');
});

/**
 * The scripts of a page (the site header has none: its Menu is a <details> element),
 * less the offline feature's (issue 24): the service worker's registration, which
 * every page carries inline (a few hundred bytes), and, on the home pages, the
 * inline starter that shows "Make this site available offline" once a worker is
 * ready. Neither does anything for reading the page.
 */
async function pageScripts(page: Page): Promise<string[]> {
  return page
    .locator('script:not([type="application/json"])')
    .evaluateAll((scripts) => scripts.filter((script) => !/sw\.js|offline-download/.test(script.textContent ?? '')).map((script) => script.getAttribute('src') ?? 'inline'));
}

/** The inline scripts that register the service worker, by their length in characters. */
async function registrations(page: Page): Promise<number[]> {
  return page.locator('script:not([src])').evaluateAll((scripts) => scripts.filter((script) => (script.textContent ?? '').includes('sw.js')).map((script) => (script.textContent ?? '').length));
}

test('content pages ship no JavaScript but the worker’s small registration, and work with it turned off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['./', './case-studies/ofsted-national-support-schools/', './recommendations/', './continuum/', './about/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await pageScripts(page), path).toEqual([]);
    const registration = await registrations(page);
    expect(registration, path).toHaveLength(1);
    expect(registration[0], `${path}: the registration's characters`).toBeLessThanOrEqual(600);
  }
  // A key area page loads a script only in a build without the site's address, to complete
  // the embed code's address; without it the code shows the path.
  await page.goto('./standards/managing-the-school/');
  expect((await pageScripts(page)).length).toBeLessThanOrEqual(1);
  await page.getByText('Embed this on your intranet').click();
  await expect(page.locator('details.aw-embed-snippet pre code')).toContainText(/src="(https:\/\/[^"]+)?\/embed\/standards\/managing-the-school\/"/);
  // Statement pages carry one small inline script for the copy buttons (and, without the site's
  // address, the key area's one); without them the address and citation are plain text.
  await page.goto('./cy/standards/1.14/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datganiad 1.14');
  const scripts = await pageScripts(page);
  expect(scripts.length).toBeGreaterThanOrEqual(1);
  expect(scripts.length).toBeLessThanOrEqual(2);
  expect(scripts.every((src) => src === 'inline')).toBe(true);
  await expect(page.locator('[data-aw-share-text="citation"]')).toContainText('Safonau Arweinyddiaeth Drafft');
  await expect(page.getByRole('button', { name: 'Copïo’r ddolen' })).toBeHidden();
  await context.close();
});

test('every page says its language; Welsh pages mark English fallback text', async ({ page }) => {
  await page.goto('./standards/1.14/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page).toHaveURL(/\/cy\/standards\/1\.14\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datganiad 1.14');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/standards\/1\.14\/$/);
});

test('copy link and copy citation put plain text on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./standards/3.4a/');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-aw-share-status]')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/standards\/3\.4a\/$/);
  await page.getByRole('button', { name: 'Copy citation' }).click();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toMatch(
    /^Action 3\.4a: develops and nurtures leadership potential in others to build the leadership capacity of the school\. Key area 3: Developing and Working with Others\. Draft Leadership Standards, Consortium Leadership Projects \(2011\)\. https?:\/\/.+\/standards\/3\.4a\/$/,
  );
  expect(baseURL).toBeTruthy();
});
