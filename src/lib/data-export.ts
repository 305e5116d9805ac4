import { toCsv, type CsvValue } from './csv';
import { GROUPS, type KeyArea } from './standards';

/*
 * The machine-readable files under /data/: the standards, case studies and
 * recommendations as JSON and CSV, and the JSON Schema of the standards files.
 * Everything here is pure, so the builders are unit-tested; `src/data/exports.ts`
 * feeds them the content and `src/pages/data/[file].ts` serves what they return.
 */

/** The version of the files' format: raised only when a field is removed or changes meaning. */
export const SCHEMA_VERSION = 1;

/**
 * Markdown or MDX as plain text: no markup, headings and paragraphs separated by
 * blank lines, list items starting with "• ". Imports, exports and component
 * tags are dropped (their text content is kept), links keep their words.
 * @example markdownToPlainText('## Why\n\nSee **the [standards](/standards/)**.') // 'Why\n\nSee the standards.'
 */
export function markdownToPlainText(markdown: string): string {
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .filter((line) => !/^(import|export)\s/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}#{1,6}$/, '')
        .replace(/^\s{0,3}(>\s?)+/, '')
        // A thematic break (---, * * *) before list items, which also start with - or *.
        .replace(/^\s{0,3}([-*_])(\s*\1){2,}\s*$/, '')
        .replace(/^(\s*)[-*+]\s+/, '$1• '),
    )
    .map(inlineToPlainText);
  return lines
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function inlineToPlainText(line: string): string {
  // Escaped characters are set aside first, so `\*` is never read as emphasis.
  const escaped: string[] = [];
  const plain = line.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, (_, c: string) => `\uE000${escaped.push(c) - 1}\uE001`);
  return (
    plain
      // Images keep their alternative text, links their words.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Component and HTML tags: the words between them stay.
      .replace(/<\/?[A-Za-z][^<>]*>/g, '')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/\uE000(\d+)\uE001/g, (_, i: string) => escaped[Number(i)]!)
  );
}

/** The publication the standards are transcribed from. */
export interface DataSource {
  title: string;
  publisher: string;
  /** The year, or the full date as YYYY-MM-DD; null when the source gives none. */
  published: number | string | null;
}

export interface StandardsItemRecord {
  number: string;
  kind: 'statement' | 'action';
  group: (typeof GROUPS)[number];
  text: string;
  url: string;
  lang: string;
}

export interface KeyAreaRecord {
  area: number;
  slug: string;
  title: string;
  url: string;
  lang: string;
  items: StandardsItemRecord[];
}

/** The whole of `standards.json` (and `standards.cy.json`). */
export interface StandardsDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  title: string;
  source: DataSource;
  /** When the file was built, as an ISO 8601 date and time in UTC. */
  generated: string;
  keyAreas: KeyAreaRecord[];
}

export interface StandardsDocumentInput {
  title: string;
  source: DataSource;
  generated: Date;
  /** The standards in one language, each key area with the language it is written in. */
  keyAreas: (KeyArea & { lang: string })[];
  /** The absolute address of a key area's page. */
  keyAreaUrl: (slug: string) => string;
  /** The absolute address of an item's page. */
  itemUrl: (number: string) => string;
}

/**
 * The standards as one JSON document: key areas in order, each with its items
 * in the standards' order.
 * @example standardsDocument({ ... }).keyAreas[0].items[0].number // '1.1'
 */
export function standardsDocument(input: StandardsDocumentInput): StandardsDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    title: input.title,
    source: input.source,
    generated: input.generated.toISOString(),
    keyAreas: input.keyAreas.map((keyArea) => ({
      area: keyArea.area,
      slug: keyArea.slug,
      title: keyArea.title,
      url: input.keyAreaUrl(keyArea.slug),
      lang: keyArea.lang,
      items: keyArea.items.map((item) => ({
        number: item.number,
        kind: item.parsed.kind,
        group: item.group,
        text: item.text,
        url: input.itemUrl(item.number),
        lang: item.lang,
      })),
    })),
  };
}

/** The columns of `standards.csv`, in order. */
export const STANDARDS_CSV_COLUMNS = ['number', 'kind', 'area', 'key_area', 'group', 'text', 'url'] as const;

/** The standards as CSV: one row per statement or action, with its key area's number and title. */
export function standardsCsv(document: StandardsDocument): string {
  const rows = document.keyAreas.flatMap((keyArea) =>
    keyArea.items.map((item) => [item.number, item.kind, keyArea.area, keyArea.title, item.group, item.text, item.url]),
  );
  return toCsv([STANDARDS_CSV_COLUMNS, ...rows]);
}

export interface CaseStudyRecord {
  slug: string;
  title: string;
  summary: string;
  source: string;
  sourceTitle: string;
  subject: string;
  standards: string[];
  url: string;
  body: string;
}

export interface RecommendationRecord {
  slug: string;
  title: string;
  code: string | null;
  source: string;
  sourceTitle: string;
  quotedIn: string | null;
  audience: string;
  addressedTo: string;
  order: number;
  standards: string[];
  caseStudy: string | null;
  url: string;
  body: string;
}

