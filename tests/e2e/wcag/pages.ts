import { expect, type Page } from '@playwright/test';
import { useTranslations } from '../../../src/i18n';
import { COLLECTION_NAMES, definitionOf, folderOf } from '../../../src/lib/content/registry';
import type { Locale } from '../../../src/lib/locales/locales';
import { readCollection } from '../../fixtures/content';
import { STORE_KEY } from '../review-helpers';

/*
 * Every type of page, and every state of a page a person reaches, that the
 * WCAG browser tests check in both languages. A state is set up the way a person
 * gets there (typing a search, starting a review), or, for a review with
 * evidence, from reviews already kept in the browser (the stored format is
 * versioned, so it outlives changes to the review page's controls).
 */

export interface PageType {
  /** A short name, used in test titles and in tests/fixtures/wcag.ts's KNOWN_FAILURES. */
  name: string;
  /** The address below the language prefix. */
  path: string;
  /** Brings the page to the state to check, after it has loaded. */
  setup?: (page: Page, locale: Locale) => Promise<void>;
  /** Runs before the page loads: for what the browser has kept from earlier visits. */
  before?: (page: Page, locale: Locale) => Promise<void>;
}

/** Two reviews kept in the browser, the second with levels, priorities and evidence. */
function storedReviews(locale: Locale): string {
  const numbers = ['1.1a', '1.2', '1.14', '2.3', '3.4a', '3.13'];
  const levels = ['not-started', 'developing', 'secure', 'leading'] as const;
  const review = (id: string, year: number, shift: number) => ({
    id,
    title: `${locale === 'cy' ? 'Adolygiad' : 'Review'} ${year}`,
    stage: null,
    created: `${year}-01-10T09:00:00.000Z`,
    updated: `${year}-03-01T09:00:00.000Z`,
    items: numbers.map((number, i) => ({
      number,
      level: levels[(i + shift) % levels.length],
      priority: i % 3 === 0,
      evidence:
        shift === 1 && i < 3
          ? [{ id: `e-${i}`, note: 'Led a staff meeting on the new assessment policy and wrote up what was agreed.', date: `${year}-02-0${i + 1}`, url: 'https://example.org/evidence' }]
          : [],
      history: [],
    })),
  });
  return JSON.stringify({ format: 'arwain-review', version: 1, reviews: [review('review-2025', 2025, 0), review('review-2026', 2026, 1)] });
}

async function keepReviews(page: Page, locale: Locale) {
  await page.addInitScript(([key, store]) => window.localStorage.setItem(key, store), [STORE_KEY, storedReviews(locale)] as const);
}

const STEP = {
  id: 'a-1',
  item: '1.2',
  what: 'Visit a partner school',
  who: 'Deputy headteacher',
  by: '2026-06-30',
  measure: 'Our plan changes',
  status: 'under-way',
  revisit: '2026-05-01',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

/** The two reviews above, the second with a plan and a mentor's comments (format version 2). */
async function keepPlan(page: Page, locale: Locale) {
  const store = JSON.parse(storedReviews(locale)) as { version: number; reviews: Record<string, unknown>[] };
  store.version = 2;
  store.reviews[1]!['plan'] = { actions: [STEP], removed: [] };
  store.reviews[1]!['comments'] = [
    { id: 'c-1', item: '1.2', mentor: 'Rhian', date: '2026-03-05', text: 'Ask for a named contact.', done: false, updatedAt: '2026-03-05T10:00:00.000Z' },
    { id: 'c-2', item: null, mentor: 'Rhian', date: '2026-03-05', text: 'A realistic plan.', done: true, updatedAt: '2026-03-05T10:00:00.000Z' },
  ];
  await page.addInitScript(([key, text]) => window.localStorage.setItem(key, text), [STORE_KEY, JSON.stringify(store)] as const);
}

/** A file made with "Share with a mentor", with evidence. */
function mentorFile(): string {
  const evidence = [{ id: 'e-1', note: 'Led a staff meeting.', date: '2026-02-01', url: 'https://example.org/evidence' }];
  return JSON.stringify({
    format: 'arwain-mentor-share',
    version: 1,
    review: 'review-2026',
    title: 'Review 2026',
    name: 'Alys',
    stage: 'new-head-teacher',
    date: '2026-03-02',
    items: [
      { number: '1.2', level: 'developing', priority: true, evidence },
      { number: '3.4a', level: 'secure', priority: false },
    ],
    plan: [STEP],
  });
}

/** Chooses the option whose text starts with `text` (option texts end with the date a review was started). */
async function choose(page: Page, label: string, text: string) {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value);
}

