import { mergePlanFields } from '../../features/plan/merge';
import { compareItemNumbers } from '../item-number';
import type { ItemReview, Review } from './model';
import type { Store } from './storage-format';

/*
 * Two tabs or windows share one storage, and each writes the whole set of
 * reviews. Written as they were, the last write would undo the other tab's
 * changes; so before writing, and whenever the other tab writes, a tab merges
 * per review and per item:
 *
 * - an item (or review) changed on one side only keeps that change;
 * - an item changed on both sides keeps the later change (items record when
 *   they were changed), and any evidence the other side added, so a note is
 *   never lost to a level changed at the same moment;
 * - one side's removal stands unless the other side changed the item since.
 *
 * Browsers pass a write to other tabs a moment later, so a tab can write over
 * a change it has not yet seen. The times, not the order of writes, decide:
 * whichever tab sees the other's write merges again and writes the result,
 * and both tabs arrive at the same reviews.
 */

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** -1, 0 or 1 as the `a` stamp is earlier, the same or later than `b` (a missing stamp is the earliest). */
function compareStamps(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Which of two different versions to keep: the one with the later stamp; at
 * equal stamps (two tabs in the same millisecond), so that both tabs choose
 * alike whichever is "ours", the one whose text sorts last. Never "the one that
 * changed since our last write": the other tab may not have seen that write.
 */
function later<T>(ours: T, theirs: T, stamp: (value: T) => string | undefined): 'ours' | 'theirs' {
  const order = compareStamps(stamp(ours), stamp(theirs));
  if (order !== 0) return order > 0 ? 'ours' : 'theirs';
  return JSON.stringify(ours) >= JSON.stringify(theirs) ? 'ours' : 'theirs';
}

/**
 * A three-way merge of keyed lists: entries in either side, merged with `both`
 * when in both; an entry missing from one side is dropped only when that side
 * removed it and the other did not change it since the common version.
 */
function mergeKeyed<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[], key: (value: T) => string, both: (base: T | undefined, ours: T, theirs: T) => T): T[] {
  const byKey = (list: readonly T[]) => new Map(list.map((value) => [key(value), value]));
  const [b, o, t] = [byKey(base), byKey(ours), byKey(theirs)];
  const result: T[] = [];
  for (const [k, theirsValue] of t) {
    const oursValue = o.get(k);
    const baseValue = b.get(k);
    if (oursValue !== undefined) result.push(both(baseValue, oursValue, theirsValue));
    else if (baseValue === undefined || !same(baseValue, theirsValue)) result.push(theirsValue);
  }
  for (const [k, oursValue] of o) {
    if (t.has(k)) continue;
    const baseValue = b.get(k);
    if (baseValue === undefined || !same(baseValue, oursValue)) result.push(oursValue);
  }
  return result;
}

function mergeItem(base: ItemReview | undefined, ours: ItemReview, theirs: ItemReview): ItemReview {
  if (same(ours, theirs)) return ours;
  const winner = later(ours, theirs, (item) => item.changed) === 'ours' ? ours : theirs;
  const loser = winner === ours ? theirs : ours;
  // Evidence the other side added (not in the common version) is kept too.
  const known = new Set([...winner.evidence, ...(base?.evidence ?? [])].map((e) => e.id));
  const added = loser.evidence.filter((e) => !known.has(e.id));
  return added.length === 0 ? winner : { ...winner, evidence: [...winner.evidence, ...added] };
}

function mergeReview(base: Review | undefined, ours: Review, theirs: Review): Review {
  if (same(ours, theirs)) return ours;
  const details = (review: Review) => ({ title: review.title, stage: review.stage, detailsChanged: review.detailsChanged });
  const detailsFrom = same(details(ours), details(theirs)) ? ours : later(details(ours), details(theirs), (d) => d.detailsChanged) === 'ours' ? ours : theirs;
  const items = mergeKeyed(base?.items ?? [], ours.items, theirs.items, (item) => item.number, mergeItem).sort((a, b) => compareItemNumbers(a.number, b.number));
  const merged: Review = {
    ...ours,
    title: detailsFrom.title,
    stage: detailsFrom.stage,
    updated: ours.updated > theirs.updated ? ours.updated : theirs.updated,
    items,
  };
  Object.assign(merged, mergePlanFields(ours, theirs));
  if (detailsFrom.detailsChanged === undefined) delete merged.detailsChanged;
  else merged.detailsChanged = detailsFrom.detailsChanged;
  return merged;
}

/**
 * Merges our reviews with those another tab stored, given the version both
 * started from (what this tab last read or wrote).
 * @example mergeTabs(lastStored, shown, storedNow).reviews
 */
export function mergeTabs(base: Store, ours: Store, theirs: Store): Store {
  if (same(ours, theirs)) return theirs;
  return { ...theirs, reviews: mergeKeyed(base.reviews, ours.reviews, theirs.reviews, (review) => review.id, mergeReview) };
}
