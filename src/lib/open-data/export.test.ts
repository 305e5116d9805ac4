import { describe, expect, it } from 'vitest';
import { entriesCsv, entriesDocument, markdownToPlainText, STANDARDS_CSV, standardsCsv, standardsCsvRows, standardsDocument } from './export';
import { caseStudyRecordSchema, fieldRows, standardsDocumentSchema, standardsJsonSchema, type CaseStudyRecord, type FieldKey, type StandardsDocument } from './schema';
import { BOM } from './csv';
import { cy } from '../../i18n/cy';
import { en } from '../../i18n/en';
import { buildStandards } from '../content/standards';
import { readKeyAreas } from '../../../tests/fixtures/content';
import { parseCsv } from '../../../tests/fixtures/csv';

const SITE = 'https://arwain.example.wales';

/** The English standards document, built from the content files as authored. */
function englishDocument(): StandardsDocument {
  const standards = buildStandards(readKeyAreas('en'));
  return standardsDocument({
    title: 'Leadership standards for schools in Wales',
    source: { title: 'Draft Leadership Standards', publisher: 'Consortium Leadership Projects', published: 2011 },
    generated: new Date('2026-11-23T10:00:00Z'),
    keyAreas: standards.keyAreas.map((k) => ({ ...k, lang: 'en' })),
    keyAreaUrl: (slug) => `${SITE}/standards/${slug}/`,
    itemUrl: (number) => `${SITE}/standards/${number}/`,
  });
}

describe('markdownToPlainText', () => {
  it('drops headings, emphasis, links and quote markers, keeping the words', () => {
    const md = '## Why it matters\n\nSee **the [standards](/standards/)** and _this_ `code`.\n\n> A quotation.';
    expect(markdownToPlainText(md)).toBe('Why it matters\n\nSee the standards and this code.\n\nA quotation.');
  });

  it('writes list items with bullets and keeps blank lines between blocks', () => {
    expect(markdownToPlainText('Intro\n\n- one\n- two\n* three\n\n\n\nEnd')).toBe('Intro\n\n• one\n• two\n• three\n\nEnd');
    expect(markdownToPlainText('Above\n\n* * *\n\nBelow')).toBe('Above\n\nBelow');
  });

  it('drops imports, component tags and comments but keeps text between tags', () => {
    const md = "import Note from '../Note.astro';\n\n<Note>Read this</Note>\n\n<!-- editor's note -->Text";
    expect(markdownToPlainText(md)).toBe('Read this\n\nText');
  });

  it('leaves underscores and asterisks inside words alone, and unescapes markdown escapes', () => {
    expect(markdownToPlainText('snake_case_name and 2*3*4 and \\*not emphasis\\*')).toBe('snake_case_name and 2*3*4 and *not emphasis*');
  });

  it('keeps Welsh letters and curly punctuation untouched', () => {
    expect(markdownToPlainText('Mae’r **ysgol** yn “dysgu” – ŵ ŷ')).toBe('Mae’r ysgol yn “dysgu” – ŵ ŷ');
  });
});

describe('standardsDocument', () => {
  const doc = englishDocument();
  const items = doc.keyAreas.flatMap((k) => k.items);

  it('has the fields of schema version 1 and the six key areas in order', () => {
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'title', 'source', 'generated', 'keyAreas']);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.generated).toBe('2026-11-23T10:00:00.000Z');
    expect(doc.keyAreas.map((k) => k.area)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.keyAreas[0]).toMatchObject({ slug: 'creating-strategic-direction', url: `${SITE}/standards/creating-strategic-direction/`, lang: 'en' });
  });

  it('has all 172 items, with no 2.12, each with its kind, group, text, address and language', () => {
    expect(items).toHaveLength(172);
    expect(items.some((i) => i.number === '2.12')).toBe(false);
    expect(items.find((i) => i.number === '3.4a')).toEqual({
      number: '3.4a',
      kind: 'action',
      group: 'actions',
      text: expect.stringMatching(/leadership potential/),
      url: `${SITE}/standards/3.4a/`,
      lang: 'en',
    });
    expect(items.find((i) => i.number === '1.14')?.kind).toBe('statement');
  });

  it('is valid against its own zod schema and JSON Schema', () => {
    expect(standardsDocumentSchema.safeParse(doc).error).toBeUndefined();
    const schema = standardsJsonSchema(`${SITE}/data/standards.schema.json`, 'Leadership standards', (f) => f);
    expect(validate(schema, schema, JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });

  it('fails its JSON Schema when a field is missing, extra or wrong', () => {
    const schema = standardsJsonSchema(`${SITE}/data/standards.schema.json`, 'Leadership standards', (f) => f);
    const broken = JSON.parse(JSON.stringify(doc));
    delete broken.keyAreas[0].items[0].url;
    broken.keyAreas[1].items[0].kind = 'attribute';
    broken.keyAreas[2].extra = true;
    expect(validate(schema, schema, broken)).toEqual([
      '/keyAreas/0/items/0: missing url',
      '/keyAreas/1/items/0/kind: "attribute" is not one of statement, action',
      '/keyAreas/2: unexpected field extra',
    ]);
  });
});

describe('standardsJsonSchema', () => {
  it('is draft 2020-12 with its address and title, and describes every field in English from the dictionary', () => {
    const schema = standardsJsonSchema('https://x/data/standards.schema.json', 'Leadership standards', (key) => en[key]);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://x/data/standards.schema.json', title: 'Leadership standards' });
    const text = JSON.stringify(schema);
    for (const row of fieldRows(standardsDocumentSchema)) expect(text, row.name).toContain(JSON.stringify(en[row.description]));
    expect(text).not.toContain('data.field.');
  });
});