/** The fields of each case study, in the order of the CSV columns. */
export const CASE_STUDY_FIELDS = ['slug', 'title', 'summary', 'source', 'sourceTitle', 'subject', 'standards', 'url', 'body'] as const satisfies readonly (keyof CaseStudyRecord)[];

/** The fields of each recommendation, in the order of the CSV columns. */
export const RECOMMENDATION_FIELDS = [
  'slug',
  'title',
  'code',
  'source',
  'sourceTitle',
  'quotedIn',
  'audience',
  'addressedTo',
  'order',
  'standards',
  'caseStudy',
  'url',
  'body',
] as const satisfies readonly (keyof RecommendationRecord)[];

/** A list of entries as one JSON document, under `key`. */
export type EntriesDocument<K extends string, R> = {
  schemaVersion: typeof SCHEMA_VERSION;
  title: string;
  generated: string;
} & Record<K, R[]>;

/**
 * A list of entries (case studies, recommendations) as one JSON document.
 * @example entriesDocument('caseStudies', 'Case studies', new Date(), records)
 */
export function entriesDocument<K extends string, R>(key: K, title: string, generated: Date, records: R[]): EntriesDocument<K, R> {
  return { schemaVersion: SCHEMA_VERSION, title, generated: generated.toISOString(), [key]: records } as EntriesDocument<K, R>;
}

/**
 * Entries as CSV, one row each, with `fields` as the columns. Lists (the cited
 * standards) are written with their values separated by spaces.
 */
export function entriesCsv<R extends object>(fields: readonly (keyof R & string)[], records: readonly R[]): string {
  const cell = (value: unknown): CsvValue => (Array.isArray(value) ? value.join(' ') : (value as CsvValue));
  return toCsv([fields, ...records.map((record) => fields.map((field) => cell(record[field])))]);
}

/** Every field of the standards JSON that the schema and the /data/ page describe. */
export const STANDARDS_FIELDS = [
  'schemaVersion',
  'title',
  'source',
  'source.title',
  'source.publisher',
  'source.published',
  'generated',
  'keyAreas',
  'keyArea.area',
  'keyArea.slug',
  'keyArea.title',
  'keyArea.url',
  'keyArea.lang',
  'keyArea.items',
  'item.number',
  'item.kind',
  'item.group',
  'item.text',
  'item.url',
  'item.lang',
] as const;
export type StandardsField = (typeof STANDARDS_FIELDS)[number];

/**
 * The JSON Schema (draft 2020-12) of `standards.json` and `standards.cy.json`,
 * with each field's description in English from `describe`.
 * @example standardsJsonSchema('https://…/data/standards.schema.json', 'Leadership standards', (f) => descriptions[f])
 */
export function standardsJsonSchema(id: string, title: string, describe: (field: StandardsField) => string) {
  const lang = (field: StandardsField) => ({ type: 'string', enum: ['en', 'cy'], description: describe(field) });
  const url = (field: StandardsField) => ({ type: 'string', format: 'uri-reference', description: describe(field) });
  const item = {
    type: 'object',
    additionalProperties: false,
    required: ['number', 'kind', 'group', 'text', 'url', 'lang'],
    properties: {
      number: { type: 'string', pattern: '^[1-6]\\.[1-9][0-9]?a?$', description: describe('item.number') },
      kind: { type: 'string', enum: ['statement', 'action'], description: describe('item.kind') },
      group: { type: 'string', enum: [...GROUPS], description: describe('item.group') },
      text: { type: 'string', minLength: 1, description: describe('item.text') },
      url: url('item.url'),
      lang: lang('item.lang'),
    },
  };
  const keyArea = {
    type: 'object',
    additionalProperties: false,
    required: ['area', 'slug', 'title', 'url', 'lang', 'items'],
    properties: {
      area: { type: 'integer', minimum: 1, maximum: 6, description: describe('keyArea.area') },
      slug: { type: 'string', pattern: '^[a-z0-9-]+$', description: describe('keyArea.slug') },
      title: { type: 'string', minLength: 1, description: describe('keyArea.title') },
      url: url('keyArea.url'),
      lang: lang('keyArea.lang'),
      items: { type: 'array', minItems: 1, items: { $ref: '#/$defs/item' }, description: describe('keyArea.items') },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title,
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'title', 'source', 'generated', 'keyAreas'],
    properties: {
      schemaVersion: { const: SCHEMA_VERSION, description: describe('schemaVersion') },
      title: { type: 'string', description: describe('title') },
      source: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'publisher', 'published'],
        description: describe('source'),
        properties: {
          title: { type: 'string', description: describe('source.title') },
          publisher: { type: 'string', description: describe('source.publisher') },
          published: {
            anyOf: [{ type: 'integer' }, { type: 'string', format: 'date' }, { type: 'null' }],
            description: describe('source.published'),
          },
        },
      },
      generated: { type: 'string', format: 'date-time', description: describe('generated') },
      keyAreas: { type: 'array', minItems: 6, maxItems: 6, items: { $ref: '#/$defs/keyArea' }, description: describe('keyAreas') },
    },
    $defs: { keyArea, item },
  };
}
