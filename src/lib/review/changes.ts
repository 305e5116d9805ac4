import type { Evidence, Level, Review } from './model';

/* What changed in a review since a day, from the items' history. A pure function. */

export interface ItemChange {
  number: string;
  /** The item's state at the end of the day before `since`; undefined when it was added since. */
  before?: { level: Level; priority: boolean } | undefined;
  after: { level: Level; priority: boolean };
  /** Evidence dated on or after `since`. */
  evidence: Evidence[];
}

/**
 * What changed in a review from the start of a day: levels, priorities, items
 * added and evidence dated since. Items with no change are left out.
 * @example changedSince(review, '2026-01-01').map((c) => `${c.number}: ${c.before?.level} → ${c.after.level}`)
 */
export function changedSince(review: Review, since: string): ItemChange[] {
  return review.items.flatMap((item): ItemChange[] => {
    const earlier = item.history.filter((entry) => entry.on < since).at(-1);
    const before = earlier ? { level: earlier.level, priority: earlier.priority } : undefined;
    const after = { level: item.level, priority: item.priority };
    const evidence = item.evidence.filter((e) => e.date >= since);
    const changed = !before || before.level !== after.level || before.priority !== after.priority || evidence.length > 0;
    return changed ? [{ number: item.number, before, after, evidence }] : [];
  });
}
