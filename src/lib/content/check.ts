import { findBodyProblems, reservedNames, siteAddresses } from './links';
import { findEntryReferenceProblems, findReferenceProblems, findStandardsProblems, sortProblems, type ContentProblem, type EntryReference, type KeyAreaFile } from './problems';
import { CITING, COLLECTIONS, FEED_DATED } from './registry';
import { readContent, splitEntryId, type ContentEntry, type ContentSnapshot } from './reader';
import { lineOfField } from './source';
import { findTranslationProblems } from './translations';
import { validateAll, type ValidContent, type ValidEntry } from './validate';
import { FEED_DATES_FILE, findFeedDateProblems, parseFeedDates } from './feed-dates';
import { DEFAULT_LOCALE, LOCALES } from '../locales/locales';
import { buildStandards, GROUPS, type Standards } from './standards';

/*
 * The one problem finder: everything wrong with the content, found from the
 * entries alone and said so that the author can fix it (the file, the line
 * where there is one, the field, what is wrong and what would be right).
 * `npm run check` runs it over the files on disk; the build runs it in its
 * content loader (src/lib/content/loader.ts) and stops on any problem, so the
 * two always agree.
 */

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** File names that are not slugs, two files with the same address, and pages that take an address the site uses. */
function findFileNameProblems(entries: readonly ContentEntry[], reserved: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries.filter((e) => COLLECTIONS[e.collection].layout === 'folder')) {
    const { locale, name } = splitEntryId(entry.id);
    const file = entry.filePath;
    if (!SLUG.test(name)) {
      const suggestion = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      problems.push({ file, field: 'file name', message: `"${name}" becomes its address and id: use only lower-case letters, digits and single hyphens, e.g. "${suggestion}".` });
    }
    const key = `${entry.collection}/${locale}/${name.toLowerCase()}`;
    const duplicate = seen.get(key);
    if (duplicate) problems.push({ file, field: 'file name', message: `has the same address as ${duplicate}; rename one of them.` });
    seen.set(key, file);
    if (entry.collection === 'pages' && reserved.has(name)) {
      problems.push({ file, field: 'file name', message: `would be published at /${name}/, which the site already uses; choose another name.` });
    }
  }
  return problems;
}

function keyAreaFile({ entry, name, data }: ValidEntry<'keyAreas'>): KeyAreaFile {
  return { file: entry.filePath, slug: name, area: data.area, title: data.title, groups: Object.fromEntries(GROUPS.map((g) => [g, data[g]])) as KeyAreaFile['groups'] };
}

/** Each language's key areas: numbers well formed, in their key area and group, each once. */
function findKeyAreaProblems(content: ValidContent): ContentProblem[] {
  return LOCALES.flatMap((locale) => findStandardsProblems(content.of('keyAreas', locale).map(keyAreaFile)));
}

/** Every item number, source, case study and continuum stage that an entry names must exist. */
function findCitationProblems(content: ValidContent, standards: Standards): ContentProblem[] {
  // Every collection the registry marks as citing: a new content type is checked without a line here.
  const citing = CITING.flatMap((name) => content.of(name)).map(({ entry, data }) => ({ entry, data: data as { standards?: unknown } }));
  const sources = new Set(content.of('sources').map((e) => e.name));
  const caseStudies = new Set(content.of('caseStudies', DEFAULT_LOCALE).map((e) => e.name));
  const stages = new Set(content.of('continuum', DEFAULT_LOCALE).flatMap((e) => e.data.stages.map((s) => s.id)));
  const source = (file: string, field: string, id: string): EntryReference => ({ file, field, kind: 'source (a file in content/sources/)', id, known: sources });
  const references: EntryReference[] = [
    ...[...content.of('caseStudies'), ...content.of('continuum')].map(({ entry, data }) => source(entry.filePath, 'source', data.source)),
    ...content
      .of('recommendations')
      .flatMap(({ entry: { filePath: file }, data }) => [
        source(file, 'source', data.source),
        ...(data.quotedIn ? [source(file, 'quotedIn', data.quotedIn)] : []),
        ...(data.caseStudy ? [{ file, field: 'caseStudy', kind: 'case study', id: data.caseStudy, known: caseStudies }] : []),
      ]),
    ...content.of('pathways').flatMap(({ entry, data }) => data.stages.map((id, i) => ({ file: entry.filePath, field: `stages[${i}]`, kind: 'continuum stage', id, known: stages }))),
  ];
  return [
    ...findReferenceProblems(
      citing.map(({ entry, data }) => ({ file: entry.filePath, field: 'standards', numbers: Array.isArray(data.standards) ? (data.standards as string[]) : [] })),
      standards.byNumber,
    ),
    ...findEntryReferenceProblems(references),
  ];
}

