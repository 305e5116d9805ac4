import { dayOf, daySchema, hasMarkup, idSchema, itemNumberSchema, itemsListedOnce, levelSchema, LIMITS, MARKUP_MESSAGE, stageIdSchema, type Review } from './model';
import { array, boolean, literal, nullable, object, optional, refine, string, type Infer } from './schema';
import { FORMAT as STORE_FORMAT, parseStore, pathText, readJsonText, type ImportProblem } from './storage-format';

/*
 * The file a person shares with their programme: only what a programme needs
 * to see where its cohort is. The career stage, the items reviewed (and so the
 * key areas), each item's level and priority flag, and the day of the review.
 * No notes, no evidence, no title; a name only when the person adds one. The
 * review's own id goes with it so that the same review loaded twice is counted
 * once. Checked with the review's own validator (`schema.ts`), and
 * versioned as the review's storage format is.
 */

export const SHARED_FORMAT = 'arwain-shared-review';
export const SHARED_VERSION = 1;

const nameSchema = string([(text) => !hasMarkup(text), MARKUP_MESSAGE], [(text) => text.trim() !== '', 'is empty'], [(text) => text.length <= LIMITS.title, 'is too long']);

/** One item as shared: its number, level and whether it is a priority. */
export const sharedItemSchema = object({ number: itemNumberSchema, level: levelSchema, priority: boolean });

export const sharedReviewSchema = refine(
  object({
    format: literal(SHARED_FORMAT),
    version: literal(SHARED_VERSION),
    /** The review's id, so that one review loaded twice is counted once. */
    review: idSchema,
    /** Only when the person chose to add it. */
    name: optional(nameSchema),
    stage: nullable(stageIdSchema),
    /** The day the review was last changed: what dates a cohort. */
    date: daySchema,
    items: array(sharedItemSchema, LIMITS.items),
  }),
  (shared) => itemsListedOnce(shared.items),
);
export type SharedReview = Infer<typeof sharedReviewSchema>;

/**
 * The shared file's content for `review`: items the standards still have (`known`), and a name only when given.
 * @example toShared(review, { name: 'Alys', known }).items[0] // { number: '1.1', level: 'secure', priority: false }
 */
export function toShared(review: Review, options: { name?: string | undefined; known?: ReadonlySet<string> } = {}): SharedReview {
  const name = options.name?.trim();
  return {
    format: SHARED_FORMAT,
    version: SHARED_VERSION,
    review: review.id,
    ...(name ? { name } : {}),
    stage: review.stage,
    date: dayOf(new Date(review.updated)),
    items: review.items.filter((item) => !options.known || options.known.has(item.number)).map((item) => ({ number: item.number, level: item.level, priority: item.priority })),
  };
}

/**
 * The text of a shared file; reading it back gives the same content.
 * @example parseShared(sharedText(shared)) // { ok: true, shared, from: 'shared' }
 */
export function sharedText(shared: SharedReview): string {
  return `${JSON.stringify(shared, null, 2)}\n`;
}

export type SharedProblem = ImportProblem | 'no-reviews';

export type SharedResult = { ok: true; shared: SharedReview; from: 'shared' | 'export' } | { ok: false; problem: SharedProblem; at?: string; value?: string };

/** A full export: its most recently changed review, as shared (never with a name: a title is not one). */
function fromExport(text: string): SharedResult {
  const parsed = parseStore(text);
  if (!parsed.ok) return { ok: false, ...parsed.error };
  const latest = [...parsed.store.reviews].sort((a, b) => b.updated.localeCompare(a.updated))[0];
  return latest ? { ok: true, shared: toShared(latest), from: 'export' } : { ok: false, problem: 'no-reviews' };
}

/**
 * Reads a file a programme lead loads: a shared review, or a full export of
 * reviews, from which it takes only the shared fields of the latest review.
 * Anything else is refused with the reason: too large, not JSON, another kind
 * of file, a newer version, markup, or a field that breaks the format.
 * @example parseShared('{"format":"arwain-shared-review","version":9}') // { ok: false, problem: 'newer-version', value: '9' }
 */
export function parseShared(text: string): SharedResult {
  const read = readJsonText(text);
  if (!read.ok) return read;
  const data = read.data;
  const format = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { format?: unknown }).format : undefined;
  if (format === STORE_FORMAT) return fromExport(text);
  if (format !== SHARED_FORMAT) return { ok: false, problem: 'not-review-file' };
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'unsupported-version', value: String(version) };
  if (version > SHARED_VERSION) return { ok: false, problem: 'newer-version', value: String(version) };
  const parsed = sharedReviewSchema.safeParse(data);
  if (parsed.success) return { ok: true, shared: parsed.data, from: 'shared' };
  const markup = parsed.issues.find((issue) => issue.message === MARKUP_MESSAGE);
  const issue = markup ?? parsed.issues[0];
  return { ok: false, problem: markup ? 'markup' : 'invalid', ...(issue && issue.path.length ? { at: pathText(issue.path) } : {}) };
}
