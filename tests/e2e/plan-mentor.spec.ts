import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import type { Locale } from '../../src/lib/locales/locales';
import { LIMITS } from '../../src/lib/review/model';
import { expect, test } from './fixtures';
import { STORE_KEY, stored } from './review-helpers';

/*
 * From a review to a plan with a mentor's comments on it (issue 25), in both
 * languages: the mentee plans a step, shares a file with a mentor; the mentor
 * opens it (nothing is fetched once it is open), comments and downloads the
 * comments; the mentee adds them on the review, sees them beside the item and
 * in the plan, and marks one done. A comments file for another review is
 * refused and changes nothing. The plan prints without its controls.
 */

/** Two reviews, a year apart: the second has priorities, and levels that moved since the first. */
function reviews(locale: Locale): string {
  const review = (id: string, year: number, levels: string[]) => ({
    id,
    title: `${locale === 'cy' ? 'Adolygiad' : 'Review'} ${year}`,
    stage: 'new-head-teacher',
    created: `${year}-01-10T09:00:00.000Z`,
    updated: `${year}-03-01T09:00:00.000Z`,
    items: ['1.2', '3.4a', '3.13'].map((number, i) => ({
      number,
      level: levels[i],
      priority: year === 2026 && number === '3.4a',
      evidence: year === 2026 && i === 0 ? [{ id: 'e-1', note: 'A private note about a colleague', date: '2026-02-01' }] : [],
      history: [],
    })),
  });
  return JSON.stringify({
    format: 'arwain-review',
    version: 2,
    reviews: [review('r-2025', 2025, ['secure', 'developing', 'secure']), review('r-2026', 2026, ['developing', 'secure', 'secure'])],
  });
}

const prefix = (locale: Locale) => (locale === 'cy' ? './cy/' : './');

async function keep(page: Page, locale: Locale) {
  await page.addInitScript(
    ([key, value]) => {
      if (window.localStorage.getItem(key!) === null) window.localStorage.setItem(key!, value!);
    },
    [STORE_KEY, reviews(locale)],
  );
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

for (const locale of ['en', 'cy'] as const) {
  test(`mentee → mentor → mentee, in ${locale}`, async ({ page, context }) => {
    const t = useTranslations(locale);
    await keep(page, locale);

    // The plan: priorities first, what to do next as links in the page's language, and a step saved.
    await page.goto(`${prefix(locale)}review/plan/`);
    const priority = page.locator('#aw-plan-priorities li[data-aw-number="3.4a"]');
    await expect(priority.getByRole('heading', { level: 3 })).toContainText('3.4a');
    await expect(priority.getByText(t('plan.level', { level: t('review.level.secure') }))).toBeVisible();
    const links = priority.locator('.aw-plan__next a');
    expect(await links.count()).toBeGreaterThan(2);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      expect(href.startsWith(locale === 'cy' ? '/cy/' : '/') && (locale === 'cy' || !href.startsWith('/cy/'))).toBe(true);
    await expect(priority.locator('a[href$="continuum/#new-head-teacher"]')).toBeVisible();
    await expect(page.locator('#aw-plan-over')).toContainText(t('plan.over.change', { number: '1.2', from: t('review.level.secure'), to: t('review.level.developing') }));
    await expect(page.locator('#aw-plan-over')).toContainText(t('plan.over.change', { number: '3.4a', from: t('review.level.developing'), to: t('review.level.secure') }));
    await priority.getByRole('button', { name: t('plan.step.addFor', { number: '3.4a' }) }).click();
    await priority.getByLabel(t('plan.step.what')).fill('Visit a partner school');
    await priority.getByLabel(t('plan.step.who')).fill('Deputy head');
    await priority.getByLabel(t('plan.step.by')).fill('2026-06-30');
    await priority.getByLabel(t('plan.status.under-way')).check();
    await priority.getByRole('button', { name: t('plan.step.save') }).click();
    await expect(priority.locator('[data-aw-step] .aw-plan__step-what')).toBeFocused();
    await expect(priority.locator('[data-aw-step]')).toContainText(t('plan.status.under-way'));
    await expect(page.locator('#aw-plan-over')).toContainText(t('plan.over.steps', { done: 0, total: 1 }));

    // The review: share with a mentor, seeing exactly what is in the file first.
    await page.goto(`${prefix(locale)}review/`);
    const mentorName = page.getByLabel(t('review.mentor.name'));
    await mentorName.fill('<b>Alys</b>');
    await page.getByRole('button', { name: t('review.mentor.show') }).click();
    await expect(mentorName).toBeFocused();
    await expect(mentorName).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#aw-review-mentor-error')).toHaveText(t('review.mentor.nameProblem', { max: LIMITS.title }));
    await expect(page.locator('[data-aw-part="mentor-preview"]')).toBeHidden();
    await mentorName.fill('Alys');
    await page.getByRole('button', { name: t('review.mentor.show') }).click();
    const preview = page.locator('[data-aw-part="mentor-file"]');
    await expect(preview).toContainText('Visit a partner school');
    await expect(preview).not.toContainText('A private note');
    const shared = await downloaded(page, () => page.getByRole('button', { name: t('review.mentor.download') }).click());
    expect(shared.text).toBe(await preview.textContent());
    expect(shared.name).toMatch(/^arwain-for-mentor-\d{4}-\d{2}-\d{2}\.json$/);

    // The mentor: opens the file (nothing is fetched after that), comments, downloads the comments.
    const mentor = await context.newPage();
    await mentor.goto(`${prefix(locale)}review/mentor/`);
    await expect(mentor.getByText(t('mentor.privacy.heading'))).toBeVisible();
    // The page has finished starting: the service worker controls it and has added the manifest
    // link (site-update.client.ts), which it may do at any moment until then. What is counted
    // below is what opening the file fetches, not the site's own start-up.
    await expect(mentor.locator('link[rel="manifest"]')).toBeAttached({ timeout: 60_000 });
    const requests: string[] = [];
    mentor.on('request', (request) => requests.push(request.url()));
    await mentor.getByLabel(t('mentor.open.label')).setInputFiles({ name: shared.name, mimeType: 'application/json', buffer: Buffer.from(shared.text) });
    await expect(mentor.getByRole('heading', { name: t('mentor.review.heading', { title: `${locale === 'cy' ? 'Adolygiad' : 'Review'} 2026` }) })).toBeFocused();
    await expect(mentor.locator('.aw-plan__step')).toContainText('Visit a partner school');
    await expect(mentor.getByRole('textbox')).toHaveCount(5);
    await mentor.getByLabel(t('mentor.comment.item', { number: '3.4a' })).fill('Ask the partner school for their timetable');
    await mentor.getByLabel(t('mentor.comment.plan')).fill('A realistic plan');
    await mentor.getByLabel(t('mentor.name.label'), { exact: true }).fill('Rhian');
    const comments = await downloaded(mentor, () => mentor.getByRole('button', { name: t('mentor.send.button') }).click());
    expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
    expect(JSON.parse(comments.text)).toMatchObject({ format: 'arwain-mentor-comments', version: 1, review: 'r-2026', mentor: 'Rhian' });

    // The mentee: a file for another review is refused and nothing changes; the right one is added.
    const before = await stored(page);
    const other = comments.text.replace('"r-2026"', '"r-2025"');
    await page.getByLabel(t('review.mentor.import.label')).setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(other) });
    await page.getByRole('button', { name: t('review.mentor.import.button') }).click();
    await expect(page.locator('#aw-review-mentor-import-result')).toContainText(t('review.mentor.problem.intro', { problem: '' }).trim());
    expect(await stored(page)).toBe(before);
    await page.getByLabel(t('review.mentor.import.label')).setInputFiles({ name: comments.name, mimeType: 'application/json', buffer: Buffer.from(comments.text) });
    await page.getByRole('button', { name: t('review.mentor.import.button') }).click();
    await expect(page.locator('#aw-review-mentor-import-result')).toHaveText(t('review.mentor.import.added', { mentor: 'Rhian', count: 2 }));
    const card = page.locator('[id="aw-r-3.4a"]');
    await expect(card.locator('[data-aw-mentor-comments]')).toContainText('Ask the partner school for their timetable');
    await expect(card.locator('[data-aw-mentor-comments]')).toContainText('Rhian');
    await card.getByRole('button', { name: t('review.mentor.markDone') }).click();
    await expect(card.getByRole('button', { name: t('review.mentor.markNotDone') })).toBeFocused();
    const after = JSON.parse((await stored(page))!) as { reviews: { id: string; items: { number: string; level: string }[]; plan: { actions: unknown[] } }[] };
    const review = after.reviews.find((r) => r.id === 'r-2026')!;
    expect(review.items.map((i) => i.level)).toEqual(['developing', 'secure', 'secure']);
    expect(review.plan.actions).toHaveLength(1);

    // The plan shows both comments, one marked done.
    await page.goto(`${prefix(locale)}review/plan/`);
    await expect(page.locator('#aw-plan-priorities li[data-aw-number="3.4a"] .aw-plan__comment')).toContainText(t('review.mentor.done'));
    await expect(page.locator('#aw-plan-general')).toContainText('A realistic plan');
  });
}