/**
 * content/feed.yaml: a date for every English case study and recommendation, and
 * nothing else. A file that could not be read, or whose name is no slug, has its
 * own problem already; the feed's view of it waits until that is fixed.
 */
function findFeedProblems(snapshot: ContentSnapshot): ContentProblem[] {
  if (snapshot.feedDates === undefined) {
    return [{ file: FEED_DATES_FILE, field: 'file', message: 'is missing; it lists when each case study and recommendation was added, for the news feed at /feed.xml.' }];
  }
  const { dates, problems } = parseFeedDates(snapshot.feedDates);
  const ids = snapshot.entries
    .filter((e) => FEED_DATED.includes(e.collection) && splitEntryId(e.id).locale === DEFAULT_LOCALE)
    .map((e) => `${COLLECTIONS[e.collection].path}/${splitEntryId(e.id).name}`);
  const unsettled = new Set([...snapshot.problems.map((p) => p.file), ...ids.filter((id) => !SLUG.test(id.split('/')[1]!)).map((id) => `content/${DEFAULT_LOCALE}/${id}.mdx`)]);
  return [...problems, ...findFeedDateProblems(ids, dates).filter((p) => !unsettled.has(`content/${DEFAULT_LOCALE}/${p.field}.mdx`))];
}

/** Adds the line of the field to problems that have none, where the field is in the file. */
function locate(problems: ContentProblem[], entries: readonly ContentEntry[]): ContentProblem[] {
  const byFile = new Map(entries.map((e) => [e.filePath, e]));
  return problems.map((p) => {
    const entry = byFile.get(p.file);
    return p.line !== undefined || !entry ? p : { ...p, line: lineOfField(entry.lines, p.field) };
  });
}

/**
 * Everything wrong with the content: shapes against the schemas, file names,
 * item numbers, references between entries, translations against their
 * originals, links and citations in the text, and the feed dates.
 * @example findContentProblems(readContent(root)) // [] when all is well
 */
export function findContentProblems(snapshot: ContentSnapshot): ContentProblem[] {
  const { valid, problems: shapeProblems } = validateAll(snapshot.entries);
  const standards = buildStandards(valid.of('keyAreas', DEFAULT_LOCALE).map(keyAreaFile));
  const addresses = siteAddresses(snapshot.routes, snapshot.entries, standards.byNumber.keys());
  const problems = [
    ...snapshot.problems,
    ...shapeProblems,
    ...findFileNameProblems(snapshot.entries, reservedNames(snapshot.routes)),
    ...findKeyAreaProblems(valid),
    ...findTranslationProblems(valid),
    ...findCitationProblems(valid, standards),
    ...snapshot.entries.flatMap((entry) => findBodyProblems(entry, addresses, standards.byNumber)),
    ...findFeedProblems(snapshot),
  ];
  return sortProblems(locate(problems, snapshot.entries));
}

/**
 * Reads the project's content from disk and finds every problem in it: what
 * `npm run check` reports and the build refuses.
 * @example checkContent('/work/arwain') // [] when all is well
 */
export function checkContent(root: string): ContentProblem[] {
  return findContentProblems(readContent(root));
}

/**
 * Checks that every dictionary has every key of the English one, and nothing
 * else, so no interface text is missing in Welsh.
 */
export function checkDictionaries(dictionaries: Record<string, Record<string, unknown>>, fileOf: (locale: string, key: string) => string): ContentProblem[] {
  const english = dictionaries.en ?? {};
  return Object.entries(dictionaries)
    .filter(([locale]) => locale !== 'en')
    .flatMap(([locale, dictionary]) => [
      ...Object.keys(english)
        .filter((key) => !(key in dictionary))
        .map((key) => ({ file: fileOf(locale, key), field: key, message: `is missing: add it with the ${locale === 'cy' ? 'Welsh' : locale} for ${JSON.stringify(english[key])}.` })),
      ...Object.keys(dictionary)
        .filter((key) => !(key in english))
        .map((key) => ({ file: fileOf(locale, key), field: key, message: `is not in the English dictionary (${fileOf('en', key)}); add it there or remove it here.` })),
    ]);
}
