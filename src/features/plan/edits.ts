import type { Review } from '../../lib/review/model';
import { PLAN_LIMITS, type Action, type ActionStatus, type Comment, type Plan } from '../../lib/review/plan-schema';

/*
 * Changes to a review's plan and comments, as pure functions: each returns a
 * new review (the same one when nothing changes) and stamps what it changed,
 * so that two tabs can merge (`merge.ts`). Comments are the mentor's words:
 * the mentee can only mark one done or not, and no comment changes a level or
 * an action.
 */

/** What a person types for an action, before it is checked. */
export interface ActionInput {
  what: string;
  who: string;
  by: string;
  measure: string;
  status: ActionStatus;
  revisit: string;
}

const emptyPlan = (): Plan => ({ actions: [], removed: [] });

/** The fields of an action from what was typed: blank optional fields are left out. */
function fields(input: ActionInput): Omit<Action, 'id' | 'item' | 'updatedAt'> {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const out: Omit<Action, 'id' | 'item' | 'updatedAt'> = { what: input.what.trim(), status: input.status };
  const who = optional(input.who);
  const by = optional(input.by);
  const measure = optional(input.measure);
  const revisit = optional(input.revisit);
  if (who) out.who = who;
  if (by) out.by = by;
  if (measure) out.measure = measure;
  if (revisit) out.revisit = revisit;
  return out;
}

/**
 * Adds an action for an item, or replaces the action with the same id.
 * Returns the review unchanged when the plan already holds its limit of actions.
 * @example saveAction(review, '1.14', 'a-1', input, now)
 */
export function saveAction(review: Review, item: string, id: string, input: ActionInput, now: Date): Review {
  const plan = review.plan ?? emptyPlan();
  const action: Action = { id, item, ...fields(input), updatedAt: now.toISOString() };
  const at = plan.actions.findIndex((a) => a.id === id);
  if (at < 0 && plan.actions.length >= PLAN_LIMITS.actions) return review;
  const actions = at >= 0 ? plan.actions.map((a, i) => (i === at ? action : a)) : [...plan.actions, action];
  return { ...review, updated: now.toISOString(), plan: { ...plan, actions } };
}

/**
 * Deletes an action, leaving a tombstone so that another tab does not bring it back.
 * @example removeAction(review, 'a-1', now)
 */
export function removeAction(review: Review, id: string, now: Date): Review {
  const plan = review.plan;
  if (!plan?.actions.some((a) => a.id === id)) return review;
  const removed = [...plan.removed.filter((r) => r.id !== id), { id, updatedAt: now.toISOString() }].slice(-PLAN_LIMITS.removed);
  return { ...review, updated: now.toISOString(), plan: { actions: plan.actions.filter((a) => a.id !== id), removed } };
}

/**
 * Marks a mentor's comment done, or not done.
 * @example markComment(review, 'c-1', true, now)
 */
export function markComment(review: Review, id: string, done: boolean, now: Date): Review {
  const comment = review.comments?.find((c) => c.id === id);
  if (!comment || comment.done === done) return review;
  const comments = review.comments!.map((c) => (c.id === id ? { ...c, done, updatedAt: now.toISOString() } : c));
  return { ...review, updated: now.toISOString(), comments };
}

/**
 * Adds mentors' comments to a review; a comment already taken in (same id) is
 * left as it is, so importing a file twice changes nothing and keeps "done".
 * @returns the review, and how many comments were new
 */
export function addComments(review: Review, incoming: readonly Comment[], now: Date): { review: Review; added: number } {
  const known = new Set((review.comments ?? []).map((c) => c.id));
  const fresh = incoming.filter((c) => !known.has(c.id));
  const room = PLAN_LIMITS.comments - known.size;
  const added = fresh.slice(0, Math.max(0, room));
  if (added.length === 0) return { review, added: 0 };
  return { review: { ...review, updated: now.toISOString(), comments: [...(review.comments ?? []), ...added] }, added: added.length };
}

/**
 * The actions for an item, in the order they were made.
 * @example actionsFor(review, '1.14').length
 */
export function actionsFor(review: Review, item: string): Action[] {
  return (review.plan?.actions ?? []).filter((a) => a.item === item);
}

/**
 * The comments on an item (or, with null, on the plan as a whole).
 * @example commentsFor(review, null)
 */
export function commentsFor(review: Review, item: string | null): Comment[] {
  return (review.comments ?? []).filter((c) => c.item === item);
}
