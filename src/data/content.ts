import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATABLE, type TranslatableCollection } from '../lib/content/registry';
import { FEED_DATES_FILE, parseFeedDates } from '../lib/content/feed-dates';
import { readRedirects } from '../lib/content/redirects.mjs';
import { readTranslationInputs } from '../lib/content/translation-files';
import { translationState, type TranslationRow } from '../lib/content/translation-status';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales/locales';
import { buildStandards, GROUPS, type KeyAreaSource, type Standards } from '../lib/content/standards';

/*
 * The one place pages get content from (the collections, and the content files
 * that are not collections: the feed's dates, the redirects, the translation
 * status). The content loader has already checked
 * it (src/lib/content/loader.ts stops the build on any problem), so this loads
 * every collection once, then answers pages' questions, working out what many
 * pages ask (the standards in a language, what cites each item) once per build.
 */

type LocalisedCollection = TranslatableCollection;

/** A collection's entries by slug, then by locale. */
type ByLocale<C extends LocalisedCollection> = Map<string, Partial<Record<Locale, CollectionEntry<C>>>>;

/** An entry in the language asked for, or its English original when there is no translation. */
export interface Localised<C extends LocalisedCollection> {
  entry: CollectionEntry<C>;
  /** The entry's name without its locale: the slug in its URL. */
  slug: string;
  /** The language the entry is actually written in. */
  lang: Locale;
  /** True when the language asked for has no version and English is shown instead. */
  fallback: boolean;
  /** True when the text shown is a translation not yet reviewed. */
  draft: boolean;
}

function splitId(id: string): { locale: Locale; slug: string } {
  const [locale, slug] = id.split('/') as [Locale, string];
  return { locale, slug };
}

/** Groups a collection's entries by slug, then by locale. */
function byLocale<C extends LocalisedCollection>(entries: CollectionEntry<C>[]): ByLocale<C> {
  const map: ByLocale<C> = new Map();
  for (const entry of entries) {
    const { locale, slug } = splitId(entry.id);
    map.set(slug, { ...map.get(slug), [locale]: entry });
  }
  return map;
}

function keyAreaSource(entry: CollectionEntry<'keyAreas'>): KeyAreaSource {
  const { data } = entry;
  return { slug: splitId(entry.id).slug, area: data.area, title: data.title, groups: Object.fromEntries(GROUPS.map((g) => [g, data[g]])) as KeyAreaSource['groups'] };
}

async function load() {
  const [grouped, sources] = await Promise.all([Promise.all(TRANSLATABLE.map(async (name) => [name, byLocale(await getCollection(name))] as const)), getCollection('sources')]);
  const collections = Object.fromEntries(grouped) as { [C in LocalisedCollection]: ByLocale<C> };
  return { collections, sources: new Map(sources.map((s) => [s.id, s])) };
}

let loading: ReturnType<typeof load> | undefined;

/** Loads and checks all content once per build. */
export function loadContent() {
  loading ??= load();
  return loading;
}

function localise<C extends LocalisedCollection>(slug: string, versions: Partial<Record<Locale, CollectionEntry<C>>>, locale: Locale): Localised<C> {
  const own = versions[locale];
  if (own) {
    const status = (own.data as { translation?: { status: string } }).translation?.status;
    return { entry: own, slug, lang: locale, fallback: false, draft: locale !== DEFAULT_LOCALE && status !== 'reviewed' };
  }
  return { entry: versions[DEFAULT_LOCALE]!, slug, lang: DEFAULT_LOCALE, fallback: locale !== DEFAULT_LOCALE, draft: false };
}

/** Every entry of a collection in a language (falling back to English), in slug order. */
export async function getLocalised<C extends LocalisedCollection>(collection: C, locale: Locale): Promise<Localised<C>[]> {
  const { collections } = await loadContent();
  const group = collections[collection] as ByLocale<C>;
  return [...group].filter(([, v]) => v[DEFAULT_LOCALE]).map(([slug, versions]) => localise(slug, versions, locale));
}

/** One entry in a language (falling back to English), or undefined when there is none. */
export async function getLocalisedEntry<C extends LocalisedCollection>(collection: C, locale: Locale, slug: string) {
  return (await getLocalised(collection, locale)).find((l) => l.slug === slug);
}

