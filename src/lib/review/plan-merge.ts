import type { Review } from './model';
import type { Action, Comment, Plan, Removed } from './plan-schema';

/*
 * How two versions of a review's plan and comments become one, when two tabs
 * changed them at once (the review's `sync.ts` calls `mergePlanFields`).
 * Everything is per entry, by id: the later `updatedAt` wins, at equal times
 * the version whose text sorts last (so both tabs choose alike); a deleted
 * action is a tombstone that beats any version of it not changed after it.
 * No base version is needed: nothing is ever dropped without a tombstone.
 */

function laterOf<T extends { updatedAt: string }>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function mergeById<T extends { id: string; updatedAt: string }>(ours: readonly T[], theirs: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const entry of [...ours, ...theirs]) {
    const known = byId.get(entry.id);
    byId.set(entry.id, known ? laterOf(known, entry) : entry);
  }
  return [...byId.values()];
}

/**
 * One plan from two: actions by id, later change wins; deletions stand unless the action was changed after.
 * @example mergePlans(ours.plan, theirs.plan).actions
 */
export function mergePlans(ours: Plan | undefined, theirs: Plan | undefined): Plan | undefined {
  if (!ours || !theirs) return ours ?? theirs;
  const removed: Removed[] = mergeById(ours.removed, theirs.removed);
  const gone = new Map(removed.map((entry) => [entry.id, entry.updatedAt]));
  const actions: Action[] = mergeById(ours.actions, theirs.actions).filter((action) => {
    const at = gone.get(action.id);
    return at === undefined || action.updatedAt > at;
  });
  const kept = new Set(actions.map((action) => action.id));
  return { actions, removed: removed.filter((entry) => !kept.has(entry.id)) };
}

/**
 * One list of mentors' comments from two, by id (the later change, e.g. marking one done, wins).
 * @example mergeComments(ours.comments, theirs.comments)
 */
export function mergeComments(ours: Comment[] | undefined, theirs: Comment[] | undefined): Comment[] | undefined {
  if (!ours || !theirs) return ours ?? theirs;
  return mergeById(ours, theirs);
}

/**
 * The plan and comments of a review merged from two tabs' versions: the
 * fields to set on the merged review (absent when neither side has them).
 * @example Object.assign(merged, mergePlanFields(ours, theirs))
 */
export function mergePlanFields(ours: Review, theirs: Review): Pick<Review, 'plan' | 'comments'> {
  const plan = mergePlans(ours.plan, theirs.plan);
  const comments = mergeComments(ours.comments, theirs.comments);
  return { ...(plan ? { plan } : {}), ...(comments ? { comments } : {}) };
}
