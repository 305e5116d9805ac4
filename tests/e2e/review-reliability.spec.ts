import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addEvidence, card, importFile, startReview, STORE_KEY, stored } from './review-helpers';

/*
 * "My leadership review" under real use: nothing a person has entered is lost
 * near the size limit, to items the standards no longer have, or to a second
 * tab. Each test failed before its fix (issue 14, "four ways to lose work").
 */

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => dialog.accept());
});

type Json = Record<string, any>;

/** Every item number of the standards, from the site's own data file. */
async function itemNumbers(page: Page): Promise<string[]> {
  const data = (await (await page.request.get('./data/standards.json')).json()) as Json;
  return data.keyAreas.flatMap((k: Json) => k.items.map((i: Json) => i.number as string));
}

const serialise = (store: Json) => `${JSON.stringify(store, null, 2)}\n`;
const bytes = (store: Json) => Buffer.byteLength(serialise(store));

/** A review as an earlier version of the tool stored it (format version 1). */
function storedReview(id: string, title: string, items: { number: string; level?: string; notes?: string[] }[]): Json {
  return {
    id,
    title,
    stage: null,
    created: '2025-09-01T09:00:00.000Z',
    updated: '2025-09-01T09:00:00.000Z',
    items: items.map(({ number, level = 'not-started', notes = [] }) => ({
      number,
      level,
      priority: false,
      evidence: notes.map((note, index) => ({ id: `e-${number.replace('.', '-')}-${index}`, note, date: '2025-09-01' })),
      history: [{ on: '2025-09-01', level, priority: false }],
    })),
  };
}

/** Full reviews with evidence, filled to within `margin` bytes below `limit`. */
function storeNear(numbers: string[], limit: number, margin: number): Json {
  const store: Json = { format: 'arwain-review', version: 1, reviews: [] };
  const notes = (i: number) => [`Evidence for this item, review ${i}: ${'minutes and plans on the shared drive. '.repeat(20)}`];
  // The last review, shown when the page opens, is filled a note at a time; full reviews before it.
  const last = storedReview(
    'r-last',
    'The last review',
    numbers.map((number) => ({ number })),
  );
  while (true) {
    const review = storedReview(
      `r-full-${store.reviews.length}`,
      `Review ${store.reviews.length + 1}`,
      numbers.map((number) => ({ number, notes: notes(store.reviews.length) })),
    );
    if (bytes({ ...store, reviews: [...store.reviews, review, last] }) > limit - margin) break;
    store.reviews.push(review);
  }
  store.reviews.push(last);
  for (const item of last.items) {
    const room = limit - margin - bytes(store);
    if (room < 200) break;
    item.evidence.push({ id: `e-last-${item.number.replace('.', '-')}`, note: 'x'.repeat(Math.min(1000, room - 150)), date: '2025-09-01' });
    if (bytes(store) > limit - margin) item.evidence.pop();
  }
  return store;
}

async function storeAndReload(page: Page, text: string) {
  await page.goto('./review/');
  await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [STORE_KEY, text]);
  await page.reload();
}

async function exportJson(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all reviews (JSON)' }).click()]);
  return readFileSync((await download.path()));
}

test('near the size limit a change that would pass it is not made, what was typed stays, and the export imports again', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const limit = 1024 * 1024;
  const store = storeNear(await itemNumbers(page), limit, 600);
  await storeAndReload(page, serialise(store));
  await expect(page.locator('#aw-review-items-heading')).toHaveText('Review: The last review');
  const note = `A long note: ${'the new timetable and its evaluation. '.repeat(26)}`.slice(0, 1000);
  const notes = card(page, '1.1').locator('.aw-review-evidence__note');
  const before = await notes.count();
  await addEvidence(page, '1.1', note);
  await expect(page.getByRole('alert')).toHaveText(/would be larger than 1 MB/);

  // The alert says to export: that file imports again.
  const exported = await exportJson(page);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('./review/');
  await importFile(fresh, 'reviews.json', exported);
  await expect(fresh.locator('#aw-review-import-result')).toHaveText(`Imported reviews.json: ${store.reviews.length} reviews added.`);
  await other.close();

  // Nothing typed is lost, and nothing half-saved is shown.
  await expect(card(page, '1.1').getByLabel('Note')).toHaveValue(note);
  await expect(notes).toHaveCount(before);
});

