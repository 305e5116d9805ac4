import { areaKey, groupRows, groupSizeOk, itemKey, layoutOf, maskOver, placesOf, sumOver, type GroupRows, type RowContext } from './disclosure';
import type { SharedReview } from '../../../lib/review/shared-format';
import { viewPeopleGroups, type CohortInput } from './views';

/*
 * Change between two dated cohorts, e.g. the start and the end of a programme:
 * for each key area and item, the people at Secure or Leading out of those who
 * reviewed it, in each cohort, and the change in percentage points.
 *
 * The two cohorts are matched person by person (a shared file carries its
 * review's id). Those who joined, those who left and those present in both
 * are groups under the one rule (`disclosure.ts`):
 * - "full": joined and left are each none or at least `min`: the whole
 *   cohorts are compared;
 * - "matched": fewer than `min` left: only the people present in both are
 *   compared, so the leavers' figures are nowhere;
 * - fewer than `min` joined: no comparison (this cohort's own figures less
 *   those present in both would give the joiners').
 * A row is compared only where every group (each career stage offered, split
 * into joined and present in both) shows its figures, and where the people
 * present in both whose figure changed are none or at least `min` (else the
 * change would be theirs alone). Only for all career stages.
 */

export interface Share {
  part: number;
  total: number;
}

export interface ChangeRow {
  /** The key area's number, or the item's number. */
  key: number | string;
  /** Null when the row may not be compared. */
  before: Share | null;
  after: Share | null;
  /** Percentage points, rounded; null when not shown or nobody reviewed it. */
  points: number | null;
}

export type ChangeMode = 'none' | 'stage' | 'full' | 'matched' | 'joined-few' | 'mixed-few';

export interface ChangeView {
  mode: ChangeMode;
  areas: ChangeRow[];
  items: ChangeRow[];
}

/** Secure or Leading (2), reviewed at another level (1), or not reviewed (0). */
const band = (place: number) => (place === 0 ? 0 : place >= 3 ? 2 : 1);

/**
 * How many people present in both cohorts moved band (not reviewed; below Secure; Secure or Leading), per row.
 * @example movers(pairs, keys, context).get('item:1.1') // 4
 */
export function movers(pairs: readonly [SharedReview, SharedReview][], keys: readonly string[], context: RowContext): Map<string, number> {
  const index = layoutOf(context).index;
  const rows = keys.map((key) => index.get(key)!);
  const moved = rows.map(() => 0);
  for (const [before, after] of pairs) {
    const a = placesOf(before, context);
    const b = placesOf(after, context);
    rows.forEach((row, i) => {
      if (band(a[row]!) !== band(b[row]!)) moved[i]! += 1;
    });
  }
  return new Map(keys.map((key, i) => [key, moved[i]!]));
}

const share = (counts: number[]): Share => ({ part: counts[3]! + counts[4]!, total: counts.slice(1).reduce((a, b) => a + b, 0) });
const NEEDED = [0, 3, 4];

interface Sides {
  mode: 'full' | 'matched';
  /** This cohort's side as compared: all of it, or those present in both. */
  later: GroupRows[];
  earlier: GroupRows[];
  masks: { items: GroupRows[][]; areas: GroupRows[][] };
  pairs: [SharedReview, SharedReview][];
}

function compareRow(key: number | string, rowKey: string, sides: Sides, masks: GroupRows[][], moved: number, min: number): ChangeRow {
  const ok = groupSizeOk(moved, min) && masks.every((groups) => NEEDED.every((i) => maskOver(groups, rowKey, min)[i]));
  if (!ok) return { key, before: null, after: null, points: null };
  const before = share(sumOver(sides.earlier, rowKey));
  const after = share(sumOver(sides.later, rowKey));
  const points = before.total > 0 && after.total > 0 ? Math.round((after.part / after.total - before.part / before.total) * 100) : null;
  return { key, before, after, points };
}

/** The groups of both sides, or why there is no comparison. */
function sides(input: CohortInput): Sides | ChangeMode {
  const { min, context } = input;
  const byId = new Map(input.earlier.map((person) => [person.review, person]));
  const later = new Set(input.people.map((person) => person.review));
  const inBoth = (person: SharedReview) => byId.has(person.review);
  const joined = input.people.filter((person) => !inBoth(person));
  const left = input.earlier.filter((person) => !later.has(person.review));
  if (!groupSizeOk(joined.length, min)) return 'joined-few';
  const view = viewPeopleGroups({ ...input, stage: null });
  const split = (groups: SharedReview[][]) => groups.flatMap((group) => [group.filter(inBoth), group.filter((person) => !inBoth(person))]);
  const splitItems = split(view.items);
  const splitAreas = split(view.areas);
  if (![...splitItems, ...splitAreas].every((group) => groupSizeOk(group.length, min))) return 'mixed-few';
  const rows = (groups: SharedReview[][]) => groups.map((group) => groupRows(group, context));
  const mode = groupSizeOk(left.length, min) ? 'full' : 'matched';
  const both = input.earlier.filter((person) => later.has(person.review));
  const earlier = rows(mode === 'full' ? [both, left] : [both]);
  const whole = rows(view.items);
  const laterItems = rows(splitItems);
  const laterAreas = rows(splitAreas);
  const shown = mode === 'full' ? whole : rows([input.people.filter(inBoth)]);
  const pairs = input.people.filter(inBoth).map((person): [SharedReview, SharedReview] => [byId.get(person.review)!, person]);
  return { mode, later: shown, earlier, masks: { items: [whole, laterItems, earlier], areas: [rows(view.areas), laterAreas, earlier] }, pairs };
}

/**
 * Rows for every key area and item, key areas first, under the rule above.
 * @example compareCohorts({ people, earlier, stage: null, min: 3, context }).items.find((r) => r.key === '1.1')?.points // 25
 */
export function compareCohorts(input: CohortInput): ChangeView {
  const { min, context } = input;
  if (input.earlier.length === 0) return { mode: 'none', areas: [], items: [] };
  if (viewPeopleGroups(input).stage !== null) return { mode: 'stage', areas: [], items: [] };
  const both = sides(input);
  if (typeof both === 'string') return { mode: both, areas: [], items: [] };
  const keys = [...context.areas.map(areaKey), ...context.order.map(itemKey)];
  const moved = movers(both.pairs, keys, context);
  return {
    mode: both.mode,
    areas: context.areas.map((area) => compareRow(area, areaKey(area), both, both.masks.areas, moved.get(areaKey(area))!, min)),
    items: context.order.map((number) => compareRow(number, itemKey(number), both, both.masks.items, moved.get(itemKey(number))!, min)),
  };
}