describe('the field tables of the /data/ page', () => {
  it('list every field of the standards JSON, nested ones under their parent, with JSON types', () => {
    const rows = fieldRows(standardsDocumentSchema);
    expect(rows.map((r) => r.name)).toEqual([
      'schemaVersion',
      'title',
      'source',
      'source.title',
      'source.publisher',
      'source.published',
      'generated',
      'keyAreas',
      'keyAreas[].area',
      'keyAreas[].slug',
      'keyAreas[].title',
      'keyAreas[].url',
      'keyAreas[].lang',
      'keyAreas[].items',
      'keyAreas[].items[].number',
      'keyAreas[].items[].kind',
      'keyAreas[].items[].group',
      'keyAreas[].items[].text',
      'keyAreas[].items[].url',
      'keyAreas[].items[].lang',
    ]);
    expect(rows.find((r) => r.name === 'source.published')).toEqual({ name: 'source.published', type: 'integer | string | null', description: 'data.field.source.published' });
    expect(rows.find((r) => r.name === 'schemaVersion')?.type).toBe('integer');
  });

  it('describe every field and column in both languages', () => {
    const keys: FieldKey[] = [fieldRows(standardsDocumentSchema), standardsCsvRows()].flat().map((r) => r.description);
    for (const key of keys) {
      expect(en[key], key).toBeTruthy();
      expect(cy[key], key).toBeTruthy();
    }
  });
});

describe('standardsCsv', () => {
  const csv = standardsCsv(englishDocument());
  const records = parseCsv(csv.slice(BOM.length));

  it('is a UTF-8 CSV with a byte order mark, a header and one row per item: 173 lines', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(records).toHaveLength(173);
    expect(records[0]).toEqual(['number', 'kind', 'area', 'key_area', 'group', 'text', 'url']);
    expect(records[0]).toEqual(STANDARDS_CSV.map((c) => c.name));
    expect(records.every((r) => r.length === 7)).toBe(true);
  });

  it('gives each row its key area’s number and title', () => {
    const row = records.find((r) => r[0] === '3.4a')!;
    expect(row.slice(0, 5)).toEqual(['3.4a', 'action', '3', 'Developing and Working with Others', 'actions']);
    expect(row[6]).toBe(`${SITE}/standards/3.4a/`);
  });
});

describe('entriesDocument and entriesCsv', () => {
  const records: CaseStudyRecord[] = [
    {
      slug: 'a',
      title: 'A, with a comma',
      summary: 'Says "hello"',
      source: 's',
      sourceTitle: 'Source',
      subject: 'A school',
      standards: ['1.1', '3.4a'],
      url: `${SITE}/case-studies/a/`,
      body: 'Line one\n\n• item',
    },
  ];

  it('wraps the records with the version, title and build date', () => {
    const doc = entriesDocument('caseStudies', 'Case studies', new Date('2026-11-23T00:00:00Z'), records);
    expect(doc).toEqual({ schemaVersion: 1, title: 'Case studies', generated: '2026-11-23T00:00:00.000Z', caseStudies: records });
  });

  it('writes one row per record, lists separated by spaces, multi-line text quoted', () => {
    const fields = Object.keys(caseStudyRecordSchema.shape) as (keyof CaseStudyRecord)[];
    const parsed = parseCsv(entriesCsv(fields, records).slice(BOM.length));
    expect(parsed[0]).toEqual(['slug', 'title', 'summary', 'source', 'sourceTitle', 'subject', 'standards', 'url', 'body']);
    expect(parsed[1]).toEqual(['a', 'A, with a comma', 'Says "hello"', 's', 'Source', 'A school', '1.1 3.4a', `${SITE}/case-studies/a/`, 'Line one\n\n• item']);
  });
});

type Schema = Record<string, unknown>;

/**
 * Checks a value against the small part of JSON Schema that the standards schema
 * uses (type, const, enum, required, properties, additionalProperties, items,
 * $ref, anyOf, pattern, minimum/maximum, minItems/maxItems, minLength), so the
 * test needs no validator package.
 */
function validate(root: Schema, schema: Schema, value: unknown, at = ''): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace('#/', '')
      .split('/')
      .reduce<Schema>((s, key) => s[key] as Schema, root);
    return validate(root, target, value, at);
  }
  if (Array.isArray(schema.anyOf)) {
    return (schema.anyOf as Schema[]).some((s) => validate(root, s, value, at).length === 0) ? [] : [`${at}: matches none of anyOf`];
  }
  const problems: string[] = [];
  if ('const' in schema && value !== schema.const) problems.push(`${at}: should be ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  const types = ([] as string[]).concat((schema.type as string | string[] | undefined) ?? []);
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (types.length > 0 && !types.some((type) => type === actual || (type === 'number' && actual === 'integer'))) return [...problems, `${at}: expected ${types.join(' or ')}, found ${actual}`];
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) problems.push(`${at}: "${value}" does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) problems.push(`${at}: too short`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) problems.push(`${at}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) problems.push(`${at}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((v, i) => problems.push(...validate(root, schema.items as Schema, v, `${at}/${i}`)));
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) problems.push(`${at}: missing ${key}`);
    for (const [key, v] of Object.entries(object)) {
      if (properties[key]) problems.push(...validate(root, properties[key], v, `${at}/${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}: unexpected field ${key}`);
    }
  }
  return problems;
}