test('an item the standards no longer have is kept aside and shown, never locking the reviews; the file it exports imports', async ({ page, browser }) => {
  const store = {
    format: 'arwain-review',
    version: 1,
    reviews: [
      storedReview('r-old', 'Old numbering', [
        { number: '1.14', level: 'secure' },
        { number: '9.9', level: 'developing', notes: ['Coached two new teachers through their first term'] },
      ]),
    ],
  };
  await storeAndReload(page, serialise(store));
  await expect(page.locator('#aw-review-items-heading')).toHaveText('Review: Old numbering');
  await expect(page.getByRole('heading', { name: 'Your stored reviews cannot be read' })).toBeHidden();
  await expect(card(page, '1.14').getByRole('radio', { name: 'Secure' })).toBeChecked();
  const gone = page.getByRole('region', { name: 'No longer in the standards' });
  await expect(gone).toBeVisible();
  await expect(card(page, '9.9').getByRole('radio', { name: 'Developing' })).toBeChecked();
  await expect(card(page, '9.9')).toContainText('Coached two new teachers through their first term');
  // The summary counts the items the standards have.
  await expect(
    page
      .getByRole('table', { name: /at each level, by key area/ })
      .getByRole('row', { name: /^Total/ })
      .getByRole('cell'),
  ).toHaveText(['0', '0', '1', '0', '1']);

  const exported = await exportJson(page);
  expect(JSON.parse(exported.toString('utf8')).reviews[0].items.map((i: Json) => i.number)).toEqual(['1.14', '9.9']);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('./review/');
  await importFile(fresh, 'old.json', exported);
  await expect(fresh.locator('#aw-review-import-result')).toHaveText('Imported old.json: 1 review added; 1 statement or action no longer in the standards kept with its review.');
  await expect(card(fresh, '9.9')).toContainText('Coached two new teachers through their first term');
  await other.close();
});

/** Clicks a level in a page's card at once, from inside the page, so two tabs can click at the same moment. */
const clickLevel = (page: Page, number: string, level: string) => page.evaluate(([n, l]) => document.querySelector<HTMLInputElement>(`[id="aw-r-${n}"] input[value="${l}"]`)!.click(), [number, level]);

test('two tabs: a change in one keeps what is being typed in the other, and changes made at the same moment are all kept', async ({ context }) => {
  test.setTimeout(120_000);
  const first = await context.newPage();
  await first.goto('./review/');
  await startReview(first, { title: 'Two tabs', start: /Only the actions/ });
  const second = await context.newPage();
  await second.goto('./review/');
  await expect(card(second, '1.1a')).toBeVisible();

  // In the second tab, a half-typed name and a half-typed note, with the focus in the note.
  await second.getByText('Change the name or stage').click();
  await second.locator('#aw-review-details-title').fill('Half-typed name');
  await card(second, '1.1a').getByText('Add evidence').click();
  await card(second, '1.1a').getByLabel('Note').fill('Half-typed note');
  await card(first, '2.1a').getByRole('radio', { name: 'Leading' }).check();
  await expect(card(second, '2.1a').getByRole('radio', { name: 'Leading' })).toBeChecked();
  await expect(card(second, '1.1a').getByLabel('Note')).toHaveValue('Half-typed note');
  await expect(card(second, '1.1a').getByLabel('Note')).toBeFocused();
  await expect(second.locator('#aw-review-details-title')).toHaveValue('Half-typed name');
  await expect(second.locator('#aw-review-details-title')).toBeVisible();
  await expect(second.locator('#aw-review-items-heading')).toHaveText('Review: Two tabs');
  await card(second, '1.1a')
    .getByRole('button', { name: /Add this evidence/ })
    .click();
  await expect(card(first, '1.1a').locator('.aw-review-evidence__note')).toHaveText('Half-typed note');

  // Changes to different items in both tabs at the same moment: every one is kept, in both tabs and in storage.
  const pairs = [
    ['1.2a', '3.1a'],
    ['1.3a', '3.2a'],
    ['1.4a', '3.3a'],
    ['2.2a', '4.1a'],
  ] as const;
  for (const [a, b] of pairs) await Promise.all([clickLevel(first, a, 'secure'), clickLevel(second, b, 'developing')]);
  const expected = Object.fromEntries([...pairs.map(([a]) => [a, 'secure']), ...pairs.map(([, b]) => [b, 'developing']), ['2.1a', 'leading']]);
  const levels = async (page: Page) => {
    const items = JSON.parse((await stored(page))!).reviews[0].items as Json[];
    return Object.fromEntries(items.filter((i) => i.number in expected).map((i) => [i.number, i.level]));
  };
  await expect.poll(() => levels(first)).toEqual(expected);
  for (const page of [first, second]) {
    for (const [number, level] of Object.entries(expected)) await expect(card(page, number).locator(`input[value="${level}"]`)).toBeChecked();
  }
});
