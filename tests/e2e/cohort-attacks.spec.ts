import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHARED_FORMAT, sharedText, type SharedReview } from '../../src/lib/cohort/shared-format';
import type { Level } from '../../src/lib/review/model';
import { COHORT_KEY, keptCohort } from './review-helpers';

/*
 * The cohort view attacked as a careful (or curious) programme lead would,
 * with only what the page offers: all stages less the other stages, an
 * earlier cohort one person apart, named people less the rest, small counts
 * inside one table, priorities, pairs of CSV exports; and "keep" when the
 * cohort is too large. Any figure about 1 or 2 people that can be worked out
 * fails the test. Then the worker under the site's CSP and a sub-path.
 */

const LEVELS: Level[] = ['not-started', 'developing', 'secure', 'leading'];
const ITEMS = ['1.1', '1.2', '1.3', '2.1', '3.4a'];
type Shared = { name: string; mimeType: string; buffer: Buffer };

/** A person whose levels follow `seed`, so that small counts turn up in every table. */
function person(id: string, seed: number, options: { stage?: string | null; name?: string; priority?: string[] } = {}): SharedReview {
  return {
    format: SHARED_FORMAT,
    version: 1,
    review: `r-${id}`,
    ...(options.name ? { name: options.name } : {}),
    stage: options.stage ?? null,
    date: '2026-03-01',
    items: ITEMS.map((number, i) => ({ number, level: LEVELS[(seed * 7 + i * 3 + (seed % 5 === 0 ? 1 : 0)) % 4]!, priority: options.priority?.includes(number) ?? false })),
  };
}

const file = (shared: SharedReview): Shared => ({ name: `${shared.review}.json`, mimeType: 'application/json', buffer: Buffer.from(sharedText(shared)) });
const people = (prefix: string, count: number, options: Parameters<typeof person>[2] = {}) => Array.from({ length: count }, (_, i) => person(`${prefix}-${i}`, i, options));

async function open(page: Page): Promise<void> {
  await page.goto('./review/cohort/');
  await page.locator('[data-aw-island="cohort"][data-aw-ready]').waitFor();
}

async function load(page: Page, list: SharedReview[], into: 'files' | 'earlier-files' = 'files'): Promise<void> {
  await page.locator(into === 'files' ? '#aw-cohort-files' : '#aw-cohort-earlier-files').setInputFiles(list.map(file));
}

/** Every item row of the items table: its figures, null where not shown (read in one go: 172 rows). */
async function itemFigures(page: Page): Promise<Map<string, (number | null)[]>> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: 'by statement and action (the same' }) });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const rows = await table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map(
      (row) => [(row.querySelector('th')?.textContent ?? '').trim().split(' ')[0] ?? '', [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')] as const,
    ),
  );
  return new Map(rows.map(([key, cells]) => [key, cells.map((c) => (c === 'not shown' ? null : Number(c)))]));
}

const safe = (n: number) => n === 0 || n >= 3;

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
});

test('all stages less the other stages: a stage of one person is never offered, and nothing about them can be worked out', async ({ page }) => {
  await open(page);
  const cohort = [...people('itt', 249, { stage: 'itt' }), ...people('nqt', 248, { stage: 'nqt' }), person('alone', 3, { stage: 'middle-leaders' })];
  await load(page, cohort);
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('498 reviews in this cohort.');
  await expect(page.getByLabel('Career stage').locator('option')).toHaveText(['All career stages']);
  await expect(page.locator('[data-aw-part="stage-note"]')).toHaveText(
    'Career stages are not offered one by one: at least one stage has fewer than 3 people, whose figures the others would give away.',
  );
  for (const [key, cells] of await itemFigures(page)) for (const c of cells) if (c !== null) expect(safe(c), `${key}: ${c}`).toBe(true);
});

test('stage views and CSV pairs: all stages less the others gives 0 or at least 3 in every figure, and each CSV says which view it is', async ({ page }) => {
  await open(page);
  const cohort = [...people('a', 4, { stage: 'itt' }), ...people('b', 5, { stage: 'nqt' }), ...people('c', 3, { stage: null })];
  await load(page, cohort);
  await expect(page.getByLabel('Career stage').locator('option')).toHaveCount(4);
  const views = new Map<string, Map<string, (number | null)[]>>();
  const csvs: string[] = [];
  for (const option of await page.getByLabel('Career stage').locator('option').allTextContents()) {
    await page.getByLabel('Career stage').selectOption({ label: option });
    await expect(page.locator('[data-aw-part="view-line"]')).toContainText(`View: ${option}.`);
    views.set(option, await itemFigures(page));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the figures (CSV)' }).click()]);
    // The site's CSV writer starts with a byte-order mark, so that spreadsheets read it as UTF-8.
    const text = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/)[0]).toBe(`View,${option}`);
    csvs.push(text);
  }
  expect(new Set(csvs.map((text) => text.split(/\r?\n/)[0])).size).toBe(4);
  const all = views.get('All career stages')!;
  const stages = [...views.entries()].filter(([name]) => name !== 'All career stages').map(([, v]) => v);
  for (const [key, cells] of all) {
    cells.forEach((cell, c) => {
      if (cell === null) return;
      stages.forEach((_, left) => {
        const others = stages.filter((__, i) => i !== left).map((v) => v.get(key)![c]!);
        if (others.every((o) => o !== null)) expect(safe(cell - others.reduce((s, o) => s + o, 0)), `${key} column ${c}`).toBe(true);
      });
    });
  }
});