/**
 * A page of each content type in the registry (src/lib/content/registry.ts) that
 * the list below does not already have: its list and its first entry. So a new
 * content type is checked without a line here.
 */
function contentTypePages(listed: readonly PageType[]): PageType[] {
  const has = (path: string) => listed.some((type) => `/${type.path}` === path);
  const hasUnder = (prefix: string) => listed.some((type) => `/${type.path}`.startsWith(prefix) && `/${type.path}` !== prefix && !type.path.endsWith('both/'));
  return COLLECTION_NAMES.flatMap((name): PageType[] => {
    const { address, list, translatable } = definitionOf(name);
    const first = readCollection(translatable ? 'en' : undefined, folderOf(name))[0];
    if (!address || !first) return [];
    const entry = address(first.slug);
    const prefix = address('-').replace(/-\/$/, '');
    return [
      ...(list && !has(list()) ? [{ name: `${folderOf(name)} list`, path: list().slice(1) }] : []),
      ...(!hasUnder(prefix) && !has(entry) ? [{ name: `${folderOf(name)} entry`, path: entry.slice(1) }] : []),
    ];
  });
}

const LISTED: PageType[] = [
  {
    name: 'home',
    path: '',
    // "Make this site available offline" appears once the service worker is active: checked as a
    // person sees it, and not halfway through the Tab walk (which would miss its button).
    setup: async (page) => {
      await expect(page.locator('[data-aw-island="offline-download"]')).toBeVisible({ timeout: 60_000 });
    },
  },
  { name: 'standards', path: 'standards/' },
  {
    name: 'standards filtered',
    path: 'standards/?q=mentor', // a word in both languages' texts
    setup: async (page) => {
      await expect(page.locator('[data-aw-island="filter"] [data-aw-part="results"] li a').first()).toBeVisible();
    },
  },
  { name: 'key area', path: 'standards/leading-learning-and-teaching/' },
  { name: 'statement', path: 'standards/2.13/' },
  { name: 'action', path: 'standards/3.4a/' },
  { name: 'case studies', path: 'case-studies/' },
  { name: 'case study', path: 'case-studies/csc-serving-headteacher-programmes/' },
  { name: 'recommendations', path: 'recommendations/' },
  { name: 'recommendation', path: 'recommendations/ofsted-schools-evaluate-partnerships/' },
  { name: 'continuum', path: 'continuum/' },
  { name: 'pathway', path: 'pathways/headteachers/' },
  { name: 'about', path: 'about/' },
  { name: 'accessibility', path: 'accessibility/' },
  {
    name: 'search results',
    path: 'search/?q=coaching',
    setup: async (page) => {
      // Pagefind fetches and starts its WebAssembly index first: the slowest step on the site.
      await expect(page.locator('[data-aw-island="search"] [data-aw-part="results"] li a').first()).toBeVisible({ timeout: 30_000 });
    },
  },
  { name: 'review empty', path: 'review/' },
  {
    name: 'review started',
    path: 'review/',
    setup: async (page, locale) => {
      const t = useTranslations(locale);
      const form = page.getByRole('form', { name: t('review.new.heading') });
      if (!(await form.isVisible())) await page.getByRole('button', { name: t('review.new.open') }).click();
      // Started with no items yet: the review with items is the next state. (All 172 items
      // would add a thousand identical stops to the keyboard walk and nothing else.)
      await form.getByLabel(t('review.new.startNone')).check();
      await form.getByRole('button', { name: t('review.new.submit') }).click();
      await expect(page.locator('#aw-review-items-heading')).toBeFocused();
    },
  },
  {
    name: 'review with evidence',
    path: 'review/',
    before: keepReviews,
    setup: async (page, locale) => {
      const t = useTranslations(locale);
      const item = page.locator('[id="aw-r-1.2"]');
      await item.getByText(t('review.evidence.add')).click();
      await expect(item.getByLabel(t('review.evidence.note'))).toBeVisible();
    },
  },
  {
    name: 'review compared',
    path: 'review/',
    before: keepReviews,
    setup: async (page, locale) => {
      const t = useTranslations(locale);
      const prefix = locale === 'cy' ? 'Adolygiad' : 'Review';
      await choose(page, t('review.compare.first'), `${prefix} 2025`);
      await choose(page, t('review.compare.second'), `${prefix} 2026`);
      await page.getByRole('button', { name: t('review.compare.button'), exact: true }).click();
      await expect(page.locator('#aw-review-compare-result table')).toBeVisible();
    },
  },
  { name: 'plan empty', path: 'review/plan/' },
  {
    name: 'plan with steps and comments',
    path: 'review/plan/',
    before: keepPlan,
    setup: async (page, locale) => {
      const t = useTranslations(locale);
      await page.getByRole('button', { name: t('plan.step.addFor', { number: '1.2' }) }).click();
      await expect(page.getByLabel(t('plan.step.what'))).toBeFocused();
      // The focus walk starts from the top of the page, as a keyboard user arriving would.
      await page.getByLabel(t('plan.step.what')).blur();
    },
  },
  { name: 'mentor empty', path: 'review/mentor/' },
  {
    name: 'mentor with a file open',
    path: 'review/mentor/',
    setup: async (page, locale) => {
      await page.getByLabel(useTranslations(locale)('mentor.open.label')).setInputFiles({ name: 'for-mentor.json', mimeType: 'application/json', buffer: Buffer.from(mentorFile()) });
      await expect(page.locator('#aw-mentor-review-heading')).toBeFocused();
    },
  },
  { name: 'cohort empty', path: 'review/cohort/' },
  {
    name: 'cohort loaded',
    path: 'review/cohort/',
    setup: async (page, locale) => {
      // Six shared files, as "Share with my programme" makes them: three with a name and three
      // without, so the disclosure rule offers the view by person (the unnamed are at least 3).
      const names = ['Alys', 'Bryn', 'Catrin'];
      const levels = ['developing', 'secure', 'leading', 'developing', 'secure', 'leading'];
      const files = levels.map((level, i) => ({
        name: `shared-${i}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            format: 'arwain-shared-review',
            version: 1,
            review: `r-${i}`,
            ...(i < names.length ? { name: names[i] } : {}),
            stage: null,
            date: '2026-03-01',
            items: [
              { number: '1.14', level: 'secure', priority: false },
              { number: '3.4a', level, priority: true },
            ],
          }),
        ),
      }));
      await page.locator('#aw-cohort-files').setInputFiles(files);
      await expect(page.locator('[data-aw-part="results"] svg').first()).toBeVisible();
      await page.getByRole('button', { name: useTranslations(locale)('cohort.people.show') }).click();
    },
  },
  { name: 'key area side by side', path: 'standards/creating-strategic-direction/both/' },
  { name: 'statement side by side', path: 'standards/1.14/both/' },
  { name: 'case study side by side', path: 'case-studies/rct-aspiring-leaders/both/' },
  { name: 'data', path: 'data/' },
  { name: 'translation status', path: 'translation-status/' },
  { name: 'embed card', path: 'embed/standards/3.4a/' },
  { name: 'page not found', path: 'no-such-page/' },
];

export const PAGE_TYPES: PageType[] = [...LISTED, ...contentTypePages(LISTED)];

/** The address of a page type in a language, relative to the site's base. */
export function addressOf(type: PageType, locale: Locale): string {
  return `./${locale === 'cy' ? 'cy/' : ''}${type.path}`;
}
