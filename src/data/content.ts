import { getCollection, type CollectionEntry } from 'astro:content';
import {
  findEntryReferenceProblems,
  findReferenceProblems,
  findStandardsProblems,
  formatProblems,
  type ContentProblem,
  type EntryReference,
  type KeyAreaFile,
  type StandardsReference,
} from '../lib/content-problems';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales';
import { buildStandards, GROUPS, type GroupId, type KeyAreaSource, type Standards } from '../lib/standards';

/*
 * The one place pages get content from. It loads every collection once, checks
 * what spans entries (item numbers, references, translations) and stops the build
 * with every problem listed by file and field, then answers pages' questions.
 */

type LocalisedCollection = 'keyAreas' | 'caseStudies' | 'recommendations' | 'pages' | 'pathways' | 'continuum';

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

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

function splitId(id: string): { locale: Locale; slug: string } {
  const [locale, slug] = id.split('/') as [Locale, string];
  return { locale, slug };
}

function fileOf(entry: { filePath?: string; id: string }): string {
  return entry.filePath ?? entry.id;
}

/** Groups a collection's entries by slug, then by locale. */
function byLocale<C extends LocalisedCollection>(entries: CollectionEntry<C>[]) {
  const map = new Map<string, Partial<Record<Locale, CollectionEntry<C>>>>();
  for (const entry of entries) {
    const { locale, slug } = splitId(entry.id);
    map.set(slug, { ...map.get(slug), [locale]: entry });
  }
  return map;
}

function keyAreaSource(entry: CollectionEntry<'keyAreas'>): KeyAreaFile {
  const data = entry.data as CollectionEntry<'keyAreas'>['data'] & Record<GroupId, { number: string; text: string }[]>;
  return {
    file: fileOf(entry),
    slug: splitId(entry.id).slug,
    area: data.area,
    title: data.title,
    groups: Object.fromEntries(GROUPS.map((g) => [g, data[g]])) as KeyAreaSource['groups'],
  };
}

