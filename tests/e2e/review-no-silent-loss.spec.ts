import { expect, test } from './fixtures';
import { card, startReview, stored } from './review-helpers';

/*
 * The review never loses work in silence (issue 24, item 7): an action whose
 * code cannot be loaded says so and offers to reload; a full storage guards
 * leaving the page and names, after a reload, what was not saved; `?add=` from
 * another site changes nothing until the person says yes.
 */

// These pages run without the service worker, as in a browser that has none: with it, the code is
// already kept (precached) and the action works offline; without it, the failure must be said.
test.use({ serviceWorkers: 'block' });

test('an action whose code is gone (a tab older than the deployment) says so and offers to reload @subpath', async ({ page }) => {
  await page.goto('./review/');
  await startReview(page, { start: /Only the actions/ });
  // The site was updated since the page opened: its old files are gone.
  await page.route('**/_astro/csv-export*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.getByRole('button', { name: /Export this review for a spreadsheet/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This part of the page could not be loaded: you may be offline, or the site has been updated since you opened this page. Your reviews are safe.');
  await page.unroute('**/_astro/csv-export*.js');
  await alert.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.getByRole('alert')).toBeEmpty();
  await expect(page.locator('#aw-review-items-heading')).toBeVisible();
});

test('the same in Welsh', async ({ page }) => {
  await page.goto('./cy/review/');
  await page.locator('#aw-review-new-start-none').check();
  await page.getByRole('button', { name: 'Dechrau’r adolygiad' }).click();
  await page.route('**/_astro/csv-export*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.getByRole('button', { name: /taenlen/ }).click();
  await expect(page.getByRole('alert')).toContainText('Nid oedd modd llwytho’r rhan hon o’r dudalen');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Ail-lwytho’r dudalen' })).toBeVisible();
});

test('changes made while the storage is full: leaving asks first, and after a reload the page names what was lost', async ({ page }) => {
  await page.goto('./review/');
  await startReview(page, { start: /Only the actions/ });
  const saved = await stored(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  for (const number of ['1.1a', '2.1a', '3.1a']) await card(page, number).getByRole('radio', { name: 'Secure' }).check();
  await expect(page.getByRole('alert')).toHaveText(/has not been saved: this browser’s storage for the site is full/);
  // The changes stay on the page.
  await expect(card(page, '2.1a').getByRole('radio', { name: 'Secure' })).toBeChecked();

  // Leaving asks first (the browser's own "Leave site?" question).
  const asks = await page.evaluate(() => {
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    return leaving.defaultPrevented;
  });
  expect(asks).toBe(true);

  // Leaving anyway: after the reload, the page says which changes were not kept.
  page.once('dialog', (next) => void next.accept());
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(/^When you last used this page, changes to 1\.1a, 2\.1a, 3\.1a could not be saved because this browser’s storage was full\./);
  expect(await stored(page)).toBe(saved);
});

test('?add= from another site changes nothing until the person says yes @subpath', async ({ page }) => {
  await page.goto('./review/');
  await startReview(page, { title: 'Mine', start: /Only the actions/ });
  const before = await stored(page);
  await page.goto('./review/?add=3.4');
  const question = page.getByRole('group', { name: 'Add 3.4 to your review “Mine”?' });
  await expect(question).toBeVisible();
  expect(await stored(page)).toBe(before);
  await question.getByRole('button', { name: 'Add 3.4' }).click();
  await expect(card(page, '3.4')).toBeFocused();
  expect(JSON.parse((await stored(page))!).reviews[0].items.map((i: { number: string }) => i.number)).toContain('3.4');
});
