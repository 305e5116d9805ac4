import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHARED_FORMAT, sharedText, type SharedReview } from '../../src/lib/review/shared-format';
import { card, keptCohort, startReview } from './review-helpers';
import { makeZip } from '../fixtures/zip';

/*
 * Sharing reviews with a programme and the programme lead's cohort view
 * (/review/cohort/): three reviews made and shared, loaded with a bad file and
 * a duplicate, the figures under the small-cell rule, the named-person view,
 * CSV, printing, the Welsh page and axe with a cohort loaded, and a .zip of
 * the shared folder read as the files themselves.
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
  // 1.14: all three at Secure. The other levels are 0, which the total gives away anyway, so they are shown (changed by design: "fewer than 3" for a
  // figure the total gives as 0 hid nothing).
  await expect(row(page, items, /^1\.14/).getByRole('cell')).toHaveText(['0', '0', '3', '0', '3']);
  // 3.4a: two Developing, one Leading. Every level is under 3, and so is "not reviewed" (0): all hidden, and the number who reviewed it too, since
  // it would say how many did not (changed by design: one label for every hidden figure, so "hidden" never says whether anyone is there).
  await expect(row(page, items, /^3\.4a/).getByRole('cell')).toHaveText(Array(5).fill('not shown'));
  await expect(row(page, 'most often chosen as priorities', /^3\.4a/).getByRole('cell')).toHaveText(['3']);
  await expect(page.locator('svg.aw-cohort-heat').first()).toHaveAttribute('role', 'img');

  // Raising the threshold hides what was shown.
  await page.getByLabel('Smallest number of people a figure may show').fill('4');
  await page.getByLabel('Smallest number of people a figure may show').press('Enter');
  await expect(row(page, items, /^1\.14/).getByRole('cell')).toHaveText(Array(5).fill('not shown'));
  await expect(page.locator('[data-aw-part="too-few"]')).toHaveText('Figures appear once at least 4 reviews are loaded.');

  // Alys added her name, but the other two did not: her levels and the key-area figures would give theirs, so no one is listed (changed by design).
  await expect(page.getByRole('button', { name: 'Show each named person' })).toBeHidden();
  await expect(page.locator('[data-aw-part="people-held"]')).toContainText('fewer than 4 people in a career stage have no name');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the figures (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^arwain-cohort-all-min4-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
  expect(text).toMatch(/^View,All career stages\r?\nThreshold \(people\),4\r?\nMade on,\d{4}-\d{2}-\d{2}\r?\nRule,/);
  expect(text).toContain('1.14,not shown,not shown,not shown,not shown,not shown');
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
  expect(await keptCohort(page)).toBeNull();
  await page.getByText('Compare with an earlier cohort', { exact: true }).click();
  await page.locator('#aw-cohort-earlier-files').setInputFiles(files.slice(0, 1).map((f) => ({ name: f.name, mimeType: 'application/json', buffer: f.buffer })));
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('1 review in the earlier cohort.');
  // Two people joined since: fewer than 3, so the difference would be theirs alone (changed by design: the page showed the two cohorts side by side).
  await expect(page.locator('[data-aw-part="change"]')).toHaveText(/^Change is not shown: fewer than 3 people in this cohort were not in the earlier one/);
  await expect(page.getByRole('table', { name: /People at Secure or Leading/ })).toHaveCount(0);
  await expect(page.locator('[data-aw-part="keep-status"]')).toHaveText('Not kept: the cohort is on this page only, and goes when you close it.');
  await page.getByLabel('Keep this cohort in this browser').check();
  await expect(page.locator('[data-aw-part="keep-status"]')).toHaveText(/^Kept in this browser on .+: 3 in this cohort and 1 in the earlier one\.$/);
  expect(await keptCohort(page)).not.toBeNull();
  await page.reload();
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('3 reviews in this cohort.');
  await expect(page.locator('[data-aw-part="keep-status"]')).toHaveText(/^Kept in this browser on .+: 3 in this cohort and 1 in the earlier one\.$/);
  await page.getByRole('button', { name: 'Clear the cohort' }).click();
  await expect(page.locator('[data-aw-part="summary"]')).toHaveText('No reviews are loaded yet.');
  expect(await keptCohort(page)).toBeNull();
});

test('the Welsh cohort view says "heb ei ddangos" and what it hides, has no axe violations with a cohort loaded, and fits 320 px @mobile', async ({ page }) => {
  // Every one of the 172 items has its row now (listing only those reviewed said who reviewed what): axe takes longer on a busy machine.
  test.slow();
  const files = madeFiles();
  await loadCohort(page, files, './cy/review/cohort/');
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('3 o adolygiadau yn y garfan hon.');
  await expect(page.getByRole('cell', { name: 'heb ei ddangos' }).first()).toBeVisible();
  await expect(page.locator('[data-aw-part="rule-text"]')).toContainText('Nid oes yr un ffigur ar y dudalen hon am lai na 3 o bobl');
  await expect(page.getByText('Cadarn').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= 320)).toBe(true);
});

test('a .zip of the shared folder gives the same figures as the files themselves, in both inputs; a bad .zip and a bad entry are named, in English and Welsh', async ({ page }) => {
  test.slow();
  const files = madeFiles();
  await loadCohort(page, files);
  const summary = page.locator('[data-aw-part="summary"]');
  const results = page.locator('[data-aw-part="results"]');
  await expect(summary).toContainText('3 reviews in this cohort.');
  await expect(page.locator('#aw-cohort-files')).toHaveAttribute('accept', /\.zip,application\/zip/);
  await expect(page.locator('#aw-cohort-files-hint')).toContainText('or a .zip file of the folder that holds them');
  const loose = await results.innerText();

  // As SharePoint or Google Drive gives the folder: a folder entry, one file stored, what macOS adds, and a comment.
  const folder = makeZip(
    [{ name: 'Cohort 2026/' }, ...files.map((f, k) => ({ name: `Cohort 2026/${f.name}`, data: f.buffer, method: k === 1 ? 0 : 8 })), { name: '__MACOSX/Cohort 2026/._alys.json', data: 'mac' }],
    { comment: 'Downloaded from the programme folder' },
  );
  await page.goto('./review/cohort/');
  await page.locator('#aw-cohort-files').setInputFiles([{ name: 'Cohort 2026.zip', mimeType: 'application/zip', buffer: folder }]);
  await expect(summary).toContainText('3 reviews in this cohort.');
  await expect(page.locator('[data-aw-part="status"]')).toHaveText('3 files added.');
  expect(await results.innerText()).toBe(loose);
  await expect(page.locator('[data-aw-part="skipped"]')).toBeHidden();

  // The earlier cohort's input takes a .zip too; a person already there is named as with loose files; a bad entry is named and the rest read.
  await page.getByText('Compare with an earlier cohort', { exact: true }).click();
  const earlier = makeZip([
    { name: 'Earlier/alys.json', data: files[0]!.buffer },
    { name: 'Earlier/alys-copy.json', data: files[0]!.buffer },
    { name: 'Earlier/secret.json', data: files[1]!.buffer, flags: 1 },
  ]);
  await page.locator('#aw-cohort-earlier-files').setInputFiles([
    { name: 'Earlier.zip', mimeType: 'application/zip', buffer: earlier },
    { name: 'broken.zip', mimeType: 'application/zip', buffer: folder.subarray(0, folder.length - 40) },
  ]);
  await expect(summary).toContainText('1 review in the earlier cohort.');
  await expect(page.locator('[data-aw-part="skipped"]').getByRole('listitem')).toHaveText([
    'Earlier.zip/Earlier/alys-copy.json: the same review is already loaded from Earlier.zip/Earlier/alys.json.',
    'Earlier.zip/Earlier/secret.json: it is protected by a password in the .zip file. Zip the folder again without a password.',
    'broken.zip: it is not a .zip file that can be read: it may be damaged or not fully downloaded.',
  ]);

  // In Welsh, at 320 px, with a long path that has no space to wrap at.
  await page.goto('./cy/review/cohort/');
  await page.locator('#aw-cohort-files').setInputFiles([
    {
      name: 'Carfan_Rhaglen_Arweinyddiaeth_Ganol_2026.zip',
      mimeType: 'application/zip',
      buffer: makeZip([{ name: 'Carfan_Rhaglen_Arweinyddiaeth_Ganol_2026/bzip.json', data: '{}', method: 12 }, ...files.map((f) => ({ name: f.name, data: f.buffer }))]),
    },
    { name: 'drwg.zip', mimeType: 'application/zip', buffer: Buffer.from('nid zip') },
  ]);
  await expect(summary).toContainText('3 o adolygiadau yn y garfan hon.');
  await expect(page.locator('[data-aw-part="skipped"]').getByRole('listitem')).toHaveText([
    'Ffeil Carfan_Rhaglen_Arweinyddiaeth_Ganol_2026.zip/Carfan_Rhaglen_Arweinyddiaeth_Ganol_2026/bzip.json: mae wedi’i chywasgu mewn ffordd na all y dudalen hon ei darllen (dull 12). Gwnewch ffeil zip o’r ffolder eto gyda’r gosodiadau arferol.',
    'Ffeil drwg.zip: nid yw’n ffeil zip y gellir ei darllen: efallai ei bod wedi’i difrodi neu heb ei lawrlwytho’n llawn.',
  ]);
  await expect(page.locator('#aw-cohort-files-hint')).toContainText('neu ffeil zip o’r ffolder sy’n eu cynnwys');
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= 320)).toBe(true);
});