test('the plan exports CSV with the formula guard and text for the Passport, and prints without its controls', async ({ page }) => {
  await keep(page, 'en');
  await page.goto('./review/plan/');
  const item = page.locator('li[data-aw-number="1.2"]');
  await item.getByRole('button', { name: 'Add a step for 1.2' }).click();
  await item.getByLabel('What I will do').fill('=HYPERLINK("http://example.org")');
  await item.getByRole('button', { name: 'Save the step' }).click();
  await expect(item.locator('[data-aw-step]')).toBeVisible();
  const csv = await downloaded(page, () => page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click());
  expect(csv.text).toContain(`"'=HYPERLINK(""http://example.org"")"`);
  const text = await downloaded(page, () => page.getByRole('button', { name: /Professional Learning Passport/ }).click());
  expect(text.text).toMatch(/^Plan for “Review 2026”\n\nPriorities\n\n3\.4a /);
  await page.emulateMedia({ media: 'print' });
  await expect(item.getByRole('button', { name: 'Add a step for 1.2' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the plan' })).toBeHidden();
  await expect(item.locator('.aw-plan__step-what')).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
});

test('a step with markup or a date that is not one is refused, naming the field', async ({ page }) => {
  await keep(page, 'en');
  await page.goto('./review/plan/');
  const item = page.locator('li[data-aw-number="1.2"]');
  await item.getByRole('button', { name: 'Add a step for 1.2' }).click();
  await item.getByLabel('What I will do').fill('<img src=x onerror=alert(1)>');
  await item.getByRole('button', { name: 'Save the step' }).click();
  await expect(item.getByLabel('What I will do')).toBeFocused();
  await expect(item.getByText('Plain text only')).toBeVisible();
  await expect(item.locator('[data-aw-step]')).toHaveCount(0);
});

test('the mentor page refuses a file that is not a mentor file, with a clear message', async ({ page }) => {
  await page.goto('./review/mentor/');
  await page.getByLabel('File from the person you mentor').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"arwain-review","version":2,"reviews":[]}') });
  await expect(page.getByText('The file could not be opened: it is not a file made with “Share with a mentor”.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('File from the person you mentor')).toBeFocused();
});