test('an earlier cohort one person apart: no change when one joined, only the people in both when one left', async ({ page }) => {
  await open(page);
  const before = people('p', 9);
  await load(page, [...before, person('new', 11)]);
  await load(page, before, 'earlier-files');
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('9 reviews in the earlier cohort.');
  await expect(page.locator('[data-aw-part="change"]')).toContainText('Change is not shown: fewer than 3 people in this cohort were not in the earlier one');

  // Nothing was kept, so a new visit starts empty.
  await open(page);
  await load(page, before);
  await load(page, [...before, person('gone', 11)], 'earlier-files');
  await expect(page.locator('[data-aw-part="change"]')).toContainText('only the people in both cohorts are compared');
  const changes = page
    .locator('table', { has: page.locator('caption', { hasText: 'People at Secure or Leading' }) })
    .last()
    .locator('tbody tr');
  await expect(changes.first()).toBeVisible();
  for (const row of await changes.all()) {
    const [earlier, later] = await row.getByRole('cell').allTextContents();
    // The same people, the same files: the leaver is nowhere in the figures.
    expect(earlier).toBe(later);
  }
});

test('inside one table and in the priorities: hidden figures all look alike, and a priority of one person is not listed', async ({ page }) => {
  // 1.1 chosen by 10 of 14; 2.1 by one person only.
  const cohort = [...people('p', 10, { priority: ['1.1'] }), ...people('q', 3), person('x', 2, { priority: ['2.1'] })];
  await open(page);
  await load(page, cohort);
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('14 reviews in this cohort.');
  await expect(page.locator('[data-aw-part="items"]')).not.toContainText('fewer than');
  for (const [key, cells] of await itemFigures(page)) {
    for (const c of cells) if (c !== null) expect(safe(c), `${key}: ${c}`).toBe(true);
    const reviewed = cells[4];
    if (reviewed !== null && reviewed !== undefined) expect(safe(reviewed - cells.slice(0, 4).reduce<number>((s, c) => s + (c ?? 0), 0)), key).toBe(true);
  }
  const priorities = page.locator('[data-aw-part="priorities"]');
  await expect(priorities.getByRole('rowheader')).toHaveText([/^1\.1 /]);
  await expect(priorities).not.toContainText('2.1');
});

test('named people are listed only when those without a name are none or at least 3', async ({ page }) => {
  await open(page);
  await load(page, [...people('n', 3, { name: 'Named' }), person('u', 4)]);
  await expect(page.locator('[data-aw-part="people-held"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show each named person' })).toBeHidden();
  await load(page, people('v', 2));
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('6 reviews in this cohort.');
  await expect(page.locator('[data-aw-part="people-held"]')).toBeHidden();
  await page.getByRole('button', { name: 'Show each named person' }).click();
  await expect(page.getByRole('table', { name: /Named people/ }).getByRole('rowheader')).toHaveCount(3);
});

test('keep says when a cohort is too large, keeps nothing then (not even an older one), and says what is kept and when', async ({ page }) => {
  // This browser allows the cohort about 2,000 characters: 3 files fit, 9 do not.
  await page.addInitScript((cohortKey) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === cohortKey && value.length > 2000) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  }, COHORT_KEY);
  await open(page);
  await load(page, people('k', 3));
  await page.getByLabel('Keep this cohort in this browser').check();
  await expect(page.locator('[data-aw-part="keep-status"]')).toHaveText(/^Kept in this browser on .+: 3 in this cohort and 0 in the earlier one\.$/);
  await load(page, people('m', 6));
  await expect(page.locator('[data-aw-part="keep-status"]')).toContainText('This cohort cannot be kept in this browser: it needs');
  await expect(page.getByLabel('Keep this cohort in this browser')).not.toBeChecked();
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('9 reviews in this cohort.');
  await page.reload();
  await page.locator('[data-aw-island="cohort"][data-aw-ready]').waitFor();
  await expect(page.locator('[data-aw-part="summary"]')).toHaveText('No reviews are loaded yet.');
  expect(await keptCohort(page)).toBeNull();
});

test('files are read in a worker under the site’s CSP, with progress, at a sub-path too @subpath', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await open(page);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { awProgress: string[] }).awProgress = seen;
    const part = document.querySelector('[data-aw-part="progress"]')!;
    new MutationObserver(() => seen.push(part.textContent ?? '')).observe(part, { childList: true, characterData: true, subtree: true });
  });
  await page.locator('#aw-cohort-files').setInputFiles(people('w', 60).map(file));
  await expect(page.locator('[data-aw-part="summary"]')).toContainText('60 reviews in this cohort.');
  expect(workers.some((url) => /cohort\.worker/.test(url))).toBe(true);
  const seen = await page.evaluate(() => (window as unknown as { awProgress: string[] }).awProgress);
  expect(seen.some((text) => /^Reading \d+ of 60 files…$/.test(text))).toBe(true);
  await expect(page.locator('[data-aw-part="progress"]')).toBeHidden();
});
