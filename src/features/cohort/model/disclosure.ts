import { LEVELS } from '../../../lib/review/model';
import type { SharedReview } from '../../../lib/review/shared-format';

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

/** The groups' counts: for each row (in `rowKeys` order), WIDTH counts. */
export interface GroupRows {
  size: number;
  layout: Layout;
  counts: Int32Array;
}

/** What the rows are: the items in the standards' order and each one's key area. */
export interface RowContext {
  order: readonly string[];
  areaOf: ReadonlyMap<string, number>;
  areas: readonly number[];
}

/** The rows laid out as numbers: where each row is, and what a person is in it until they say otherwise. */
export interface Layout {
  keys: string[];
  index: Map<string, number>;
  /** What identifies the context, so a person's places worked out for it can be used again. */
  id: string;
  /** For each item number: its row, its priority's row and its key area's row. */
  rowsOf: Map<string, { item: number; priority: number; area: number }>;
  /** A person who reviewed nothing: not reviewed, and no priority chosen. */
  blank: Uint8Array;
}

/** The widest row: not reviewed and the four levels. */
export const WIDTH = 5;

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

const layouts = new WeakMap<RowContext, Layout>();

/**
 * The rows of `context` laid out as numbers (worked out once per context).
 * @example layoutOf(context).index.get('item:1.1') // 6
 */
export function layoutOf(context: RowContext): Layout {
  let layout = layouts.get(context);
  if (!layout) {
    const keys = rowKeys(context);
    const index = new Map(keys.map((key, i) => [key, i]));
    const rowsOf = new Map<string, { item: number; priority: number; area: number }>();
    for (const number of context.order) {
      const area = index.get(areaKey(context.areaOf.get(number) ?? -1));
      if (area !== undefined) rowsOf.set(number, { item: index.get(itemKey(number))!, priority: index.get(priorityKey(number))!, area });
    }
    const blank = Uint8Array.from(keys, (key) => (key.startsWith('priority:') ? 1 : 0));
    layout = { keys, index, id: `${context.areas.join(',')}|${context.order.join(',')}`, rowsOf, blank };
    layouts.set(context, layout);
  }
  return layout;
}

/** The rank of the middle level (the lower of the two middle ones) from how many are at each level. */
function middleRank(levels: readonly number[]): number {
  const middle = Math.floor((levels.reduce((a, b) => a + b, 0) - 1) / 2);
  let seen = 0;
  for (let rank = 0; rank < levels.length; rank += 1) {
    seen += levels[rank]!;
    if (seen > middle) return rank;
  }
  return 0;
}

const placesCache = new WeakMap<SharedReview, { id: string; places: Uint8Array }>();

/**
 * A person's place in each row (by `rowKeys` order): the index of their count
 * (not reviewed, a level; for a priority, 0 chosen or 1 not chosen).
 * @example placesOf(person, context)[layoutOf(context).index.get('item:1.1')!] // 3 (secure)
 */
export function placesOf(person: SharedReview, context: RowContext): Uint8Array {
  const layout = layoutOf(context);
  const cached = placesCache.get(person);
  if (cached?.id === layout.id) return cached.places;
  const places = layout.blank.slice();
  // Per key area's row, how many of the person's items are at each level: its middle level comes from these.
  const byArea = new Map<number, number[]>();
  for (const item of person.items) {
    const rows = layout.rowsOf.get(item.number);
    if (!rows) continue;
    const rank = LEVELS.indexOf(item.level);
    places[rows.item] = 1 + rank;
    if (item.priority) places[rows.priority] = 0;
    const levels = byArea.get(rows.area) ?? [0, 0, 0, 0];
    levels[rank]! += 1;
    byArea.set(rows.area, levels);
  }
  for (const [row, levels] of byArea) places[row] = 1 + middleRank(levels);
  placesCache.set(person, { id: layout.id, places });
  return places;
}

/**
 * Every row key, in the order the page shows them.
 * @example rowKeys(context) // ['area:1', …, 'item:1.1', …, 'priority:1.1', …]
 */
export function rowKeys(context: RowContext): string[] {
  return [...context.areas.map(areaKey), ...context.order.map(itemKey), ...context.order.map(priorityKey)];
}

const widthOf = (key: string) => (key.startsWith('priority:') ? 2 : WIDTH);

/**
 * The counts of a group, for every row.
 * @example rowOf(groupRows(people, context), 'item:1.1') // [0, 1, 0, 3, 2]
 */
export function groupRows(people: readonly SharedReview[], context: RowContext): GroupRows {
  const layout = layoutOf(context);
  const rows = layout.keys.length;
  const counts = new Int32Array(rows * WIDTH);
  for (const person of people) {
    const places = placesOf(person, context);
    for (let row = 0; row < rows; row += 1) counts[row * WIDTH + places[row]!]! += 1;
  }
  return { size: people.length, layout, counts };
}

/**
 * One row of a group's counts.
 * @example rowOf(group, 'priority:1.1') // [2, 9]
 */
export function rowOf(group: GroupRows, key: string): number[] {
  const at = group.layout.index.get(key);
  const width = widthOf(key);
  if (at === undefined) return Array.from({ length: width }, (_, i) => (i === (width === 2 ? 1 : 0) ? group.size : 0));
  return Array.from(group.counts.subarray(at * WIDTH, at * WIDTH + width));
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
    const row = rowOf(group, key);
    const own = groupSizeOk(group.size, min) ? protectCounts(row, min) : row.map(() => false);
    mask = mask ? mask.map((shown, i) => shown && own[i]!) : own;
  }
  return mask ?? Array.from({ length: widthOf(key) }, () => true);
}

/**
 * The sum of the groups' counts for a row.
 * @example sumOver([ittRows, nqtRows], 'item:1.1') // [0, 2, 5, 4, 10]
 */
export function sumOver(groups: readonly GroupRows[], key: string): number[] {
  const total = Array.from({ length: widthOf(key) }, () => 0);
  for (const group of groups) rowOf(group, key).forEach((count, i) => (total[i]! += count));
  return total;
}
