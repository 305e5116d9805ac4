import { array, boolean, literal, nullable, object, oneOf, optional, string, type Infer, type Rule } from './schema';
import { hasMarkup, isDay, isTimestamp } from './text-rules';
import { parseItemNumber } from '../content/item-number';

/*
 * What a review keeps beside its levels: the development plan (the person's
 * own actions for each item) and the comments mentors sent back. Both are
 * optional fields of a stored review, checked with the review's own validator
 * and the same rules for text (no markup, limits). The text rules come
 * from their own module (`lib/review/text-rules.ts`), not the review model,
 * which imports this one.
 */

/** How many actions and comments one review keeps, and the longest text of each. */
export const PLAN_LIMITS = { actions: 400, removed: 1000, comments: 500, what: 500, who: 200, measure: 500, comment: 2000, mentor: 120 } as const;

/** How far an action has got. */
export const ACTION_STATUSES = ['not-started', 'under-way', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

// The same message the review model uses (MARKUP_MESSAGE), so an import names markup here too.
const text = (max: number) => string([(value) => !hasMarkup(value), 'contains markup'], [(value) => value.trim() !== '', 'is empty'], [(value) => value.length <= max, 'is too long']);
const rule = (test: (value: string) => boolean, message: string): Rule<string> => [test, message];
const id = string(rule((value) => /^[a-z0-9-]{1,40}$/.test(value), 'not an id'));
const day = string(rule(isDay, 'not a day'));
const time = string(rule(isTimestamp, 'not a time'));
const itemNumber = string(rule((value) => parseItemNumber(value)?.text === value, 'not an item number'));

/** One of the person's own actions for an item: what, with whom, by when, how they will know, how far it has got. */
export const actionSchema = object({
  id,
  item: itemNumber,
  what: text(PLAN_LIMITS.what),
  who: optional(text(PLAN_LIMITS.who)),
  by: optional(day),
  measure: optional(text(PLAN_LIMITS.measure)),
  status: oneOf(ACTION_STATUSES),
  /** The day to look at it again. */
  revisit: optional(day),
  updatedAt: time,
});
export type Action = Infer<typeof actionSchema>;

/** An action deleted, kept so that another tab still holding it does not bring it back. */
export const removedSchema = object({ id, updatedAt: time });
export type Removed = Infer<typeof removedSchema>;

export const planSchema = object({ actions: array(actionSchema, PLAN_LIMITS.actions), removed: array(removedSchema, PLAN_LIMITS.removed) });
export type Plan = Infer<typeof planSchema>;

/** A mentor's comment, on an item or (item null) on the plan as a whole; only `done` is the mentee's. */
export const commentSchema = object({
  id,
  item: nullable(itemNumber),
  mentor: text(PLAN_LIMITS.mentor),
  date: day,
  text: text(PLAN_LIMITS.comment),
  done: boolean,
  updatedAt: time,
});
export type Comment = Infer<typeof commentSchema>;

export const commentsSchema = array(commentSchema, PLAN_LIMITS.comments);

/** Literal kept for the formats of the files a mentor and mentee exchange. */
export const formatVersion = literal(1);
