import { useTranslations } from '../i18n';
import { entriesCsv, entriesDocument, markdownToPlainText, standardsCsv, standardsDocument, standardsCsvRows, type DataFileName } from '../lib/open-data/export';
import {
  caseStudiesDocumentSchema,
  caseStudyRecordSchema,
  fieldRows,
  recommendationRecordSchema,
  recommendationsDocumentSchema,
  standardsDocumentSchema,
  standardsJsonSchema,
  type CaseStudyRecord,
  type DataSource,
  type FieldRow,
  type RecommendationRecord,
  type StandardsDocument,
} from '../lib/open-data/schema';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales/locales';
import { addressOf, paths } from '../lib/locales/urls';
import { getLocalised, getSource, getStandards } from './content';

/*
 * The files under /data/, made from the content by the pure builders in
 * src/lib/open-data/export.ts. The endpoint src/pages/data/[file].ts serves them and
 * the /data/ page lists them with their sizes: each file is made once per build
 * and shared by both.
 */

/** The source every statement and action is transcribed from: an id in `content/sources/`. */
export const STANDARDS_SOURCE = 'draft-leadership-standards-2011';

/** One build, one date: every file made in a build says the same time. */
export const GENERATED = new Date();

/** The site path of a data file. Data files have one address, whatever the page's language. */
export function dataPath(name: string): string {
  return `/data/${name}`;
}

function published(value: number | Date | undefined): DataSource['published'] {
  if (value === undefined) return null;
  return typeof value === 'number' ? value : value.toISOString().slice(0, 10);
}

/** The standards in a language, Welsh falling back to English per key area. */
async function buildStandardsDocument(locale: Locale, site: URL | undefined): Promise<StandardsDocument> {
  const [standards, source] = await Promise.all([getStandards(locale), getSource(STANDARDS_SOURCE)]);
  return standardsDocument({
    title: useTranslations(locale)('site.tagline'),
    source: { title: source.data.title, publisher: source.data.publisher, published: published(source.data.published) },
    generated: GENERATED,
    keyAreas: standards.keyAreas.map((keyArea) => ({ ...keyArea, lang: standards.keyAreaText.get(keyArea.area)!.lang })),
    keyAreaUrl: (slug) => addressOf(site, locale, paths.keyArea(slug)),
    itemUrl: (number) => addressOf(site, locale, paths.item(number)),
  });
}

async function caseStudyRecords(site: URL | undefined): Promise<CaseStudyRecord[]> {
  const entries = await getLocalised('caseStudies', DEFAULT_LOCALE);
  return Promise.all(
    entries.map(async ({ entry: { data, body }, slug }) => ({
      slug,
      title: data.title,
      summary: data.summary,
      source: data.source,
      sourceTitle: (await getSource(data.source)).data.title,
      subject: data.subject,
      standards: data.standards,
      url: addressOf(site, DEFAULT_LOCALE, paths.caseStudy(slug)),
      body: markdownToPlainText(body ?? ''),
    })),
  );
}

async function recommendationRecords(site: URL | undefined): Promise<RecommendationRecord[]> {
  const entries = await getLocalised('recommendations', DEFAULT_LOCALE);
  return Promise.all(
    entries.map(async ({ entry: { data, body }, slug }) => ({
      slug,
      title: data.title,
      code: data.code ?? null,
      source: data.source,
      sourceTitle: (await getSource(data.source)).data.title,
      quotedIn: data.quotedIn ?? null,
      audience: data.audience,
      addressedTo: data.addressedTo,
      order: data.order,
      standards: data.standards,
      caseStudy: data.caseStudy ?? null,
      url: addressOf(site, DEFAULT_LOCALE, paths.recommendation(slug)),
      body: markdownToPlainText(body ?? ''),
    })),
  );
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const english = useTranslations(DEFAULT_LOCALE);
const caseStudyFields = Object.keys(caseStudyRecordSchema.shape) as (keyof CaseStudyRecord)[];
const recommendationFields = Object.keys(recommendationRecordSchema.shape) as (keyof RecommendationRecord)[];

/** How each file is made, with absolute addresses on `site`. */
const BUILDERS: Record<DataFileName, (site: URL | undefined) => Promise<string>> = {
  'standards.json': async (site) => json(await buildStandardsDocument('en', site)),
  'standards.csv': async (site) => standardsCsv(await buildStandardsDocument('en', site)),
  'standards.cy.json': async (site) => json(await buildStandardsDocument('cy', site)),
  'standards.cy.csv': async (site) => standardsCsv(await buildStandardsDocument('cy', site)),
  // The JSON Schema is read by software and its developers: in English.
  'standards.schema.json': (site) => Promise.resolve(json(standardsJsonSchema(addressOf(site, DEFAULT_LOCALE, dataPath('standards.schema.json')), english('site.tagline'), (key) => english(key)))),
  'case-studies.json': async (site) => json(entriesDocument('caseStudies', english('caseStudies.title'), GENERATED, await caseStudyRecords(site))),
  'case-studies.csv': async (site) => entriesCsv(caseStudyFields, await caseStudyRecords(site)),
  'recommendations.json': async (site) => json(entriesDocument('recommendations', english('recommendations.title'), GENERATED, await recommendationRecords(site))),
  'recommendations.csv': async (site) => entriesCsv(recommendationFields, await recommendationRecords(site)),
};

const built = new Map<string, Promise<string>>();

/**
 * A file under /data/, made once per build and site address: the endpoint
 * serves it and the /data/ page measures it.
 * @example await buildDataFile('standards.json', Astro.site) // '{\n  "schemaVersion": 1, …'
 */
export function buildDataFile(name: DataFileName, site: URL | undefined): Promise<string> {
  const key = `${name} ${site?.href ?? ''}`;
  let file = built.get(key);
  if (!file) {
    file = BUILDERS[name](site);
    built.set(key, file);
  }
  return file;
}

/** The fields of each kind of file, for the tables on the /data/ page. */
export const FIELD_TABLES = {
  standardsJson: fieldRows(standardsDocumentSchema),
  standardsCsv: standardsCsvRows(),
  caseStudies: fieldRows(caseStudiesDocumentSchema),
  recommendations: fieldRows(recommendationsDocumentSchema),
} satisfies Record<string, FieldRow[]>;
