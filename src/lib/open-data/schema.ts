import { z } from 'zod';
import type { MessageKey } from '../../i18n';
import { LOCALES } from '../locales/locales';
import { GROUPS } from '../content/standards';

/*
 * The one definition of the files under /data/: a zod schema per file, each
 * field described by a key of the data dictionary (src/i18n/<locale>/data.ts).
 * The TypeScript types, the JSON Schema at /data/standards.schema.json and the
 * field tables of the /data/ page (in the reader's language) all come from here.
 */

/** The version of the files' format: raised only when a field is removed or changes meaning. */
export const SCHEMA_VERSION = 1;

/** What a field means: a dictionary key, so the /data/ page can say it in either language. */
export type FieldKey = Extract<MessageKey, `data.field.${string}`>;

/** A schema with the dictionary key of its meaning. */
function field<T extends z.ZodType>(schema: T, key: FieldKey): T {
  return schema.describe(key);
}

const lang = (key: FieldKey) => field(z.enum(LOCALES), key);
/**
 * A page's address: absolute when the publisher has set the site's address
 * (arwain.config.ts), otherwise a path from the site's root, never a made-up host.
 */
const address = (key: FieldKey) => field(z.string().regex(/^(https:\/\/|http:\/\/|\/)/), key);

export const standardsItemSchema = z.object({
  number: field(z.string().regex(/^[1-6]\.[1-9][0-9]?a?$/), 'data.field.item.number'),
  kind: field(z.enum(['statement', 'action']), 'data.field.item.kind'),
  group: field(z.enum(GROUPS), 'data.field.item.group'),
  text: field(z.string().min(1), 'data.field.item.text'),
  url: address('data.field.item.url'),
  lang: lang('data.field.item.lang'),
});

export const keyAreaRecordSchema = z.object({
  area: field(z.number().int().min(1).max(6), 'data.field.keyArea.area'),
  slug: field(z.string().regex(/^[a-z0-9-]+$/), 'data.field.keyArea.slug'),
  title: field(z.string().min(1), 'data.field.keyArea.title'),
  url: address('data.field.keyArea.url'),
  lang: lang('data.field.keyArea.lang'),
  items: field(z.array(standardsItemSchema).min(1), 'data.field.keyArea.items'),
});

export const dataSourceSchema = z.object({
  title: field(z.string(), 'data.field.source.title'),
  publisher: field(z.string(), 'data.field.source.publisher'),
  published: field(z.union([z.number().int().min(1900).max(2100), z.iso.date(), z.null()]), 'data.field.source.published'),
});

/** The fields at the top of every JSON file. */
const documentFields = {
  schemaVersion: field(z.literal(SCHEMA_VERSION), 'data.field.schemaVersion'),
  title: field(z.string(), 'data.field.title'),
};
const generated = field(z.iso.datetime(), 'data.field.generated');

/** The whole of `standards.json` (and `standards.cy.json`). */
export const standardsDocumentSchema = z.object({
  ...documentFields,
  source: field(dataSourceSchema, 'data.field.source'),
  generated,
  keyAreas: field(z.array(keyAreaRecordSchema).length(6), 'data.field.keyAreas'),
});

const slug = field(z.string(), 'data.field.entry.slug');
const standards = field(z.array(z.string()), 'data.field.entry.standards');

export const caseStudyRecordSchema = z.object({
  slug,
  title: field(z.string(), 'data.field.entry.title'),
  summary: field(z.string(), 'data.field.caseStudy.summary'),
  source: field(z.string(), 'data.field.entry.source'),
  sourceTitle: field(z.string(), 'data.field.entry.sourceTitle'),
  subject: field(z.string(), 'data.field.caseStudy.subject'),
  standards,
  url: address('data.field.entry.url'),
  body: field(z.string(), 'data.field.entry.body'),
});

