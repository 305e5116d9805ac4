import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { cy } from '../../src/i18n/cy';
import { en } from '../../src/i18n/en';
import type { Message } from '../../src/i18n/messages';
import { readTranslationInputs } from '../../src/lib/content/translation-files';
import { translationState } from '../../src/lib/content/translation-status';
import { languageShare } from '../../src/lib/locales/welsh-share';
import { root } from '../fixtures/content';
import { expect, test } from './fixtures';

/*
 * What a Welsh reader sees on the Welsh site: Welsh headings and interface, no
 * English interface text, and any English content marked lang="en".
 *
 * Some content has no Welsh version yet; its translations arrive separately. The
 * assertions marked "TIGHTENS" check the rule for the content as it is: once the
 * Welsh file exists (content/cy/…), the same test requires the page to be Welsh.
 */

/** Whether a Welsh version of an entry exists, e.g. ('case-studies', 'rct-aspiring-leaders'). */
const hasWelsh = (collection: string, slug: string) => existsSync(join(root, 'content', 'cy', collection, `${slug}.mdx`));

/** The English interface strings that differ from the Welsh: none may show outside lang="en". */
const WELSH_INTERFACE = new Set(Object.values(cy as Record<string, Message>).filter((m) => typeof m === 'string'));
const ENGLISH_INTERFACE = Object.values(en as Record<string, Message>).filter(
  // A language's own name ("Cymraeg" on the English site's switch) is Welsh on both sites.
  (message): message is string => typeof message === 'string' && !message.includes('{') && message.length > 3 && !WELSH_INTERFACE.has(message),
);

