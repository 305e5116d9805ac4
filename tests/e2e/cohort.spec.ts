import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHARED_FORMAT, sharedText, type SharedReview } from '../../src/lib/cohort/shared-format';
import { card, startReview } from './review-helpers';

/*
 * Sharing reviews with a programme and the programme lead's cohort view
 * (/review/cohort/): three reviews made and shared, loaded with a bad file and
 * a duplicate, the figures under the small-cell rule, the named-person view,
 * CSV, printing, the Welsh page and axe with a cohort loaded.
 */

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
});

type Shared = { name: string; buffer: Buffer };

/** Starts a review, sets two levels and a priority, and downloads its shared file. */
async function makeAndShare(page: Page, title: string, level34a: 'Developing' | 'Leading', name = ''): Promise<Shared> {
  // Items one by one, not all 172: three reviews stay quick on a busy machine.
  await startReview(page, { title, start: /None yet/ });
  for (const number of ['1.14', '3.4a']) {
    await page.getByLabel('Add a statement or action').selectOption(number);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(card(page, number)).toBeFocused();
  }
  await card(page, '1.14').getByRole('radio', { name: 'Secure' }).check();
  await card(page, '3.4a').getByRole('radio', { name: level34a }).check();
  await card(page, '3.4a')
    .getByRole('checkbox', { name: /priority/i })
    .check();
  await page.getByLabel('Your name (optional)').fill(name);
  await page.getByRole('button', { name: 'Show what will be shared' }).click();
  const preview = page.locator('[data-aw-part="share-file"]');
  await expect(preview).toContainText('"format": "arwain-shared-review"');
  await expect(preview).not.toContainText(title);
  if (name) await expect(preview).toContainText(`"name": "${name}"`);
  else await expect(preview).not.toContainText('"name"');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the file to share' }).click()]);
  const buffer = readFileSync(await download.path());
  expect(buffer.toString('utf8')).toBe(await preview.textContent());
  return { name: `${title}.json`, buffer };
}

async function threeShared(page: Page): Promise<Shared[]> {
  await page.goto('./review/');
  await expect(page.getByRole('heading', { name: 'Share with my programme' })).toBeHidden();
  return [await makeAndShare(page, 'alys', 'Developing', 'Alys Jones'), await makeAndShare(page, 'bryn', 'Developing'), await makeAndShare(page, 'carys', 'Leading')];
}

/** Three shared files as the review makes them, written directly: for the tests that are not about making them. */
function madeFiles(): Shared[] {
  const file = (name: string, level: SharedReview['items'][number]['level'], person?: string): Shared => {
    const shared: SharedReview = {
      format: SHARED_FORMAT,
      version: 1,
      review: `r-${name}`,
      ...(person ? { name: person } : {}),
      stage: null,
      date: '2026-03-01',
      items: [
        { number: '1.14', level: 'secure', priority: false },
        { number: '3.4a', level, priority: true },
      ],
    };
    return { name: `${name}.json`, buffer: Buffer.from(sharedText(shared)) };
  };
  return [file('alys', 'developing', 'Alys Jones'), file('bryn', 'developing'), file('carys', 'leading')];
}

async function loadCohort(page: Page, files: Shared[], path = './review/cohort/') {
  await page.goto(path);
  await page.locator('#aw-cohort-files').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: f.buffer })));
}

const row = (page: Page, table: string, header: string | RegExp) =>
  page
    .locator('table', { has: page.locator('caption', { hasText: table }) })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: header }) });

