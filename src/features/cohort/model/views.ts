import { LEVELS, type Level } from '../../../lib/review/model';
import { areaKey, groupRows, groupSizeOk, itemKey, maskOver, priorityKey, sumOver, type GroupRows, type RowContext } from './disclosure';
import type { SharedReview } from '../../../lib/review/shared-format';
import type { Cell } from './small-cells';

/*
 * What the cohort view may show for the lead's choices, every figure through
 * the one rule (`disclosure.ts`). Which views are offered is part of the rule:
 * - career stages one by one only when every stage (and "no stage given") has
 *   no one or at least `min` people, so that no stage, and no "all stages less
 *   the others", is a group of fewer than `min`;
 * - each named person only when the people without a name, in every stage
 *   offered, are none or at least `min` (the named are known one by one, so
 *   each key-area figure must also hold for the unnamed alone);
 * - change since an earlier cohort is in `change.ts`.
 */

export interface LevelRow {
  levels: Record<Level, Cell>;
  reviewed: Cell;
}

export interface CohortInput {
  people: readonly SharedReview[];
  earlier: readonly SharedReview[];
  /** The career stage chosen: null for all, "-" for those who gave none. */
  stage: string | null;
  min: number;
  context: RowContext;
}

export interface CohortView {
  min: number;
  /** How many people the view covers. */
  people: number;
  /** The stage shown (null: all); a stage not offered falls back to all. */
  stage: string | null;
  /** The stages offered one by one ("-": no stage given), or none when that is not safe. */
  stages: string[];
  /** Whether the breakdown by stage was held back, and so why the list is short. */
  stagesHeld: boolean;
  /** Whether each named person may be listed. */
  named: boolean;
  areas: (LevelRow & { area: number })[];
  items: (LevelRow & { number: string; area: number })[];
  /** Priorities whose count may be shown and is not 0, the most chosen first. */
  priorities: { number: string; count: number }[];
  /** Items whose every level figure is shown, with their average level (0 to 3). */
  means: { number: string; mean: number; reviewed: number }[];
}

const hidden: Cell = { shown: false, why: 'hidden' };
const stageOf = (person: SharedReview) => person.stage ?? '-';

/**
 * The people of each career stage ("-" for none given), in the order first met.
 * @example byStage(people).get('middle-leaders')?.length
 */
export function byStage(people: readonly SharedReview[]): Map<string, SharedReview[]> {
  const stages = new Map<string, SharedReview[]>();
  for (const person of people) stages.set(stageOf(person), [...(stages.get(stageOf(person)) ?? []), person]);
  return stages;
}

/**
 * A row as shown: each level's figure and the number who reviewed it.
 * @example levelRow([0, 1, 5, 4, 10], [false, false, true, false, true]).levels.secure // { shown: false, why: 'hidden' }
 */
export function levelRow(counts: readonly number[], mask: readonly boolean[]): LevelRow {
  const cellAt = (i: number): Cell => (mask[i] ? { shown: true, count: counts[i]! } : hidden);
  const levels = Object.fromEntries(LEVELS.map((level, i) => [level, cellAt(i + 1)])) as Record<Level, Cell>;
  const reviewed = counts.slice(1).reduce((a, b) => a + b, 0);
  const known = mask[0] || mask.slice(1).every(Boolean);
  return { levels, reviewed: known ? { shown: true, count: reviewed } : hidden };
}

/** The stage groups of the whole cohort, when every one may be used; else null. */
function stageGroups(people: readonly SharedReview[], min: number): Map<string, SharedReview[]> | null {
  const stages = byStage(people);
  return [...stages.values()].every((group) => groupSizeOk(group.length, min)) ? stages : null;
}

/**
 * The groups of people a view is built from: its stages (or everyone), and for key areas only those without a name when the named are listed.
 * @example viewPeopleGroups(input).items.length // one per career stage, when stages are offered
 */
export function viewPeopleGroups(input: CohortInput): { items: SharedReview[][]; areas: SharedReview[][]; stages: string[]; stage: string | null; named: boolean } {
  const { people, min } = input;
  const stages = stageGroups(people, min);
  const stage = stages?.has(input.stage ?? '') ? input.stage : null;
  const all = stages ? [...stages.values()] : [[...people]];
  const unnamed = (group: SharedReview[]) => group.filter((person) => person.name === undefined);
  const named = people.some((person) => person.name !== undefined) && groupSizeOk(people.length, min) && all.every((group) => groupSizeOk(unnamed(group).length, min));
  const items = stage === null ? all : [stages!.get(stage)!];
  return { items, areas: named ? items.map(unnamed) : items, stages: stages ? [...stages.keys()] : [], stage, named };
}

/**
 * Everything the view may show, for the lead's choices.
 * @example cohortView({ people, earlier: [], stage: null, min: 3, context }).items[0].levels.secure
 */
export function cohortView(input: CohortInput): CohortView {
  const { min, context } = input;
  const groups = viewPeopleGroups(input);
  const itemGroups = groups.items.map((group) => groupRows(group, context));
  const areaGroups = groups.named ? [...itemGroups, ...groups.areas.map((group) => groupRows(group, context))] : itemGroups;
  // Figures are the whole view's counts, shown where its groups show them (for key areas, also the unnamed ones alone when the named are listed).
  const row = (key: string, masks: GroupRows[]) => levelRow(sumOver(itemGroups, key), maskOver(masks, key, min));
  const items = context.order.map((number) => ({ number, area: context.areaOf.get(number) ?? 0, ...row(itemKey(number), itemGroups) }));
  const priorities = context.order
    .map((number) => ({ number, counts: sumOver(itemGroups, priorityKey(number)), mask: maskOver(itemGroups, priorityKey(number), min) }))
    .filter((p) => p.mask[0] && p.counts[0]! > 0)
    .map((p) => ({ number: p.number, count: p.counts[0]! }))
    .sort((a, b) => b.count - a.count || context.order.indexOf(a.number) - context.order.indexOf(b.number));
  return {
    min,
    people: itemGroups.reduce((n, g) => n + g.size, 0),
    stage: groups.stage,
    stages: groups.stages,
    stagesHeld: groups.stages.length === 0 && byStage(input.people).size > 1,
    named: groups.named,
    areas: context.areas.map((area) => ({ area, ...row(areaKey(area), areaGroups) })),
    items,
    priorities,
    means: items
      .filter((item) => LEVELS.every((level) => item.levels[level].shown) && item.reviewed.shown && item.reviewed.count >= min)
      .map((item) => ({ number: item.number, reviewed: (item.reviewed as { count: number }).count, mean: meanOf(item) })),
  };
}

/** The average level of a row whose level figures are all shown. */
function meanOf(row: LevelRow): number {
  const count = (cell: Cell) => (cell.shown ? cell.count : 0);
  const reviewed = count(row.reviewed);
  return reviewed === 0 ? 0 : LEVELS.reduce((sum, level, rank) => sum + rank * count(row.levels[level]), 0) / reviewed;
}