/** The standards with their texts in a language, falling back to English per key area. */
export type LocalisedStandards = Standards & { keyAreaText: Map<number, Localised<'keyAreas'>> };

const standardsByLocale = new Map<Locale, Promise<LocalisedStandards>>();

/**
 * The standards with their texts in a language, falling back to English per key
 * area. Worked out once per language per build: nearly every page asks.
 * @example (await getStandards('cy')).byNumber.get('1.14')?.text
 */
export function getStandards(locale: Locale): Promise<LocalisedStandards> {
  let standards = standardsByLocale.get(locale);
  if (!standards) {
    standards = getLocalised('keyAreas', locale).then((keyAreas) => ({
      ...buildStandards(keyAreas.map((l) => ({ ...keyAreaSource(l.entry), lang: l.lang }))),
      keyAreaText: new Map(keyAreas.map((l) => [l.entry.data.area, l])),
    }));
    standardsByLocale.set(locale, standards);
  }
  return standards;
}

export async function getSource(id: string) {
  const { sources } = await loadContent();
  return sources.get(id)!;
}

/** The slugs of the case studies and recommendations that cite each item. */
interface Citations {
  caseStudies: string[];
  recommendations: string[];
}

let citing: Promise<Map<string, Citations>> | undefined;

/** What cites each item, worked out once per build. */
function citationsByNumber(): Promise<Map<string, Citations>> {
  citing ??= Promise.all([getLocalised('caseStudies', DEFAULT_LOCALE), getLocalised('recommendations', DEFAULT_LOCALE)]).then(([caseStudies, recommendations]) => {
    const map = new Map<string, Citations>();
    const add = (kind: keyof Citations, slug: string, numbers: string[]) => {
      for (const number of numbers) {
        const entry = map.get(number) ?? { caseStudies: [], recommendations: [] };
        entry[kind].push(slug);
        map.set(number, entry);
      }
    };
    for (const c of caseStudies) add('caseStudies', c.slug, c.entry.data.standards);
    for (const r of recommendations) add('recommendations', r.slug, r.entry.data.standards);
    return map;
  });
  return citing;
}

/**
 * The case studies and recommendations that cite an item, by slug.
 * @example (await getCitations('3.4a')).caseStudies // ['rct-aspiring-leaders', …]
 */
export async function getCitations(number: string): Promise<Citations> {
  return (await citationsByNumber()).get(number) ?? { caseStudies: [], recommendations: [] };
}

/** Every item number that some case study or recommendation cites. */
export async function getCitedNumbers(): Promise<Set<string>> {
  return new Set((await citationsByNumber()).keys());
}

// Builds run from the project folder; the files below are read from there, as `npm run check` reads them.

let feedDates: Map<string, Date> | undefined;

/**
 * The dates in content/feed.yaml, by `<collection folder>/<slug>`; the content
 * loader has checked them against the entries.
 * @example getFeedDates().get('case-studies/rct-aspiring-leaders')
 */
export function getFeedDates(): Map<string, Date> {
  feedDates ??= parseFeedDates(readFileSync(join(process.cwd(), FEED_DATES_FILE), 'utf8')).dates;
  return feedDates;
}

let redirects: { from: string; to: string }[] | undefined;

/**
 * The addresses that moved, from content/redirects.yaml.
 * @example getRedirects() // [{ from: '/standards/1.17/', to: '/standards/1.18/' }, …]
 */
export function getRedirects(): { from: string; to: string }[] {
  redirects ??= readRedirects(process.cwd());
  return redirects;
}

/**
 * The state of every English entry's Welsh translation, as `npm run translation-status` reports it.
 * @example getTranslationRows().filter((row) => row.state === 'outdated')
 */
export function getTranslationRows(): TranslationRow[] {
  return readTranslationInputs(join(process.cwd(), 'content')).map(translationState);
}

/**
 * The glossary's terms (content/glossary.yaml), in the file's order.
 * @example (await getGlossary()).find((term) => term.en === 'headteacher')?.cy // 'pennaeth'
 */
export async function getGlossary() {
  return (await getCollection('glossary')).map((entry) => entry.data);
}