test('three reviews shared, loaded with a bad file and a duplicate: figures under the small-cell rule, then printed', async ({ page }) => {
  const files = await threeShared(page);
  const bad = {
    name: 'evil.json',
    buffer: Buffer.from('{"format":"arwain-shared-review","version":1,"review":"r-x","name":"<img src=x onerror=alert(1)>","stage":null,"date":"2026-01-01","items":[]}'),
  };
  const copy = { name: 'alys-again.json', buffer: files[0]!.buffer };
  await loadCohort(page, [...files, bad, copy, { name: 'notes.txt', buffer: Buffer.from('hello') }]);
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('3 reviews in this cohort.');
  const skipped = page.locator('[data-aw-part="skipped"]');
  await expect(skipped.getByRole('listitem')).toHaveText([
    /^evil\.json: it contains markup/,
    /^alys-again\.json: the same review is already loaded from alys\.json/,
    /^notes\.txt: it is not a JSON file/,
  ]);
  expect(await page.locator('img').count()).toBe(await page.locator('main img').count());

  const items = 'by statement and action (the same';
  // 1.14: all three at Secure; the other levels have fewer than 3 people.
  await expect(row(page, items, /^1\.14/).getByRole('cell')).toHaveText(['fewer than 3', 'fewer than 3', '3', 'fewer than 3', '3']);
  // 3.4a: two Developing, one Leading: every level is under 3, the total is shown.
  await expect(row(page, items, /^3\.4a/).getByRole('cell')).toHaveText(['fewer than 3', 'fewer than 3', 'fewer than 3', 'fewer than 3', '3']);
  await expect(row(page, 'most often chosen as priorities', /^3\.4a/).getByRole('cell')).toHaveText(['3']);
  await expect(page.locator('svg.aw-cohort-heat').first()).toHaveAttribute('role', 'img');

  // Raising the threshold hides what was shown.
  await page.getByLabel('Smallest number of people a figure may show').fill('4');
  await page.getByLabel('Smallest number of people a figure may show').press('Enter');
  await expect(row(page, items, /^1\.14/).getByRole('cell')).toHaveText(Array(5).fill('fewer than 4'));

  // Only the person who added a name is listed, and only when asked.
  await expect(page.getByRole('table', { name: /Named people/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show each named person' }).click();
  await expect(page.getByRole('table', { name: /Named people/ }).getByRole('rowheader')).toHaveText(['Alys Jones']);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the figures (CSV)' }).click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text).toContain('1.14,fewer than 4,fewer than 4,fewer than 4,fewer than 4,fewer than 4');
  expect(text).not.toMatch(/Alys/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Load the cohort' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print a summary' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'By key area' })).toBeVisible();
  await expect(page.locator('svg.aw-cohort-heat').first()).toBeVisible();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(wide).toBe(false);
});

test('nothing is kept unless the lead asks; kept cohorts come back; change against an earlier cohort', async ({ page }) => {
  const files = madeFiles();
  await loadCohort(page, files);
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('3 reviews');
  expect(await page.evaluate(() => window.localStorage.getItem('arwain.cohort'))).toBeNull();
  await page.getByText('Compare with an earlier cohort').click();
  await page.locator('#aw-cohort-earlier-files').setInputFiles(files.slice(0, 1).map((f) => ({ name: f.name, mimeType: 'application/json', buffer: f.buffer })));
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('1 review in the earlier cohort.');
  // Earlier: 1 person, under 3. Now: all 3 at Secure, but "3 of 3" would say the rest are 0, under 3 too.
  await expect(row(page, 'People at Secure or Leading', /^1\.14/).getByRole('cell')).toHaveText(['fewer than 3', 'not shown', '–']);
  await page.getByLabel('Keep this cohort in this browser').check();
  await page.reload();
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('3 reviews in this cohort.');
  await page.getByRole('button', { name: 'Clear the cohort' }).click();
  await expect(page.locator('[data-aw-part="summary"]')).toHaveText('No reviews are loaded yet.');
  expect(await page.evaluate(() => window.localStorage.getItem('arwain.cohort'))).toBeNull();
});

test('the Welsh cohort view says "llai na 3", has no axe violations with a cohort loaded, and fits 320 px @mobile', async ({ page }) => {
  const files = madeFiles();
  await loadCohort(page, files, './cy/review/cohort/');
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('3 o adolygiadau yn y garfan hon.');
  await expect(page.getByRole('cell', { name: 'llai na 3' }).first()).toBeVisible();
  await expect(page.getByText('Cadarn').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= 320)).toBe(true);
});
