import type { z } from 'zod';
import { COLLECTIONS, type CollectionName } from './registry';
import type { ContentProblem } from './problems';
import { splitEntryId, type ContentEntry } from './reader';
import { fieldPath, lineOfField } from './source';

/*
 * An entry's fields against its collection's schema (src/lib/content/schemas/content.ts),
 * with each of zod's findings rephrased for the author: the field, its line,
 * and what to write instead.
 */

type Issue = z.core.$ZodIssue;

/** What each expected type is called in a message. */
const TYPES: Record<string, string> = {
  number: 'a number, such as 3',
  string: 'text',
  array: 'a list, such as ["3.13", "3.4a"]',
  object: 'a set of fields',
  boolean: 'true or false',
  date: 'a date, such as 2026-11-23',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** The fields an object schema allows, when the schema is one. */
function fieldsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function describe(issue: Issue, entry: ContentEntry): string {
  const value = valueAt(entry.data, issue.path);
  if (issue.code === 'invalid_type' && value === undefined) return 'is required but missing; add it (see AUTHORING.md).';
  if (issue.code === 'invalid_type') return `should be ${TYPES[issue.expected] ?? issue.expected}, not ${JSON.stringify(value)}.`;
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    return `${JSON.stringify(value)} is not allowed; write one of: ${issue.values.map(String).join(', ')}.`;
  }
  return `${issue.message}.`;
}

/** One problem per issue; an unknown field is one problem per field, on its own line. */
function problemsOf(issue: Issue, entry: ContentEntry): ContentProblem[] {
  const { filePath: file, lines } = entry;
  if (issue.code === 'unrecognized_keys') {
    const allowed = issue.path.length === 0 ? fieldsOf(COLLECTIONS[entry.collection].schema) : [];
    return issue.keys.map((key) => {
      const field = fieldPath([...issue.path, key]);
      const hint = allowed.length > 0 ? `the fields here are ${allowed.join(', ')}` : 'check the spelling';
      return { file, line: lineOfField(lines, field), field, message: `is not a field of this collection; ${hint} (see AUTHORING.md).` };
    });
  }
  const field = fieldPath(issue.path) || 'frontmatter';
  return [{ file, line: lineOfField(lines, field), field, message: describe(issue, entry) }];
}

/**
 * Checks an entry against its collection's schema.
 * @returns the fields as the schema gives them (defaults filled, dates parsed), or the problems
 * @example validateEntry(entry).problems // [] when the entry is valid
 */
export function validateEntry(entry: ContentEntry): { data?: unknown; problems: ContentProblem[] } {
  const result = COLLECTIONS[entry.collection].schema.safeParse(entry.data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => problemsOf(issue, entry)) };
}

/** The fields of a valid entry of collection `C`, as its schema gives them. */
export type EntryData<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;

/** An entry that passed its schema, with its fields typed. */
export interface ValidEntry<C extends CollectionName> {
  entry: ContentEntry;
  data: EntryData<C>;
  /** The language folder it is in; undefined in a collection that is not translated. */
  locale: string | undefined;
  /** Its file name without the extension: the slug in its address. */
  name: string;
}

/** The valid entries of each collection, for the checks that span entries. */
export class ValidContent {
  readonly #entries: ValidEntry<CollectionName>[];

  constructor(entries: ValidEntry<CollectionName>[]) {
    this.#entries = entries;
  }

  /**
   * The valid entries of a collection, in one language or in all.
   * @example content.of('caseStudies', 'en').map((e) => e.data.title)
   */
  of<C extends CollectionName>(collection: C, locale?: string): ValidEntry<C>[] {
    return this.#entries.filter((e): e is ValidEntry<C> => e.entry.collection === collection && (locale === undefined || e.locale === locale));
  }
}

/**
 * Checks every entry against its schema.
 * @example validateAll(readContent(root).entries).problems // [] when all is well
 */
export function validateAll(entries: readonly ContentEntry[]): { valid: ValidContent; problems: ContentProblem[] } {
  const valid: ValidEntry<CollectionName>[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const result = validateEntry(entry);
    problems.push(...result.problems);
    if (result.problems.length === 0) {
      const { locale, name } = splitEntryId(entry.id);
      valid.push({ entry, data: result.data as EntryData<CollectionName>, locale, name });
    }
  }
  return { valid: new ValidContent(valid), problems };
}