async function load() {
  const [keyAreas, caseStudies, recommendations, pages, pathways, continuum, sources] = await Promise.all([
    getCollection('keyAreas'),
    getCollection('caseStudies'),
    getCollection('recommendations'),
    getCollection('pages'),
    getCollection('pathways'),
    getCollection('continuum'),
    getCollection('sources'),
  ]);
  const collections = {
    keyAreas: byLocale(keyAreas),
    caseStudies: byLocale(caseStudies),
    recommendations: byLocale(recommendations),
    pages: byLocale(pages),
    pathways: byLocale(pathways),
    continuum: byLocale(continuum),
  };
  const englishKeyAreas = keyAreas.filter((e) => splitId(e.id).locale === DEFAULT_LOCALE).map(keyAreaSource);
  const problems: ContentProblem[] = [...findStandardsProblems(englishKeyAreas)];
  const standards = buildStandards(englishKeyAreas);

  // A translation must have an English original and, for key areas, the same item numbers.
  for (const [name, group] of Object.entries(collections)) {
    for (const [slug, versions] of group) {
      for (const locale of LOCALES) {
        const version = versions[locale];
        if (locale === DEFAULT_LOCALE || !version) continue;
        if (!versions[DEFAULT_LOCALE]) {
          problems.push({ file: fileOf(version), field: 'file name', message: `there is no English original content/en/${folderOf(name)}/${slug}; a translation must have the same file name as its English original.` });
        }
      }
    }
  }
  for (const entry of keyAreas.filter((e) => splitId(e.id).locale !== DEFAULT_LOCALE)) {
    const translated = keyAreaSource(entry);
    const original = englishKeyAreas.find((k) => k.slug === translated.slug);
    if (!original) continue;
    if (translated.area !== original.area) {
      problems.push({ file: translated.file, field: 'area', message: `is ${translated.area} but the English original is key area ${original.area}.` });
    }
    for (const group of GROUPS) {
      const want = original.groups[group].map((i) => i.number).join(', ');
      const got = translated.groups[group].map((i) => i.number).join(', ');
      if (want !== got) {
        problems.push({ file: translated.file, field: group, message: `has the numbers [${got}] but the English original has [${want}]; translate every item and keep its number.` });
      }
    }
  }

  const references: StandardsReference[] = [...caseStudies, ...recommendations, ...pathways].map((entry) => ({
    file: fileOf(entry),
    field: 'standards',
    numbers: entry.data.standards,
  }));
  problems.push(...findReferenceProblems(references, standards.byNumber));

  const sourceIds = new Set(sources.map((s) => s.id));
  const caseStudySlugs = new Set(collections.caseStudies.keys());
  const stageIds = new Set((continuum.find((c) => splitId(c.id).locale === DEFAULT_LOCALE)?.data.stages ?? []).map((s) => s.id));
  const entryReferences: EntryReference[] = [
    ...caseStudies.map((e) => ({ file: fileOf(e), field: 'source', kind: 'source', id: e.data.source, known: sourceIds })),
    ...continuum.map((e) => ({ file: fileOf(e), field: 'source', kind: 'source', id: e.data.source, known: sourceIds })),
    ...recommendations.flatMap((e) => [
      { file: fileOf(e), field: 'source', kind: 'source', id: e.data.source, known: sourceIds },
      ...(e.data.quotedIn ? [{ file: fileOf(e), field: 'quotedIn', kind: 'source', id: e.data.quotedIn, known: sourceIds }] : []),
      ...(e.data.caseStudy ? [{ file: fileOf(e), field: 'caseStudy', kind: 'case study', id: e.data.caseStudy, known: caseStudySlugs }] : []),
    ]),
    ...pathways.flatMap((e) =>
      e.data.stages.map((id, i) => ({ file: fileOf(e), field: `stages[${i}]`, kind: 'continuum stage', id, known: stageIds })),
    ),
  ];
  problems.push(...findEntryReferenceProblems(entryReferences));
  for (const entry of continuum.filter((e) => splitId(e.id).locale !== DEFAULT_LOCALE)) {
    const ids = entry.data.stages.map((s) => s.id).join(', ');
    if (ids !== [...stageIds].join(', ')) {
      problems.push({ file: fileOf(entry), field: 'stages', message: `has the stage ids [${ids}] but the English continuum has [${[...stageIds].join(', ')}]; keep the ids and their order.` });
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  return { collections, standards, sources: new Map(sources.map((s) => [s.id, s])) };
}

function folderOf(collection: string): string {
  return collection.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

let loading: ReturnType<typeof load> | undefined;

/** Loads and checks all content once per build. */
export function loadContent() {
  loading ??= load();
  return loading;
}

function localise<C extends LocalisedCollection>(
  slug: string,
  versions: Partial<Record<Locale, CollectionEntry<C>>>,
  locale: Locale,
): Localised<C> {
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
  const group = collections[collection] as Map<string, Partial<Record<Locale, CollectionEntry<C>>>>;
  return [...group].filter(([, v]) => v[DEFAULT_LOCALE]).map(([slug, versions]) => localise(slug, versions, locale));
}

/** One entry in a language (falling back to English), or undefined when there is none. */
export async function getLocalisedEntry<C extends LocalisedCollection>(collection: C, locale: Locale, slug: string) {
  return (await getLocalised(collection, locale)).find((l) => l.slug === slug);
}

/** The standards with their texts in a language, falling back to English per key area. */
export async function getStandards(locale: Locale): Promise<Standards & { keyAreaText: Map<number, Localised<'keyAreas'>> }> {
  const keyAreas = await getLocalised('keyAreas', locale);
  const standards = buildStandards(keyAreas.map((l) => ({ ...keyAreaSource(l.entry), lang: l.lang })));
  return { ...standards, keyAreaText: new Map(keyAreas.map((l) => [l.entry.data.area, l])) };
}

export async function getSource(id: string) {
  const { sources } = await loadContent();
  return sources.get(id)!;
}

/** The case studies and recommendations that cite an item, by slug. */
export async function getCitations(number: string) {
  const [caseStudies, recommendations] = await Promise.all([
    getLocalised('caseStudies', DEFAULT_LOCALE),
    getLocalised('recommendations', DEFAULT_LOCALE),
  ]);
  return {
    caseStudies: caseStudies.filter((c) => c.entry.data.standards.includes(number)).map((c) => c.slug),
    recommendations: recommendations.filter((r) => r.entry.data.standards.includes(number)).map((r) => r.slug),
  };
}

/** Every item number that some case study or recommendation cites. */
export async function getCitedNumbers(): Promise<Set<string>> {
  const [caseStudies, recommendations] = await Promise.all([
    getLocalised('caseStudies', DEFAULT_LOCALE),
    getLocalised('recommendations', DEFAULT_LOCALE),
  ]);
  return new Set([...caseStudies, ...recommendations].flatMap((e) => e.entry.data.standards));
}