export const recommendationRecordSchema = z.object({
  slug,
  title: field(z.string(), 'data.field.entry.title'),
  code: field(z.string().nullable(), 'data.field.recommendation.code'),
  source: field(z.string(), 'data.field.entry.source'),
  sourceTitle: field(z.string(), 'data.field.entry.sourceTitle'),
  quotedIn: field(z.string().nullable(), 'data.field.recommendation.quotedIn'),
  audience: field(z.enum(['national', 'local-authorities-and-consortia', 'schools']), 'data.field.recommendation.audience'),
  addressedTo: field(z.string(), 'data.field.recommendation.addressedTo'),
  order: field(z.number().int(), 'data.field.recommendation.order'),
  standards,
  caseStudy: field(z.string().nullable(), 'data.field.recommendation.caseStudy'),
  url: address('data.field.entry.url'),
  body: field(z.string(), 'data.field.entry.body'),
});

/** `case-studies.json`: the case studies under `caseStudies`. */
export const caseStudiesDocumentSchema = z.object({ ...documentFields, generated, caseStudies: field(z.array(caseStudyRecordSchema), 'data.field.caseStudies') });

/** `recommendations.json`: the recommendations under `recommendations`. */
export const recommendationsDocumentSchema = z.object({
  ...documentFields,
  generated,
  recommendations: field(z.array(recommendationRecordSchema), 'data.field.recommendations'),
});

export type StandardsItemRecord = z.infer<typeof standardsItemSchema>;
export type KeyAreaRecord = z.infer<typeof keyAreaRecordSchema>;
export type DataSource = z.infer<typeof dataSourceSchema>;
export type StandardsDocument = z.infer<typeof standardsDocumentSchema>;
export type CaseStudyRecord = z.infer<typeof caseStudyRecordSchema>;
export type RecommendationRecord = z.infer<typeof recommendationRecordSchema>;
export type CaseStudiesDocument = z.infer<typeof caseStudiesDocumentSchema>;
export type RecommendationsDocument = z.infer<typeof recommendationsDocumentSchema>;

/**
 * The JSON Schema (draft 2020-12) of `standards.json` and `standards.cy.json`,
 * each field described in the words `describe` gives its key (English: the
 * schema is read by software and its developers).
 * @example standardsJsonSchema('https://…/data/standards.schema.json', 'Leadership standards', (key) => en[key])
 */
export function standardsJsonSchema(id: string, title: string, describe: (key: FieldKey) => string): Record<string, unknown> {
  const schema = z.toJSONSchema(standardsDocumentSchema, {
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      if (typeof jsonSchema.description === 'string') jsonSchema.description = describe(jsonSchema.description as FieldKey);
    },
  });
  const { $schema, ...rest } = schema;
  return { $schema, $id: id, title, ...rest };
}

/** One row of a field table on the /data/ page. */
export interface FieldRow {
  /** The field or column name as it appears in the file, e.g. `keyAreas[].items[].number`. */
  name: string;
  /** Its JSON type, as JSON Schema names it, e.g. `integer | string | null`. */
  type: string;
  description: FieldKey;
}

/** The JSON type of a schema as the field tables show it. */
export function jsonTypeOf(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema) as { type?: string | string[]; anyOf?: { type?: string }[]; const?: unknown };
  if (json.anyOf) return json.anyOf.map((s) => s.type).join(' | ');
  if (Array.isArray(json.type)) return json.type.join(' | ');
  if (json.const !== undefined) return Number.isInteger(json.const) ? 'integer' : typeof json.const;
  return json.type ?? 'string';
}

/**
 * Every field of a JSON file, nested ones under their parent's name
 * (`keyAreas[].items[].number`), in the order the file has them.
 * @example fieldRows(standardsDocumentSchema)[0] // { name: 'schemaVersion', type: 'integer', description: 'data.field.schemaVersion' }
 */
export function fieldRows(schema: z.ZodObject, prefix = ''): FieldRow[] {
  return Object.entries(schema.shape).flatMap(([name, value]) => {
    const fieldSchema = value as z.ZodType;
    const row = { name: `${prefix}${name}`, type: jsonTypeOf(fieldSchema), description: fieldSchema.description as FieldKey };
    const element = fieldSchema instanceof z.ZodArray ? (fieldSchema.element as z.ZodType) : fieldSchema;
    const nested = element instanceof z.ZodObject ? fieldRows(element, `${row.name}${element === fieldSchema ? '.' : '[].'}`) : [];
    return [row, ...nested];
  });
}