/** The page's visible text outside any element whose nearest lang is English. */
async function welshMarkedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      if ((parent.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en')) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

async function expectNoEnglishInterface(page: Page): Promise<void> {
  const text = await welshMarkedText(page);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = ENGLISH_INTERFACE.filter((message) => new RegExp(`(^|[^\\p{L}])${escape(message)}($|[^\\p{L}])`, 'u').test(text));
  expect(found, 'English interface text outside lang="en"').toEqual([]);
}

/** The share of the main content's words not marked English, as the site test measures it. */
async function welshShare(page: Page): Promise<number> {
  return languageShare(await page.content()).share;
}

test('the Welsh home page: Welsh headings, the pathways under a Welsh heading, the footer @mobile', async ({ page }) => {
  await page.goto('./cy/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safonau arweinyddiaeth ar gyfer ysgolion yng Nghymru');
  for (const name of ['Y chwe maes allweddol', 'Llwybrau yn ôl rôl', 'Llwybrau yn ôl pwnc', 'Y safonau ar waith']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('contentinfo')).toContainText('Cyhoeddwr: Tîm golygyddol Arwain.');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Geirfa termau' })).toHaveAttribute('href', /\/cy\/glossary\/$/);
});

test('the Welsh home page: no English interface, English cards marked until translated', async ({ page }) => {
  await page.goto('./cy/');
  await expectNoEnglishInterface(page);
  // Each pathway card is Welsh once its translation exists, and marked English until then.
  const slugs = ['headteachers', 'middle-leaders', 'self-evaluation-and-improvement'];
  const langs = await page
    .locator('main a[href*="/cy/pathways/"]')
    .evaluateAll((links) => Object.fromEntries(links.map((a) => [a.getAttribute('href')!.replace(/^.*\/pathways\/|\/$/g, ''), a.closest('[lang]')?.getAttribute('lang')])));
  for (const slug of slugs) expect(langs[slug], slug).toBe(hasWelsh('pathways', slug) ? 'cy' : 'en');
  // TIGHTENS: once nothing lacks a Welsh version (npm run translation-status), the home page is ≥ 95% Welsh.
  const missing = readTranslationInputs(join(root, 'content'))
    .map(translationState)
    .filter((row) => row.state === 'missing');
  if (missing.length === 0) expect(await welshShare(page)).toBeGreaterThanOrEqual(0.95);
});

test('a Welsh case study: Welsh interface and source box, an honest notice, English marked until translated', async ({ page }) => {
  const slug = 'csc-serving-headteacher-programmes';
  await page.goto(`./cy/case-studies/${slug}/`);
  await expectNoEnglishInterface(page);
  const notice = page.locator('[data-translation]');
  if (hasWelsh('case-studies', slug)) {
    // TIGHTENS: the translation says it is a translation of an English-language report, and the page is Welsh.
    await expect(notice).toContainText('adroddiad a gyhoeddwyd yn Saesneg');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'en');
    expect(await welshShare(page)).toBeGreaterThanOrEqual(0.95);
  } else {
    await expect(notice).toHaveText('Nid yw’r testun hwn ar gael yn Gymraeg eto. Mae’n cael ei ddangos yn Saesneg.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  }
});

test('a Welsh case study’s source box: the consortium’s Welsh name', async ({ page }) => {
  await page.goto('./cy/case-studies/csc-serving-headteacher-programmes/');
  const source = page.getByRole('region', { name: 'Ffynhonnell' });
  await expect(source.locator('dt')).toContainText(['Cyhoeddwr', 'Math o ddogfen']);
  await expect(source.locator('dd').first()).toHaveText('Consortiwm Canolbarth y De');
  await expect(source.locator('dd').first()).not.toHaveAttribute('lang', 'en');
});

test('a Welsh recommendation: Welsh interface, the source named in Welsh with its original title marked English', async ({ page }) => {
  const slug = 'estyn-r8';
  await page.goto(`./cy/recommendations/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^R8: /);
  await expectNoEnglishInterface(page);
  const source = page.getByRole('region', { name: 'Ffynhonnell' });
  await expect(source.locator('cite[lang="en"]').last()).toBeVisible();
  if (hasWelsh('recommendations', slug)) {
    // TIGHTENS: a Welsh recommendation, honest that its Welsh is ours, with Estyn's own Welsh version beside it.
    await expect(page.locator('[data-translation]')).toContainText('cyfieithiad ein hunain o’r testun Saesneg');
    expect(await welshShare(page)).toBeGreaterThanOrEqual(0.95);
  } else {
    await expect(page.locator('.aw-recommendation-text')).toHaveAttribute('lang', 'en');
  }
});

test('an Estyn report in Welsh: our translation, and Estyn’s own Welsh version linked; an Ofsted one stays English-only', async ({ page }) => {
  await page.goto('./cy/case-studies/estyn-leadership-development/');
  const notice = page.locator('[data-translation]');
  await expect(notice).toContainText('cyfieithiad ein hunain o’r testun Saesneg');
  await expect(notice).not.toContainText('a gyhoeddwyd yn Saesneg');
  await expect(notice).toContainText('“Arfer orau mewn datblygu arweinyddiaeth mewn ysgolion”');
  await expect(notice.getByRole('link', { name: 'wefan Gymraeg Estyn' })).toHaveAttribute('href', 'https://www.estyn.llyw.cymru/');
  await expect(page.locator('.aw-quote figcaption')).toContainText('ein cyfieithiad ni o’r Saesneg');
  await expect(page.locator('.aw-quote figcaption')).not.toContainText('cyfieithwyd');
  const source = page.getByRole('region', { name: 'Ffynhonnell' });
  await expect(source.getByRole('link', { name: 'Darllen y cyhoeddiad gwreiddiol' })).toHaveAttribute('href', /estyn\.gov\.uk/);
  await expect(source.getByRole('link', { name: /fersiwn Gymraeg Estyn/ })).toHaveAttribute('href', 'https://www.estyn.llyw.cymru/');

  await page.goto('./cy/case-studies/ofsted-national-support-schools/');
  await expect(page.locator('[data-translation]')).toContainText('adroddiad a gyhoeddwyd yn Saesneg');
  await expect(page.getByRole('region', { name: 'Ffynhonnell' }).getByRole('link', { name: /fersiwn Gymraeg/ })).toHaveCount(0);
});

test('the translation status page says who signed each text off and when', async ({ page }) => {
  await page.goto('./cy/translation-status/');
  const table = page.locator('main table').first();
  await expect(table.locator('thead th')).toHaveText(['Eitem', 'Fersiwn Gymraeg', 'Adolygwyd gan', 'Cymeradwywyd']);
  // No text has been reviewed yet: every draft says so, and none names a reviewer.
  const draftRow = table.locator('tbody tr', { has: page.locator('td[data-state="draft"]') }).first();
  await expect(draftRow.locator('td').nth(1)).toHaveText('Heb ei adolygu eto');
});

test('the Welsh list of recommendations names each source in its own language', async ({ page }) => {
  await page.goto('./cy/recommendations/');
  // Every source has a Welsh title (content/sources/*.yaml, cy), so every cited title is Welsh, and
  // marked so even inside a recommendation still shown in English; an English title is never marked Welsh.
  const cites = page.locator('main cite');
  await expect(cites.first()).toBeVisible();
  const langs = await cites.evaluateAll((all) => all.map((c) => [c.textContent, c.closest('[lang]')?.getAttribute('lang')]));
  for (const [title, lang] of langs) expect(lang, title ?? '').toBe(title === 'Best Practice in Leadership Development in Schools' ? 'en' : 'cy');
  await expect(page.getByText('Arfer orau mewn datblygu arweinyddiaeth mewn ysgolion').first()).toBeVisible();
});

test('a Welsh pathway: its kind in Welsh, English marked until translated', async ({ page }) => {
  const slug = 'headteachers';
  await page.goto(`./cy/pathways/${slug}/`);
  await expect(page.locator('main .aw-muted').first()).toHaveText('Rôl');
  await expectNoEnglishInterface(page);
  if (hasWelsh('pathways', slug)) {
    // TIGHTENS: the pathway is Welsh.
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'en');
    expect(await welshShare(page)).toBeGreaterThanOrEqual(0.95);
  } else {
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-translation="missing"]')).toBeVisible();
  }
});

test('the review’s levels in Welsh', async ({ page }) => {
  await page.goto('./cy/review/');
  const levels = page.locator('.aw-review__levels dt');
  await expect(levels).toHaveText((['review.level.not-started', 'review.level.developing', 'review.level.secure', 'review.level.leading'] as const).map((key) => cy[key]));
  expect(await levels.allTextContents()).not.toContain('Secure');
  await expect(levels.nth(2)).toHaveText('Cadarn');
  await expectNoEnglishInterface(page);
});

test('side by side on the Welsh site: Welsh first, headed “Cymraeg a Saesneg” @mobile', async ({ page }) => {
  await page.goto('./cy/standards/1.14/both/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datganiad 1.14: Cymraeg a Saesneg');
  await expect(page.locator('.aw-side-by-side > section')).toHaveCount(2);
  await expect(page.locator('.aw-side-by-side > section').first()).toHaveAttribute('lang', 'cy');
  await expect(page.locator('.aw-side-by-side h2')).toHaveText(['Cymraeg', 'English']);
  await expectNoEnglishInterface(page);
});

test('a key area side by side on the Welsh site: Welsh columns first in its tables', async ({ page }) => {
  await page.goto('./cy/standards/managing-the-school/both/');
  await expect(page.locator('table.aw-both-table').first().locator('thead th')).toHaveText(['Rhif', 'Cymraeg', 'English']);
  await expect(page.locator('table.aw-both-table tbody tr').first().locator('td').first()).toHaveAttribute('lang', 'cy');
});

test('side by side on the English site: English first', async ({ page }) => {
  await page.goto('./standards/1.14/both/');
  await expect(page.locator('.aw-side-by-side h2')).toHaveText(['English', 'Cymraeg']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statement 1.14: English and Welsh');
});

test('a case study side by side on the Welsh site marks an English title English', async ({ page }) => {
  const slug = 'rct-aspiring-leaders';
  await page.goto(`./cy/case-studies/${slug}/both/`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(': Cymraeg a Saesneg');
  const crumb = page.getByRole('navigation', { name: 'Briwsion bara' }).getByRole('link').last();
  if (hasWelsh('case-studies', slug)) {
    // TIGHTENS: the title is Welsh.
    await expect(heading.locator('[lang="en"]')).toHaveCount(0);
    await expect(crumb).not.toHaveAttribute('lang', 'en');
  } else {
    await expect(heading.locator('[lang="en"]')).toHaveText('Rhondda Cynon Taf’s Aspiring Leaders Programme');
    await expect(crumb).toHaveAttribute('lang', 'en');
  }
});

test('the 404 page in Welsh', async ({ page }) => {
  const response = await page.goto('./cy/dim-tudalen-fel-hon/');
  expect(response?.status()).toBe(404);
  const welsh = page
    .locator('[lang="cy"]')
    .filter({ has: page.getByRole('heading', { name: 'Tudalen heb ei chanfod' }) })
    .last();
  await expect(welsh).toBeVisible();
  await expect(welsh.getByRole('link', { name: 'Safonau arweinyddiaeth' })).toHaveAttribute('href', /\/cy\/standards\/$/);
  await expect(welsh).toContainText('Os gwnaethoch deipio’r cyfeiriad gwe');
  // TIGHTENS: with a Welsh 404 page (dist/cy/404.html, served for /cy/ addresses), it is Welsh first.
  if (existsSync(join(root, 'dist', 'cy', '404.html')) && (await page.locator('html').getAttribute('lang')) === 'cy') {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tudalen heb ei chanfod');
    await expectNoEnglishInterface(page);
  }
});

test('the Welsh glossary: Welsh terms first', async ({ page }) => {
  await page.goto('./cy/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geirfa termau');
  const selfEvaluation = page.locator('.aw-glossary__term').filter({ hasText: 'self-evaluation' });
  await expect(selfEvaluation.locator('strong').first()).toHaveText('hunanwerthuso');
  await expect(selfEvaluation.locator('strong[lang="en"]')).toHaveText('self-evaluation');
  await expect(selfEvaluation).toContainText('hunanwerthusiad');
  // English words in a Welsh note, marked {en:…} in content/glossary.yaml, are read as English.
  await expect(page.locator('.aw-glossary__details span[lang="en"]', { hasText: /^middle managers$/ })).toHaveText('middle managers');
  await expectNoEnglishInterface(page);
});

test('the English glossary: English terms first', async ({ page }) => {
  await page.goto('./glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary of terms');
  await expect(page.locator('.aw-glossary__term').filter({ hasText: 'hunanwerthuso' }).locator('strong').first()).toHaveText('self-evaluation');
  // Welsh words in an English note, marked {cy:…} in content/glossary.yaml, are read as Welsh.
  await expect(page.locator('.aw-glossary__details span[lang="cy"]', { hasText: /^dirprwy bennaeth$/ })).toHaveText('dirprwy bennaeth');
});
