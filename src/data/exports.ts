import { useTranslations, type MessageKey } from '../i18n';
import {
  CASE_STUDY_FIELDS,
  entriesCsv,
  entriesDocument,
  markdownToPlainText,
  RECOMMENDATION_FIELDS,
  standardsCsv,
  standardsDocument,
  standardsJsonSchema,
  type CaseStudyRecord,
  type DataSource,
  type RecommendationRecord,
  type StandardsDocument,
  type StandardsField,
} from '../lib/data-export';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales';
import { href, paths } from '../lib/urls';
import { getLocalised, getSource, getStandards } from './content';

/*
 * The files under /data/, made from the content collections by the pure
 * builders in `src/lib/data-export.ts`. The endpoint `src/pages/data/[file].ts`
 * serves them and the /data/ page lists them, with their sizes and fields, from
 * the one table here.
 */

/** The source every statement and action is transcribed from: an id in `content/sources/`. */
export const STANDARDS_SOURCE = 'draft-leadership-standards-2011';

/** One build, one date: every file made in a build says the same time. */
export const GENERATED = new Date();

/** The site path of a data file. Data files have one address, whatever the page's language. */
export function dataPath(name: string): string {
  return `/data/${name}`;
}

/** The absolute address of a site path, as `new URL(href(locale, path), Astro.site)`. */
function absolute(site: URL | undefined, locale: Locale, path: string): string {
  return new URL(href(locale, path), site).href;
}

function published(value: number | Date | undefined): DataSource['published'] {
  if (value === undefined) return null;
  return typeof value === 'number' ? value : value.toISOString().slice(0, 10);
}

async function standardsSource(): Promise<DataSource> {
  const source = (await getSource(STANDARDS_SOURCE)).data;
  return { title: source.title, publisher: source.publisher, published: published(source.published) };
}

/** The standards in a language, Welsh falling back to English per key area. */
export async function buildStandardsDocument(locale: Locale, site: URL | undefined): Promise<StandardsDocument> {
  const t = useTranslations(locale);
  const standards = await getStandards(locale);
  return standardsDocument({
    title: t('site.tagline'),
    source: await standardsSource(),
    generated: GENERATED,
    keyAreas: standards.keyAreas.map((keyArea) => ({ ...keyArea, lang: standards.keyAreaText.get(keyArea.area)!.lang })),
    keyAreaUrl: (slug) => absolute(site, locale, paths.keyArea(slug)),
    itemUrl: (number) => absolute(site, locale, paths.item(number)),
  });
}

async function caseStudyRecords(site: URL | undefined): Promise<CaseStudyRecord[]> {
  const entries = await getLocalised('caseStudies', DEFAULT_LOCALE);
  return Promise.all(
    entries.map(async ({ entry, slug }) => ({
      slug,
      title: entry.data.title,
      summary: entry.data.summary,
      source: entry.data.source,
      sourceTitle: (await getSource(entry.data.source)).data.title,
      subject: entry.data.subject,
      standards: entry.data.standards,
      url: absolute(site, DEFAULT_LOCALE, paths.caseStudy(slug)),
      body: markdownToPlainText(entry.body ?? ''),
    })),
  );
}

