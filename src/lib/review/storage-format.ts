import { z } from './zod';
import { compareItemNumbers } from '../item-number';
import { idSchema, isDay, levelSchema, MARKUP_MESSAGE, reviewSchema, timestampSchema, type Review } from './model';

/*
 * The file format of a person's reviews, the same in the browser's storage and
 * in an exported file. It carries a version number: a file written by an older
 * version of the tool is migrated step by step to the current one, so nobody
 * loses a review when the format changes. A file that fails any check is
 * refused whole, with a reason the page can explain; nothing is half imported.
 */

export const FORMAT = 'arwain-review';
export const CURRENT_VERSION = 1;
/** Larger files are refused before they are read: no real set of reviews comes near it. */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_REVIEWS = 50;

export const storeSchema = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    reviews: z.array(reviewSchema).max(MAX_REVIEWS),
  })
  .strict()
  .superRefine((store, ctx) => {
    const seen = new Set<string>();
    store.reviews.forEach((review, index) => {
      if (seen.has(review.id)) ctx.addIssue({ code: 'custom', path: ['reviews', index, 'id'], message: `the id ${review.id} is used twice` });
      seen.add(review.id);
    });
  });
/** Every review kept on a device, as stored and as exported. */
export type Store = z.infer<typeof storeSchema>;

/**
 * Version 0, the first format: items were a map from item number to level and
 * evidence, with no priorities, no history and no evidence ids.
 */
export const storeSchemaV0 = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(0),
    reviews: z
      .array(
        z
          .object({
            id: idSchema,
            title: z.string(),
            stage: z.string().optional(),
            created: timestampSchema,
            items: z.record(
              z.string(),
              z
                .object({
                  level: levelSchema,
                  evidence: z.array(z.object({ note: z.string(), date: z.string(), url: z.string().optional() }).strict()),
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .max(MAX_REVIEWS),
  })
  .strict();
export type StoreV0 = z.infer<typeof storeSchemaV0>;

/** Version 0 → 1: items become a list in the standards' order, each with a priority flag and a history. */
function migrateV0(old: StoreV0): unknown {
  return {
    format: FORMAT,
    version: 1,
    reviews: old.reviews.map((review) => {
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
            history: isDay(day) ? [{ on: day, level: item.level, priority: false }] : [],
          };
        }),
      };
    }),
  };
}

/** The schema of each earlier version and the step that lifts it one version. */
const MIGRATIONS: Record<number, { schema: z.ZodType; up: (data: never) => unknown }> = {
  0: { schema: storeSchemaV0, up: migrateV0 },
};

export type ImportProblem =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'not-review-file'
  | 'newer-version'
  | 'unsupported-version'
  | 'markup'
  | 'unknown-item'
  | 'invalid';

export interface ImportError {
  problem: ImportProblem;
  /** Where in the file, e.g. `reviews[0].items[3].evidence[0].note`, when the problem is in one place. */
  at?: string;
  /** The offending value, for messages such as "there is no statement or action 9.9". */
  value?: string;
}

export type ParseResult = { ok: true; store: Store; migratedFrom?: number } | { ok: false; error: ImportError };

function pathText(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('');
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads reviews from text: a file being imported, or what the browser stored.
 * Checks size, JSON, format, version (migrating older ones), the schema, and
 * that every item number is one the standards have.
 * @example parseStore(await file.text(), { knownItems: new Set(['1.14']) })
 */
export function parseStore(text: string, options: { knownItems?: ReadonlySet<string> } = {}): ParseResult {
  const fail = (problem: ImportProblem, more: Omit<ImportError, 'problem'> = {}): ParseResult => ({ ok: false, error: { problem, ...more } });
  if (byteLength(text) > MAX_FILE_BYTES) return fail('too-large');
  if (text.trim() === '') return fail('empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== FORMAT) {
    return fail('not-review-file');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return fail('unsupported-version', { value: String(version) });
  if (version > CURRENT_VERSION) return fail('newer-version', { value: String(version) });

  let migratedFrom: number | undefined;
  for (let v = version; v < CURRENT_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) return fail('unsupported-version', { value: String(v) });
    const old = step.schema.safeParse(data);
    if (!old.success) return schemaFailure(old.error.issues);
    data = step.up(old.data as never);
    migratedFrom ??= version;
  }

  const parsed = storeSchema.safeParse(data);
  if (!parsed.success) return schemaFailure(parsed.error.issues);
  if (options.knownItems) {
    for (const [r, review] of parsed.data.reviews.entries()) {
      for (const [i, item] of review.items.entries()) {
        if (!options.knownItems.has(item.number)) return fail('unknown-item', { at: `reviews[${r}].items[${i}].number`, value: item.number });
      }
    }
  }
  return migratedFrom === undefined ? { ok: true, store: parsed.data } : { ok: true, store: parsed.data, migratedFrom };
}

function schemaFailure(issues: readonly z.core.$ZodIssue[]): ParseResult {
  // Markup is named on its own: it is the one problem a person may have put there on purpose.
  const markup = issues.find((issue) => issue.message === MARKUP_MESSAGE);
  const issue = markup ?? issues[0];
  return { ok: false, error: { problem: markup ? 'markup' : 'invalid', ...(issue ? { at: pathText(issue.path) } : {}) } };
}

/** Reviews as text, for storage and export; parsing the text gives the same reviews back. */
export function serialiseStore(store: Store): string {
  return `${JSON.stringify(store, null, 2)}\n`;
}

/** Nothing stored yet. */
export function emptyStore(): Store {
  return { format: FORMAT, version: CURRENT_VERSION, reviews: [] };
}

export interface MergeResult {
  store: Store;
  /** Reviews added as they were. */
  added: number;
  /** Reviews whose id was already used by a different review: added with a new id, the stored one untouched. */
  copied: number;
  /** Reviews already stored exactly as in the file. */
  unchanged: number;
}

/**
 * Adds imported reviews to the stored ones without changing any stored review.
 * Returns undefined when the result would hold more than `MAX_REVIEWS`.
 * @param newId makes an id for an imported review whose id is taken
 */
export function mergeStores(existing: Store, incoming: Store, newId: () => string): MergeResult | undefined {
  const reviews: Review[] = [...existing.reviews];
  const result = { added: 0, copied: 0, unchanged: 0 };
  for (const review of incoming.reviews) {
    const same = reviews.find((r) => r.id === review.id);
    if (!same) {
      reviews.push(review);
      result.added += 1;
    } else if (JSON.stringify(same) === JSON.stringify(review)) {
      result.unchanged += 1;
    } else {
      reviews.push({ ...review, id: newId() });
      result.copied += 1;
    }
  }
  if (reviews.length > MAX_REVIEWS) return undefined;
  return { store: { ...existing, reviews }, ...result };
}
