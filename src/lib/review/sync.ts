import { mergePlanFields } from './plan-merge';
import { compareItemNumbers } from '../content/item-number';
import { LIMITS, type ItemReview, type Review } from './model';
import type { Store } from './storage-format';
import { laterField, laterSide, mergeKeyed, sameValue, unionBy } from './field-merge';

/*
 * Two tabs or windows share one storage, and each writes the whole set of
 * reviews. Written as they were, the last write would undo the other tab's
 * changes; so before writing, and whenever the other tab writes, a tab merges
 * per review and per item:
 *
 * - an item (or review) changed on one side only keeps that change;
 * - an item changed on both sides is merged per field (`field-merge.ts`):
 *   level, priority and each piece of evidence keep whichever side changed
 *   them, and only a field both changed keeps the later change (items record
 *   when they were changed), so a note is never lost to a level changed at the
 *   same moment, nor a level to a note;
 * - one side's removal stands unless the other side changed the item since.
 *
 * Browsers pass a write to other tabs a moment later, so a tab can write over
 * a change it has not yet seen. The times, not the order of writes, decide:
 * whichever tab sees the other's write merges again and writes the result,
 * and both tabs arrive at the same reviews.
 */

const same = sameValue;
const later = laterSide;

/**
 * Two versions of an item, merged per field, each field by its own time: the
 * level and the priority keep the later setting; evidence is every piece
 * either side added, less any either side removed. So a level set in one tab
 * and evidence added in the other at the same moment are both kept, and both
 * tabs arrive at the same item whichever is "ours". The history follows the
 * later side, its last day agreeing with the merged level and priority.
 * @example mergeItem({ ...item, level: 'secure' }, { ...item, evidence: [note] })
 */
export function mergeItem(ours: ItemReview, theirs: ItemReview): ItemReview {
  if (same(ours, theirs)) return ours;
  const level = laterField(
    ours,
    theirs,
    (item) => item.level,
    (item) => item.fieldsChanged?.level,
  );
  const priority = laterField(
    ours,
    theirs,
    (item) => item.priority,
    (item) => item.fieldsChanged?.priority,
  );
  const removed = [...new Set([...(theirs.evidenceRemoved ?? []), ...(ours.evidenceRemoved ?? [])])].sort().slice(-LIMITS.evidenceRemoved);
  const gone = new Set(removed);
  const evidence = unionBy([...theirs.evidence, ...ours.evidence], (e) => e.id)
    .filter((e) => !gone.has(e.id))
    .slice(0, LIMITS.evidencePerItem);
  const newer = later(ours, theirs, (item) => item.changed) === 'ours' ? ours : theirs;
  const last = newer.history.at(-1);
  const history = last && (last.level !== level.value || last.priority !== priority.value) ? [...newer.history.slice(0, -1), { ...last, level: level.value, priority: priority.value }] : newer.history;
  const merged: ItemReview = { ...newer, level: level.value, priority: priority.value, evidence, history };
  const fieldsChanged = definedOnly({ level: level.stamp, priority: priority.stamp });
  if (fieldsChanged) merged.fieldsChanged = fieldsChanged;
  else delete merged.fieldsChanged;
  if (removed.length > 0) merged.evidenceRemoved = removed;
  return merged;
}

function definedOnly(stamps: { level: string | undefined; priority: string | undefined }): { level?: string; priority?: string } | undefined {
  const result = Object.fromEntries(Object.entries(stamps).filter(([, value]) => value !== undefined));
  return Object.keys(result).length > 0 ? result : undefined;
}

function mergeReview(base: Review | undefined, ours: Review, theirs: Review): Review {
  if (same(ours, theirs)) return ours;
  const details = (review: Review) => ({ title: review.title, stage: review.stage, detailsChanged: review.detailsChanged });
  const detailsFrom = same(details(ours), details(theirs)) ? ours : later(details(ours), details(theirs), (d) => d.detailsChanged) === 'ours' ? ours : theirs;
  const items = mergeKeyed(
    base?.items ?? [],
    ours.items,
    theirs.items,
    (item) => item.number,
    (_base, o, t) => mergeItem(o, t),
  ).sort((a, b) => compareItemNumbers(a.number, b.number));
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
