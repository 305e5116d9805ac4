import { commentsSchema, planSchema } from './plan-schema';
import { parseItemNumber } from '../content/item-number';
import { hasMarkup, isDay, isTimestamp, MARKUP_MESSAGE } from './text-rules';
import { array, boolean, duplicates, nullable, object, oneOf, optional, refine, string, type Infer, type Issue, type Rule } from './schema';

/*
 * The review model: a practitioner's self-review against the standards, kept in
 * their own browser. Types are inferred from the schemas, so each field is
 * declared once; the storage format (`storage-format.ts`) wraps these in a
 * versioned file. Changing a review is `edits.ts`, reading it `summary.ts`.
 */

/** The scale, from nothing yet to leading others; the order is the order of progress. */
export const LEVELS = ['not-started', 'developing', 'secure', 'leading'] as const;
export const levelSchema = oneOf(LEVELS);
export type Level = Infer<typeof levelSchema>;

/** Longest note, title and link accepted, so that one review cannot fill the browser's storage. */
export const LIMITS = { title: 120, note: 1000, url: 2000, evidencePerItem: 100, evidenceRemoved: 200, items: 400, history: 1000 } as const;

export { hasMarkup, isDay, isTimestamp, MARKUP_MESSAGE } from './text-rules';

/**
 * True for an absolute http or https address; `javascript:`, `data:` and the rest are refused.
 * @example isHttpUrl('https://hwb.gov.wales/') // true
 */
export function isHttpUrl(text: string): boolean {
  if (text.length > LIMITS.url || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The day of `date` in the browser's own time zone, as `YYYY-MM-DD`: what a person calls "today".
 * @example dayOf(new Date(2026, 0, 5, 23, 30)) // '2026-01-05'
 */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const plainText = (max: number) =>
  // Markup first: it is the one problem a person may have put there on purpose, so it is named on its own.
  string([(text) => !hasMarkup(text), MARKUP_MESSAGE], [(text) => text.trim() !== '', 'is empty'], [(text) => text.length <= max, 'is too long']);

// The messages are for developers: a person is told only where a problem is (see `storage-format.ts`).
const pattern = (regex: RegExp, message: string): Rule<string> => [(text) => regex.test(text), message];

export const idSchema = string(pattern(/^[a-z0-9-]{1,40}$/, 'not an id'));
export const daySchema = string([isDay, 'not a day']);
export const timestampSchema = string([isTimestamp, 'not a time']);
export const itemNumberSchema = string([(text) => parseItemNumber(text)?.text === text, 'not an item number']);
export const stageIdSchema = string(pattern(/^[a-z0-9-]{1,60}$/, 'not a stage id'));
const urlSchema = string([isHttpUrl, 'not an http(s) address']);

/** One piece of evidence: a short note, the day it is from and, optionally, where it is. */
export const evidenceSchema = object({ id: idSchema, note: plainText(LIMITS.note), date: daySchema, url: optional(urlSchema) });
export type Evidence = Infer<typeof evidenceSchema>;

/** The state of an item at the end of a day; kept so a review can say what changed since a date. */
export const historyEntrySchema = object({ on: daySchema, level: levelSchema, priority: boolean });
export type HistoryEntry = Infer<typeof historyEntrySchema>;

/** A statement or action as reviewed: its level, whether it is a priority, and the evidence for it. */
export const itemReviewSchema = object({
  number: itemNumberSchema,
  level: levelSchema,
  priority: boolean,
  evidence: array(evidenceSchema, LIMITS.evidencePerItem),
  history: array(historyEntrySchema, LIMITS.history),
  /**
   * When the item was last changed (format version 2): how two tabs that change
   * the same item at once agree on the later change. Left out until it is changed.
   */
  changed: optional(timestampSchema),
  /**
   * When the level and the priority were last set (format version 3), so that
   * two tabs merge an item per field: a level set here and a note added there
   * are both kept. A field without its own time was not set since (it is the earliest).
   */
  fieldsChanged: optional(object({ level: optional(timestampSchema), priority: optional(timestampSchema) })),
  /** The ids of evidence removed (format version 3): another tab's copy does not bring it back. */
  evidenceRemoved: optional(array(idSchema, LIMITS.evidenceRemoved)),
});
export type ItemReview = Infer<typeof itemReviewSchema>;

/**
 * The problems of a list of items that names an item twice: a review's, and a shared file's.
 * @example itemsListedOnce([{ number: '1.1' }, { number: '1.1' }]) // one issue: "1.1 is listed twice"
 */
export function itemsListedOnce(items: readonly { number: string }[]): Issue[] {
  return duplicates(
    items,
    (item) => item.number,
    'number',
    (number) => `${number} is listed twice`,
  );
}

export const reviewSchema = refine(
  object({
    id: idSchema,
    title: plainText(LIMITS.title),
    /** A stage of the leadership continuum, by id; null when none is chosen. */
    stage: nullable(stageIdSchema),
    created: timestampSchema,
    updated: timestampSchema,
    /** When the title or stage was last changed (format version 2), for the same reason as an item's `changed`. */
    detailsChanged: optional(timestampSchema),
    items: array(itemReviewSchema, LIMITS.items),
    /** The person's development plan (src/features/plan/), when they have made one. */
    plan: optional(planSchema),
    /** Mentors' comments taken in from a comments file (src/features/mentor/). */
    comments: optional(commentsSchema),
  }),
  (review) => itemsListedOnce(review.items),
);
export type Review = Infer<typeof reviewSchema>;

/** What a person types to add evidence, before it is checked. */
export interface EvidenceInput {
  note: string;
  date: string;
  url: string;
}

export type EvidenceProblem = 'note-missing' | 'note-too-long' | 'note-markup' | 'date-invalid' | 'url-invalid';

/**
 * Checks evidence as typed, with the same rules an imported file must meet, so
 * that everything the tool stores can be exported and imported again.
 * @example checkEvidence({ note: 'Led INSET', date: '2026-03-12', url: 'javascript:x' }) // ['url-invalid']
 */
export function checkEvidence(input: EvidenceInput): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const note = input.note.trim();
  if (note === '') problems.push('note-missing');
  else if (note.length > LIMITS.note) problems.push('note-too-long');
  else if (hasMarkup(note)) problems.push('note-markup');
  if (!isDay(input.date)) problems.push('date-invalid');
  const url = input.url.trim();
  if (url !== '' && !isHttpUrl(url)) problems.push('url-invalid');
  return problems;
}

export type TitleProblem = 'title-missing' | 'title-too-long' | 'title-markup';

/**
 * Checks a review's title as typed.
 * @example checkTitle('<b>Review</b>') // 'title-markup'
 */
export function checkTitle(title: string): TitleProblem | undefined {
  const text = title.trim();
  if (text === '') return 'title-missing';
  if (text.length > LIMITS.title) return 'title-too-long';
  if (hasMarkup(text)) return 'title-markup';
  return undefined;
}
