import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/* What the review's browser tests share: finding a card, reading the storage, starting a review, adding evidence, importing. */

/** The reviews' storage name carries the site's base path (issue 24), so two copies on one host keep apart. */
export const STORE_KEY = `arwain.reviews@${process.env['ARWAIN_BASE'] ?? '/'}`;
/** The kept cohort's storage name, with the base path likewise. */
export const COHORT_KEY = `arwain.cohort@${process.env['ARWAIN_BASE'] ?? '/'}`;
/** What the browser keeps under the cohort's storage name (null when nothing is kept). */
export const keptCohort = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), COHORT_KEY);

export const card = (page: Page, number: string): Locator => page.locator(`[id="aw-r-${number}"]`);
export const stored = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), STORE_KEY);

export async function startReview(page: Page, options: { title?: string; start?: RegExp } = {}) {
  const form = page.getByRole('form', { name: 'Start a new review' });
  if (!(await form.isVisible())) await page.getByRole('button', { name: 'Start a new review' }).click();
  if (options.title) await form.getByLabel('Name of the review').fill(options.title);
  if (options.start) await form.getByLabel(options.start).check();
  await form.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.locator('#aw-review-items-heading')).toBeFocused();
}

export async function addEvidence(page: Page, number: string, note: string, url = '') {
  const item = card(page, number);
  await item.getByText('Add evidence').click();
  await item.getByLabel('Note').fill(note);
  if (url) await item.getByLabel('Link (optional)').fill(url);
  await item.getByRole('button', { name: /Add this evidence/ }).click();
}

/** Chooses the option whose text starts with `text` (option texts end with the date a review was started). */
export async function choose(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value);
}

export async function importFile(page: Page, name: string, buffer: Buffer, mimeType = 'application/json') {
  await page.getByLabel('A file exported from this page').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}
