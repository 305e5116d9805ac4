import { compareItemNumbers } from '../content/item-number';
import { idSchema, levelSchema, MARKUP_MESSAGE, reviewSchema, timestampSchema } from './model';
import { array, duplicates, literal, object, optional, record, refine, string, type Infer, type Issue, type Schema } from './schema';

/*
 * The file format of a person's reviews, the same in the browser's storage and
 * in an exported file. It carries a version number: a file written by an older
 * version of the tool is migrated step by step to the current one, so nobody
 * loses a review when the format changes. A file that fails any check is
 * refused whole, with a reason the page can explain; nothing is half imported.
 */

export const FORMAT = 'arwain-review';
/**
 * 2 added `changed` to items and `detailsChanged` to reviews (both optional), so that two tabs can merge;
 * 3 added `fieldsChanged` and `evidenceRemoved` to items (both optional), so that they merge per field.
 */
export const CURRENT_VERSION = 3;
export const MAX_REVIEWS = 50;

/*
 * The size limits, which must agree so that nothing the tool keeps becomes a
 * file it refuses: the stored reviews stop growing at MAX_STORE_BYTES, and an
 * import reads files, and may grow the stored reviews, up to MAX_FILE_BYTES,
 * twice as much. So every export can be imported again, even into a browser
 * that already holds a full set of reviews from another device.
 */
/** A change that would make the stored reviews larger than this (and larger than they are) is not made. */
export const MAX_STORE_BYTES = 1024 * 1024;
/** The largest file an import reads, and the most an import may grow the stored reviews to. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export const storeSchema = refine(object({ format: literal(FORMAT), version: literal(CURRENT_VERSION), reviews: array(reviewSchema, MAX_REVIEWS) }), (store) =>
  duplicates(
    store.reviews,
    (review) => review.id,
    'id',
    (id) => `the id ${id} is used twice`,
    'reviews',
  ),
);
/** Every review kept on a device, as stored and as exported. */
export type Store = Infer<typeof storeSchema>;

/**
 * Version 0, the first format: items were a map from item number to level and
 * evidence, with no priorities, no history and no evidence ids.
 */
export const storeSchemaV0 = object({
  format: literal(FORMAT),
  version: literal(0),
  reviews: array(
    object({
      id: idSchema,
      title: string(),
      stage: optional(string()),
      created: timestampSchema,
      items: record(string(), object({ level: levelSchema, evidence: array(object({ note: string(), date: string(), url: optional(string()) }), Infinity) })),
    }),
    MAX_REVIEWS,
  ),
});
export type StoreV0 = Infer<typeof storeSchemaV0>;

/** Version 0 → 1: items become a list in the standards' order, each with a priority flag and a history. */
function migrateV0(old: StoreV0): unknown {
  return {
    format: FORMAT,
    version: 1,
    reviews: old.reviews.map((review) => {
      // `created` passed the version 0 schema as a timestamp, so it starts with a day.
      const day = review.created.slice(0, 10);
      const numbers = Object.keys(review.items).sort(compareItemNumbers);
      return {
        id: review.id,
        title: review.title,
        stage: review.stage ?? null,
        created: review.created,
        updated: review.created,
        items: numbers.map((number) => {
          const item = review.items[number]!;
          return {
            number,
            level: item.level,
            priority: false,
            evidence: item.evidence.map((e, index) => ({ id: `e${index + 1}-${review.id}`.slice(0, 40), note: e.note, date: e.date, ...(e.url ? { url: e.url } : {}) })),
            history: [{ on: day, level: item.level, priority: false }],
          };
        }),
      };
    }),
  };
}

/** Version 1 → 2 and 2 → 3: the new fields are optional, so only the version changes; the current schema then checks everything. */
function nextVersion(old: { version: number }): unknown {
  return { ...old, version: old.version + 1 };
}

/** The schema of each earlier version (when it needs its own check) and the step that lifts it one version. */
const MIGRATIONS: Record<number, { schema?: Schema<unknown>; up: (data: never) => unknown }> = {
  0: { schema: storeSchemaV0, up: migrateV0 },
  1: { up: nextVersion },
  2: { up: nextVersion },
};

export type ImportProblem = 'too-large' | 'empty' | 'not-json' | 'not-review-file' | 'newer-version' | 'unsupported-version' | 'markup' | 'invalid';

export interface ImportError {
  problem: ImportProblem;
  /** Where in the file, e.g. `reviews[0].items[3].evidence[0].note`, when the problem is in one place. */
  at?: string;
  /** The offending value, e.g. the version number. */
  value?: string;
}

