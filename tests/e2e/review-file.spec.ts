import { expect, test, type Page } from '@playwright/test';
import { doubleThePicker } from './file-double';
import { card, startReview, stored } from './review-helpers';

/*
 * "Keep my reviews in a file" (issue 24): the browser's file picker is replaced
 * by a test double. It hands out a real file handle in the page's private file
 * system (the Origin Private File System), so the handle can be kept in
 * IndexedDB and written like a file a person chose; the test reads that file
 * back. Permission prompts and write failures are doubled too: what the browser
 * answers is set in sessionStorage, and every request is counted.
 */

test.describe.configure({ mode: 'parallel' });

const FILE = 'arwain-reviews.json';

/** The text of the chosen file, or '' before anything is written. */
const fileText = (page: Page) =>
  page.evaluate(async (name) => {
    try {
      return await (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text();
    } catch {
      return '';
    }
  }, FILE);

const levelInFile = async (page: Page, number: string) => {
  const text = await fileText(page);
  if (!text) return undefined;
  const store = JSON.parse(text) as { reviews: { items: { number: string; level?: string }[] }[] };
  return store.reviews[0]?.items.find((item) => item.number === number)?.level ?? null;
};

test('every change is written to the chosen file; a later visit offers it again and asks permission again @subpath', async ({ page }) => {
  await doubleThePicker(page);
  await page.goto('./review/');
  const section = page.getByRole('group', { name: 'Keep your reviews in a file' });
  await expect(section).toBeVisible();
  await startReview(page, { title: 'Review 2026' });
  await section.getByRole('button', { name: 'Keep my reviews in a file' }).click();
  await expect(section).toContainText(`Every change is also written to the file “${FILE}”.`);
  await expect.poll(() => levelInFile(page, '1.14')).toBe('not-started');
  const file = JSON.parse(await fileText(page)) as { format: string; reviews: { title: string }[] };
  expect(file.format).toBe('arwain-review');
  expect(file.reviews[0]?.title).toBe('Review 2026');

  await card(page, '1.14').getByRole('radio', { name: 'Secure' }).check();
  await expect.poll(() => levelInFile(page, '1.14')).toBe('secure');
  await card(page, '1.14').getByRole('radio', { name: 'Developing' }).check();
  await expect.poll(() => levelInFile(page, '1.14')).toBe('developing');
  await expect(section).toContainText(/Last written to the file at /);

  await page.reload();
  await expect(section).toContainText(`On your last visit, your reviews were also kept in the file “${FILE}”.`);
  expect(await page.evaluate(() => sessionStorage.getItem('test.asked'))).toBeNull();
  await section.getByRole('button', { name: `Carry on keeping them in “${FILE}”` }).click();
  await expect(section).toContainText(`Every change is also written to the file “${FILE}”.`);
  expect(await page.evaluate(() => sessionStorage.getItem('test.asked'))).toBe('1');
  await card(page, '1.14').getByRole('radio', { name: 'Leading' }).check();
  await expect.poll(() => levelInFile(page, '1.14')).toBe('leading');

  await section.getByRole('button', { name: 'Stop keeping them in a file' }).click();
  await expect(page.locator('[data-aw-part="status"]')).toHaveText('Your reviews are no longer written to a file. The file itself has not been changed.');
  await card(page, '1.14').getByRole('radio', { name: 'Secure' }).check();
  await page.reload();
  await expect(section.getByRole('button', { name: 'Keep my reviews in a file' })).toBeVisible();
  await expect(section.getByRole('button', { name: /Carry on/ })).toBeHidden();
  expect(await levelInFile(page, '1.14')).toBe('leading');
});

test('a write that fails says so and the browser keeps its copy; a refused permission says so too', async ({ page }) => {
  await doubleThePicker(page);
  await page.goto('./review/');
  await startReview(page, { title: 'Review 2026' });
  const section = page.getByRole('group', { name: 'Keep your reviews in a file' });
  await section.getByRole('button', { name: 'Keep my reviews in a file' }).click();
  await expect(section).toContainText(`Every change is also written to the file “${FILE}”.`);
  await expect.poll(() => levelInFile(page, '1.14')).toBe('not-started');

  await page.evaluate(() => sessionStorage.setItem('test.failWrites', '1'));
  await card(page, '1.14').getByRole('radio', { name: 'Secure' }).check();
  await expect(section.getByRole('alert')).toHaveText(
    `Your reviews could not be written to the file “${FILE}”. They are still kept in this browser. Choose the file again to carry on, or export them.`,
  );
  expect(await levelInFile(page, '1.14')).toBe('not-started');
  expect(await stored(page)).toContain('"secure"');

  // The disk has room again: carrying on writes what the browser kept.
  await page.evaluate(() => sessionStorage.removeItem('test.failWrites'));
  await section.getByRole('button', { name: `Carry on keeping them in “${FILE}”` }).click();
  await expect.poll(() => levelInFile(page, '1.14')).toBe('secure');
  await expect(section.getByRole('alert')).toBeHidden();

  await page.evaluate(() => sessionStorage.setItem('test.answer', 'denied'));
  await page.reload();
  await section.getByRole('button', { name: `Carry on keeping them in “${FILE}”` }).click();
  await expect(section.getByRole('alert')).toHaveText(`The site was not allowed to write to “${FILE}”. Your reviews are kept in this browser only.`);
  await card(page, '1.14').getByRole('radio', { name: 'Leading' }).check();
  expect(await levelInFile(page, '1.14')).toBe('secure');
});

test('in Welsh; and where the browser has no File System Access API, the section is not shown', async ({ page, browser }) => {
  await doubleThePicker(page);
  await page.goto('./cy/review/');
  const section = page.getByRole('group', { name: 'Cadw eich adolygiadau mewn ffeil' });
  await expect(section).toBeVisible();
  await section.getByRole('button', { name: 'Cadw fy adolygiadau mewn ffeil' }).click();
  await expect(section).toContainText(`Mae pob newid hefyd yn cael ei ysgrifennu i’r ffeil “${FILE}”.`);
  await expect(section.getByRole('button', { name: 'Dewis ffeil arall' })).toBeVisible();

  const other = await browser.newPage();
  await other.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>)['showSaveFilePicker'];
    delete (Window.prototype as unknown as Record<string, unknown>)['showSaveFilePicker'];
  });
  await other.goto(page.url().replace(/cy\/review\/.*$/, 'review/'));
  await expect(other.getByRole('button', { name: 'Export all reviews (JSON)' })).toBeVisible();
  await expect(other.locator('[data-aw-part="file-section"]')).toBeHidden();
  await other.close();
});
