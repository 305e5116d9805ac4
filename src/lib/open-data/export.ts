import type { MessageKey } from '../../i18n';
import { toCsv, type CsvValue } from './csv';
import {
  keyAreaRecordSchema,
  SCHEMA_VERSION,
  standardsItemSchema,
  jsonTypeOf,
  type DataSource,
  type FieldKey,
  type FieldRow,
  type KeyAreaRecord,
  type StandardsDocument,
  type StandardsItemRecord,
} from './schema';
import type { KeyArea } from '../content/standards';

/*
 * The machine-readable files under /data/: the standards, case studies and
 * recommendations as JSON and CSV, and the JSON Schema of the standards files,
 * in the shapes src/lib/open-data/schema.ts defines. Everything here is pure, so the
 * builders are unit-tested; `src/data/exports.ts` feeds them the content and
 * `src/pages/data/[file].ts` serves what they return.
 */

/** A file under /data/: its name, type and what it holds (for the /data/ page). */
export interface DataFileInfo {
  name: string;
  contentType: string;
  description: MessageKey;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** Every file under /data/, in the order the /data/ page lists them. */
export const DATA_FILES = [
  { name: 'standards.json', contentType: JSON_TYPE, description: 'data.file.standards' },
  { name: 'standards.csv', contentType: CSV_TYPE, description: 'data.file.standards' },
  { name: 'standards.cy.json', contentType: JSON_TYPE, description: 'data.file.standardsCy' },
  { name: 'standards.cy.csv', contentType: CSV_TYPE, description: 'data.file.standardsCy' },
  { name: 'standards.schema.json', contentType: 'application/schema+json; charset=utf-8', description: 'data.file.schema' },
  { name: 'case-studies.json', contentType: JSON_TYPE, description: 'data.file.caseStudies' },
  { name: 'case-studies.csv', contentType: CSV_TYPE, description: 'data.file.caseStudies' },
  { name: 'recommendations.json', contentType: JSON_TYPE, description: 'data.file.recommendations' },
  { name: 'recommendations.csv', contentType: CSV_TYPE, description: 'data.file.recommendations' },
] as const satisfies readonly DataFileInfo[];

export type DataFileName = (typeof DATA_FILES)[number]['name'];

/** The names of the files under /data/. */
export const DATA_FILE_NAMES: readonly DataFileName[] = DATA_FILES.map((file) => file.name);

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

export interface StandardsDocumentInput {
  title: string;
  source: DataSource;
  generated: Date;
  /** The standards in one language, each key area with the language it is written in. */
  keyAreas: (KeyArea & { lang: KeyAreaRecord['lang'] })[];
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
        lang: item.lang as StandardsItemRecord['lang'],
      })),
    })),
  };
}

/** A column of `standards.csv`: its name, the JSON field it holds, and how to get it. */
interface StandardsColumn {
  name: string;
  field: { description?: string | undefined } & Parameters<typeof jsonTypeOf>[0];
  value: (keyArea: KeyAreaRecord, item: StandardsItemRecord) => CsvValue;
}

const item = standardsItemSchema.shape;
const keyArea = keyAreaRecordSchema.shape;

/** The columns of `standards.csv`, in order: one row per item, with its key area's number and title. */
export const STANDARDS_CSV: readonly StandardsColumn[] = [
  { name: 'number', field: item.number, value: (_, i) => i.number },
  { name: 'kind', field: item.kind, value: (_, i) => i.kind },
  { name: 'area', field: keyArea.area, value: (k) => k.area },
  { name: 'key_area', field: keyArea.title, value: (k) => k.title },
  { name: 'group', field: item.group, value: (_, i) => i.group },
  { name: 'text', field: item.text, value: (_, i) => i.text },
  { name: 'url', field: item.url, value: (_, i) => i.url },
];

/** The columns of `standards.csv` as rows of a field table. */
export function standardsCsvRows(): FieldRow[] {
  return STANDARDS_CSV.map((column) => ({ name: column.name, type: jsonTypeOf(column.field), description: column.field.description as FieldKey }));
}

/** The standards as CSV: one row per statement or action, with its key area's number and title. */
export function standardsCsv(document: StandardsDocument): string {
  const rows = document.keyAreas.flatMap((k) => k.items.map((i) => STANDARDS_CSV.map((column) => column.value(k, i))));
  return toCsv([STANDARDS_CSV.map((column) => column.name), ...rows]);
}

/**
 * A list of entries (case studies, recommendations) as one JSON document.
 * @example entriesDocument('caseStudies', 'Case studies', new Date(), records)
 */
export function entriesDocument<K extends string, R>(key: K, title: string, generated: Date, records: R[]) {
  return { schemaVersion: SCHEMA_VERSION, title, generated: generated.toISOString(), [key]: records } as { schemaVersion: typeof SCHEMA_VERSION; title: string; generated: string } & Record<K, R[]>;
}

/**
 * Entries as CSV, one row each, with the record's fields as the columns in
 * their order. Lists (the cited standards) are written with their values
 * separated by spaces.
 * @example entriesCsv(Object.keys(caseStudyRecordSchema.shape), records)
 */
export function entriesCsv<R extends object>(fields: readonly (keyof R & string)[], records: readonly R[]): string {
  const cell = (value: unknown): CsvValue => (Array.isArray(value) ? value.join(' ') : (value as CsvValue));
  return toCsv([fields, ...records.map((record) => fields.map((f) => cell(record[f])))]);
}