export type ParseResult = { ok: true; store: Store; migratedFrom?: number } | { ok: false; error: ImportError };

/**
 * A place in a file as a person would write it.
 * @example pathText(['reviews', 0, 'items', 3, 'note']) // 'reviews[0].items[3].note'
 */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${part}`)).join('');
}

/**
 * The size of text in UTF-8, as a file or the browser's storage holds it, without copying it.
 * @example utf8Bytes('ŵ') // 2
 */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) {
      bytes += 1;
      continue;
    }
    // Three bytes a unit; a surrogate pair, two units, is four bytes together.
    bytes += 2;
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i += 1;
  }
  return bytes;
}

function schemaFailure(issues: readonly Issue[]): ParseResult {
  // Markup is named on its own: it is the one problem a person may have put there on purpose.
  const markup = issues.find((issue) => issue.message === MARKUP_MESSAGE);
  const issue = markup ?? issues[0];
  const at = issue && issue.path.length > 0 ? { at: pathText(issue.path) } : {};
  return { ok: false, error: { problem: markup ? 'markup' : 'invalid', ...at } };
}

/** Lifts `data` of version `version` to the current version, checking each older version against its own schema. */
function migrate(data: unknown, version: number): { data: unknown } | { failure: ParseResult } {
  for (let v = version; v < CURRENT_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) return { failure: { ok: false, error: { problem: 'unsupported-version', value: String(v) } } };
    if (step.schema) {
      const old = step.schema.safeParse(data);
      if (!old.success) return { failure: schemaFailure(old.issues) };
    }
    data = step.up(data as never);
  }
  return { data };
}

/** What the first checks of a loaded file can find wrong with it. */
export type JsonTextProblem = 'too-large' | 'empty' | 'not-json';

/**
 * The first checks of any file a person loads (reviews, a shared review, a
 * mentor's file): at most `maxBytes` in UTF-8, not empty, JSON.
 * @example readJsonText('{"a":1}') // { ok: true, data: { a: 1 } }
 */
export function readJsonText(text: string, maxBytes = MAX_FILE_BYTES): { ok: true; data: unknown } | { ok: false; problem: JsonTextProblem } {
  // Counting is needed only between the sure cases: a UTF-16 unit is one to three bytes.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Bytes(text) > maxBytes)) return { ok: false, problem: 'too-large' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}

/**
 * Reads reviews from text: a file being imported, or what the browser stored.
 * Checks size (files only: stored text is never refused for its size), JSON,
 * format and version (migrating older ones), and the schema. Item numbers the
 * standards no longer have are not a problem here: see `reconcile.ts`.
 * @example parseStore(await file.text())
 */
export function parseStore(text: string, options: { maxBytes?: number } = {}): ParseResult {
  const fail = (problem: ImportProblem, more: Omit<ImportError, 'problem'> = {}): ParseResult => ({ ok: false, error: { problem, ...more } });
  const read = readJsonText(text, options.maxBytes);
  if (!read.ok) return fail(read.problem);
  const data = read.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== FORMAT) {
    return fail('not-review-file');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return fail('unsupported-version', { value: String(version) });
  if (version > CURRENT_VERSION) return fail('newer-version', { value: String(version) });
  const migrated = migrate(data, version);
  if ('failure' in migrated) return migrated.failure;
  const parsed = storeSchema.safeParse(migrated.data);
  if (!parsed.success) return schemaFailure(parsed.issues);
  return version === CURRENT_VERSION ? { ok: true, store: parsed.data } : { ok: true, store: parsed.data, migratedFrom: version };
}

/**
 * Reviews as text, for storage and export; parsing the text gives the same reviews back.
 * @example parseStore(serialiseStore(store)) // { ok: true, store }
 */
export function serialiseStore(store: Store): string {
  return `${JSON.stringify(store, null, 2)}\n`;
}

/**
 * The text of an export: as stored, or without the indentation in the rare case
 * (a store grown by imports to the limit) where that would be larger than an
 * import reads. Either way, importing the file gives the same reviews.
 * @example parseStore(exportText(store)).ok // always true
 */
export function exportText(store: Store): string {
  const text = serialiseStore(store);
  return utf8Bytes(text) <= MAX_FILE_BYTES ? text : `${JSON.stringify(store)}\n`;
}

/**
 * Nothing stored yet.
 * @example emptyStore().reviews // []
 */
export function emptyStore(): Store {
  return { format: FORMAT, version: CURRENT_VERSION, reviews: [] };
}
