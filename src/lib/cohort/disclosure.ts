import { LEVELS } from '../review/model';
import { middleLevel } from './aggregate';
import type { SharedReview } from './shared-format';

/*
 * The one disclosure rule of the cohort view, written once. Every figure the
 * page shows (tables, heat maps, priorities, what to offer, change, CSV,
 * print) is a sum over *groups* of people, and passes through here.
 *
 * 1. A group is used only when it has no one or at least `min` people.
 * 2. Within a group, each row (an item, a key area, a priority) is a set of
 *    counts that add up to the group's size: for an item or key area, people
 *    who did not review it and people at each level; for a priority, people
 *    who chose it and people who did not. A count under `min` (zero included,
 *    so that "hidden" never means "someone") is hidden; then, while the hidden
 *    counts add up to 1..min-1 (so the size less the shown ones would give
 *    them away), the smallest shown count is hidden too; when they add up to
 *    0 they are shown as 0 (that can be worked out anyway). So every sum of
 *    counts that can be worked out from a row is 0 or at least `min`.
 * 3. A figure over several groups (all career stages, the stages of a
 *    cohort, those who joined and those present in both) is shown only where
 *    every group shows it. Then it says nothing the groups' own rows do not,
 *    so no view or combination of views gives a figure about fewer than `min`
 *    people that the groups' rows would not.
 * Hidden figures all look the same ("not shown"): telling "fewer than 3" from
 * "hidden to protect another" would narrow what the hidden ones can be.
 */

/** A row's counts: [not reviewed, not started, developing, secure, leading], or [chosen, not chosen]. */
export type Counts = number[];

/** The groups' counts, by row key: `item:1.1`, `area:1`, `priority:1.1`. */
export interface GroupRows {
  size: number;
  rows: Map<string, Counts>;
}

/** What the rows are: the items in the standards' order and each one's key area. */
export interface RowContext {
  order: readonly string[];
  areaOf: ReadonlyMap<string, number>;
  areas: readonly number[];
}

export const itemKey = (number: string) => `item:${number}`;
export const areaKey = (area: number) => `area:${area}`;
export const priorityKey = (number: string) => `priority:${number}`;

/**
 * Whether a group of `size` people may be used at all: none, or at least `min`.
 * @example groupSizeOk(2, 3) // false
 */
export function groupSizeOk(size: number, min: number): boolean {
  return size === 0 || size >= min;
}

/**
 * Which counts of one row may be shown (the rule's step 2).
 * @example protectCounts([0, 1, 5, 4, 10], 3) // [false, false, true, false, true]: 0 + 1 is under 3, so the 4 goes too
 * @example protectCounts([0, 0, 0, 3, 0], 3) // all true: the hidden ones could only be 0
 */
export function protectCounts(counts: readonly number[], min: number): boolean[] {
  const shown = counts.map((count) => count >= min);
  let hidden = counts.reduce((sum, count, i) => (shown[i] ? sum : sum + count), 0);
  while (hidden > 0 && hidden < min) {
    let next = -1;
    counts.forEach((count, i) => {
      if (shown[i] && (next < 0 || count < counts[next]!)) next = i;
    });
    if (next < 0) break;
    shown[next] = false;
    hidden += counts[next]!;
  }
  // Only zeros hidden: the size less the shown counts says so anyway, so they are shown as 0.
  return hidden === 0 ? counts.map(() => true) : shown;
}

/**
 * A person's place in each row: the index of their count (absent: not reviewed, or not chosen).
 * @example placesOf(person, context).get('item:1.1') // 3 (secure)
 */
export function placesOf(person: SharedReview, context: RowContext): Map<string, number> {
  const places = new Map<string, number>();
  const byArea = new Map<number, (typeof LEVELS)[number][]>();
  for (const item of person.items) {
    const area = context.areaOf.get(item.number);
    if (area === undefined) continue;
    places.set(itemKey(item.number), 1 + LEVELS.indexOf(item.level));
    if (item.priority) places.set(priorityKey(item.number), 0);
    byArea.set(area, [...(byArea.get(area) ?? []), item.level]);
  }
  for (const [area, levels] of byArea) places.set(areaKey(area), 1 + LEVELS.indexOf(middleLevel(levels)));
  return places;
}

/**
 * Every row key, in the order the page shows them.
 * @example rowKeys(context) // ['area:1', …, 'item:1.1', …, 'priority:1.1', …]
 */
export function rowKeys(context: RowContext): string[] {
  return [...context.areas.map(areaKey), ...context.order.map(itemKey), ...context.order.map(priorityKey)];
}

/** A row of zeros of the right width, with everyone in its first count ("not reviewed") or last ("not chosen"). */
function emptyRow(key: string, size: number): Counts {
  const row = key.startsWith('priority:') ? [0, 0] : [0, 0, 0, 0, 0];
  row[key.startsWith('priority:') ? 1 : 0] = size;
  return row;
}

/**
 * The counts of a group, for every row.
 * @example groupRows(people, context).rows.get('item:1.1') // [0, 1, 0, 3, 2]
 */
export function groupRows(people: readonly SharedReview[], context: RowContext): GroupRows {
  const rows = new Map(rowKeys(context).map((key) => [key, emptyRow(key, people.length)]));
  for (const person of people) {
    for (const [key, place] of placesOf(person, context)) {
      const row = rows.get(key)!;
      row[place]! += 1;
      row[key.startsWith('priority:') ? 1 : 0]! -= 1;
    }
  }
  return { size: people.length, rows };
}

/**
 * Which counts of a row may be shown for a figure over `groups` (the rule's step 3).
 * A group of 1..min-1 people shows nothing.
 * @example maskOver([ittRows, nqtRows], 'item:1.1', 3) // [true, false, false, true, true]
 */
export function maskOver(groups: readonly GroupRows[], key: string, min: number): boolean[] {
  let mask: boolean[] | null = null;
  for (const group of groups) {
    if (group.size === 0) continue;
    const row = group.rows.get(key) ?? emptyRow(key, group.size);
    const own = groupSizeOk(group.size, min) ? protectCounts(row, min) : row.map(() => false);
    mask = mask ? mask.map((shown, i) => shown && own[i]!) : own;
  }
  return mask ?? emptyRow(key, 0).map(() => true);
}

/**
 * The sum of the groups' counts for a row.
 * @example sumOver([ittRows, nqtRows], 'item:1.1') // [0, 2, 5, 4, 10]
 */
export function sumOver(groups: readonly GroupRows[], key: string): Counts {
  const total = emptyRow(key, 0);
  for (const group of groups) (group.rows.get(key) ?? emptyRow(key, group.size)).forEach((count, i) => (total[i]! += count));
  return total;
}