async function recommendationRecords(site: URL | undefined): Promise<RecommendationRecord[]> {
  const entries = await getLocalised('recommendations', DEFAULT_LOCALE);
  return Promise.all(
    entries.map(async ({ entry, slug }) => ({
      slug,
      title: entry.data.title,
      code: entry.data.code ?? null,
      source: entry.data.source,
      sourceTitle: (await getSource(entry.data.source)).data.title,
      quotedIn: entry.data.quotedIn ?? null,
      audience: entry.data.audience,
      addressedTo: entry.data.addressedTo,
      order: entry.data.order,
      standards: entry.data.standards,
      caseStudy: entry.data.caseStudy ?? null,
      url: absolute(site, DEFAULT_LOCALE, paths.recommendation(slug)),
      body: markdownToPlainText(entry.body ?? ''),
    })),
  );
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The English description of each standards field: the JSON Schema is read by software, in English. */
export function describeStandardsField(field: StandardsField, locale: Locale = DEFAULT_LOCALE): string {
  return useTranslations(locale)(`data.field.${field}`);
}

export interface DataFile {
  /** The file name under /data/. */
  name: string;
  contentType: string;
  /** What the file holds, for the /data/ page. */
  description: MessageKey;
  /** The file's contents, with absolute addresses on `site`. */
  build: (site: URL | undefined) => Promise<string>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** Every file under /data/, in the order the /data/ page lists them. */
export const DATA_FILES: DataFile[] = [
  { name: 'standards.json', contentType: JSON_TYPE, description: 'data.file.standards', build: async (site) => json(await buildStandardsDocument('en', site)) },
  { name: 'standards.csv', contentType: CSV_TYPE, description: 'data.file.standards', build: async (site) => standardsCsv(await buildStandardsDocument('en', site)) },
  { name: 'standards.cy.json', contentType: JSON_TYPE, description: 'data.file.standardsCy', build: async (site) => json(await buildStandardsDocument('cy', site)) },
  { name: 'standards.cy.csv', contentType: CSV_TYPE, description: 'data.file.standardsCy', build: async (site) => standardsCsv(await buildStandardsDocument('cy', site)) },
  {
    name: 'standards.schema.json',
    contentType: 'application/schema+json; charset=utf-8',
    description: 'data.file.schema',
    build: async (site) =>
      json(standardsJsonSchema(absolute(site, DEFAULT_LOCALE, dataPath('standards.schema.json')), useTranslations('en')('site.tagline'), (f) => describeStandardsField(f))),
  },
  {
    name: 'case-studies.json',
    contentType: JSON_TYPE,
    description: 'data.file.caseStudies',
    build: async (site) => json(entriesDocument('caseStudies', useTranslations('en')('caseStudies.title'), GENERATED, await caseStudyRecords(site))),
  },
  { name: 'case-studies.csv', contentType: CSV_TYPE, description: 'data.file.caseStudies', build: async (site) => entriesCsv(CASE_STUDY_FIELDS, await caseStudyRecords(site)) },
  {
    name: 'recommendations.json',
    contentType: JSON_TYPE,
    description: 'data.file.recommendations',
    build: async (site) => json(entriesDocument('recommendations', useTranslations('en')('recommendations.title'), GENERATED, await recommendationRecords(site))),
  },
  { name: 'recommendations.csv', contentType: CSV_TYPE, description: 'data.file.recommendations', build: async (site) => entriesCsv(RECOMMENDATION_FIELDS, await recommendationRecords(site)) },
];

/** One row of a field table on the /data/ page. */
export interface FieldRow {
  /** The field or column name as it appears in the file. */
  name: string;
  /** Its JSON type, as JSON Schema names it. */
  type: string;
  description: MessageKey;
}

const standardsField = (name: string, type: string, field: StandardsField): FieldRow => ({ name, type, description: `data.field.${field}` });

/** The fields at the top of every JSON file. */
const documentFields: FieldRow[] = [
  standardsField('schemaVersion', 'integer', 'schemaVersion'),
  standardsField('title', 'string', 'title'),
  standardsField('generated', 'string', 'generated'),
];

/** The fields of each kind of file, for the tables on the /data/ page. */
export const FIELD_TABLES = {
  standardsJson: [
    standardsField('schemaVersion', 'integer', 'schemaVersion'),
    standardsField('title', 'string', 'title'),
    standardsField('source', 'object', 'source'),
    standardsField('source.title', 'string', 'source.title'),
    standardsField('source.publisher', 'string', 'source.publisher'),
    standardsField('source.published', 'integer | string | null', 'source.published'),
    standardsField('generated', 'string', 'generated'),
    standardsField('keyAreas', 'array', 'keyAreas'),
    standardsField('keyAreas[].area', 'integer', 'keyArea.area'),
    standardsField('keyAreas[].slug', 'string', 'keyArea.slug'),
    standardsField('keyAreas[].title', 'string', 'keyArea.title'),
    standardsField('keyAreas[].url', 'string', 'keyArea.url'),
    standardsField('keyAreas[].lang', 'string', 'keyArea.lang'),
    standardsField('keyAreas[].items', 'array', 'keyArea.items'),
    standardsField('keyAreas[].items[].number', 'string', 'item.number'),
    standardsField('keyAreas[].items[].kind', 'string', 'item.kind'),
    standardsField('keyAreas[].items[].group', 'string', 'item.group'),
    standardsField('keyAreas[].items[].text', 'string', 'item.text'),
    standardsField('keyAreas[].items[].url', 'string', 'item.url'),
    standardsField('keyAreas[].items[].lang', 'string', 'item.lang'),
  ],
  standardsCsv: [
    standardsField('number', 'string', 'item.number'),
    standardsField('kind', 'string', 'item.kind'),
    standardsField('area', 'integer', 'keyArea.area'),
    standardsField('key_area', 'string', 'keyArea.title'),
    standardsField('group', 'string', 'item.group'),
    standardsField('text', 'string', 'item.text'),
    standardsField('url', 'string', 'item.url'),
  ],
  caseStudies: [
    ...documentFields,
    { name: 'caseStudies', type: 'array', description: 'data.field.caseStudies' },
    { name: 'slug', type: 'string', description: 'data.field.entry.slug' },
    { name: 'title', type: 'string', description: 'data.field.entry.title' },
    { name: 'summary', type: 'string', description: 'data.field.caseStudy.summary' },
    { name: 'source', type: 'string', description: 'data.field.entry.source' },
    { name: 'sourceTitle', type: 'string', description: 'data.field.entry.sourceTitle' },
    { name: 'subject', type: 'string', description: 'data.field.caseStudy.subject' },
    { name: 'standards', type: 'array', description: 'data.field.entry.standards' },
    { name: 'url', type: 'string', description: 'data.field.entry.url' },
    { name: 'body', type: 'string', description: 'data.field.entry.body' },
  ],
  recommendations: [
    ...documentFields,
    { name: 'recommendations', type: 'array', description: 'data.field.recommendations' },
    { name: 'slug', type: 'string', description: 'data.field.entry.slug' },
    { name: 'title', type: 'string', description: 'data.field.entry.title' },
    { name: 'code', type: 'string | null', description: 'data.field.recommendation.code' },
    { name: 'source', type: 'string', description: 'data.field.entry.source' },
    { name: 'sourceTitle', type: 'string', description: 'data.field.entry.sourceTitle' },
    { name: 'quotedIn', type: 'string | null', description: 'data.field.recommendation.quotedIn' },
    { name: 'audience', type: 'string', description: 'data.field.recommendation.audience' },
    { name: 'addressedTo', type: 'string', description: 'data.field.recommendation.addressedTo' },
    { name: 'order', type: 'integer', description: 'data.field.recommendation.order' },
    { name: 'standards', type: 'array', description: 'data.field.entry.standards' },
    { name: 'caseStudy', type: 'string | null', description: 'data.field.recommendation.caseStudy' },
    { name: 'url', type: 'string', description: 'data.field.entry.url' },
    { name: 'body', type: 'string', description: 'data.field.entry.body' },
  ],
} satisfies Record<string, FieldRow[]>;
