import { describe, expect, it } from 'vitest';
import { compareCohorts } from './change';
import { middleLevel } from './aggregate';
import { protectCounts, type RowContext } from './disclosure';
import { SHARED_FORMAT, type SharedReview } from '../../../lib/review/shared-format';
import type { Cell } from './small-cells';
import { byStage, cohortView, type CohortInput, type CohortView, type LevelRow } from './views';
import { LEVELS, type Level } from '../../../lib/review/model';

/*
 * The disclosure rule attacked: over generated cohorts (small stages, a few
 * names, earlier cohorts one person apart), every subtraction a lead could
 * make between the views the page offers (all stages less the others, a row
 * less its shown figures, key areas less the named people, this cohort less
 * an earlier one, priorities) must give 0 or at least the threshold.
 */

const ORDER = ['1.1', '1.2', '1.3', '2.1', '2.2'];
const CONTEXT: RowContext = { order: ORDER, areaOf: new Map(ORDER.map((n) => [n, Number(n[0])])), areas: [1, 2] };
const STAGES = ['itt', 'nqt', 'middle', null];

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function person(id: string, rand: () => number, stage: string | null): SharedReview {
  const items = ORDER.filter(() => rand() < 0.85).map((number) => ({ number, level: LEVELS[Math.floor(rand() * 4)]!, priority: rand() < 0.2 }));
  return { format: SHARED_FORMAT, version: 1, review: `r-${id}`, ...(rand() < 0.3 ? { name: `P ${id}` } : {}), stage, date: '2026-03-01', items };
}

function cohort(seed: number): SharedReview[] {
  const rand = random(seed);
  const sizes = STAGES.map(() => (rand() < 0.3 ? Math.floor(rand() * 3) : Math.floor(rand() * 9)));
  return STAGES.flatMap((stage, s) => Array.from({ length: sizes[s]! }, (_, i) => person(`${seed}-${s}-${i}`, rand, stage)));
}

const input = (people: SharedReview[], stage: string | null, min: number, earlier: SharedReview[] = []): CohortInput => ({ people, earlier, stage, min, context: CONTEXT });
const value = (cell: Cell) => (cell.shown ? cell.count : null);
const safe = (n: number, min: number) => n === 0 || n >= min;

/** Every figure of a view, by row and column (levels, then reviewed), null where hidden. */
function figures(view: CohortView): Map<string, (number | null)[]> {
  const row = (r: LevelRow) => [...LEVELS.map((level) => value(r.levels[level])), value(r.reviewed)];
  return new Map([...view.areas.map((a) => [`a${a.area}`, row(a)] as const), ...view.items.map((i) => [i.number, row(i)] as const)]);
}

function expectRowsSafe(view: CohortView, min: number): void {
  for (const [key, cells] of figures(view)) {
    for (const cell of cells) if (cell !== null) expect(safe(cell, min), `${key}: ${cell}`).toBe(true);
    const reviewed = cells[4];
    if (reviewed !== null && reviewed !== undefined) {
      const rest = reviewed - cells.slice(0, 4).reduce<number>((sum, c) => sum + (c ?? 0), 0);
      expect(safe(rest, min), `${key}: hidden levels add up to ${rest}`).toBe(true);
    }
  }
}

describe('protectCounts', () => {
  it('hides small figures, then enough others that the hidden ones add up to the threshold', () => {
    expect(protectCounts([0, 1, 5, 4, 10], 3)).toEqual([false, false, true, false, true]);
    expect(protectCounts([0, 0, 3, 0, 0], 3)).toEqual([true, true, true, true, true]);
    expect(protectCounts([0, 2, 2, 6], 3)).toEqual([false, false, false, true]);
    expect(protectCounts([1, 2], 3)).toEqual([false, false]);
    expect(protectCounts([1, 9], 5)).toEqual([false, false]);
  });
});

describe('the rule attacked over generated cohorts', () => {
  const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

  it('shows no figure, and no row less its shown figures, about 1..min-1 people', () => {
    for (const seed of seeds) {
      const people = cohort(seed);
      for (const min of [3, 4]) {
        const all = cohortView(input(people, null, min));
        expectRowsSafe(all, min);
        for (const stage of all.stages) expectRowsSafe(cohortView(input(people, stage, min)), min);
        for (const p of all.priorities) expect(p.count).toBeGreaterThanOrEqual(min);
      }
    }
  });

  it('offers stages only when each has none or at least min people, and all less the other stages gives 0 or at least min', () => {
    for (const seed of seeds) {
      const people = cohort(seed);
      const all = cohortView(input(people, null, 3));
      const sizes = [...byStage(people).values()].map((g) => g.length);
      if (all.stages.length > 0) expect(sizes.every((n) => safe(n, 3))).toBe(true);
      else expect(all.stage).toBeNull();
      const views = all.stages.map((stage) => figures(cohortView(input(people, stage, 3))));
      for (const [key, cells] of figures(all)) {
        cells.forEach((cell, c) => {
          if (cell === null) return;
          views.forEach((_, left) => {
            const others = views.filter((__, i) => i !== left).map((v) => v.get(key)![c]);
            if (others.every((o) => o !== null)) expect(safe(cell - others.reduce<number>((s, o) => s + o!, 0), 3), `seed ${seed} ${key}`).toBe(true);
          });
        });
      }
    }
  });

  it('key-area figures less the named people give 0 or at least min for those without a name', () => {
    for (const seed of seeds) {
      const people = cohort(seed);
      for (const stage of [null, ...cohortView(input(people, null, 3)).stages]) {
        const view = cohortView(input(people, stage, 3));
        if (!view.named) continue;
        const shown = stage === null ? people : people.filter((p) => (p.stage ?? '-') === stage);
        for (const area of view.areas) {
          LEVELS.forEach((level: Level) => {
            const cell = area.levels[level];
            if (!cell.shown) return;
            const named = shown.filter((p) => p.name !== undefined && levelIn(p, area.area) === level).length;
            expect(safe(cell.count - named, 3), `seed ${seed} area ${area.area} ${level}`).toBe(true);
          });
        }
      }
    }
  });

  it('compares with an earlier cohort one or two people apart only where no one is singled out', () => {
    for (const seed of seeds) {
      const people = cohort(seed);
      for (const apart of [1, 2, 3]) {
        const fewer = people.slice(apart);
        // This cohort has people the earlier did not: too few joined to compare.
        if (apart < 3) expect(compareCohorts(input(people, null, 3, fewer)).mode).toMatch(/none|joined-few/);
        // The earlier cohort had people who left: under 3, only those present in both are compared.
        const change = compareCohorts(input(fewer, null, 3, people));
        if (apart < 3) expect(change.mode).toMatch(/matched|mixed-few|none/);
        const view = cohortView(input(fewer, null, 3));
        for (const row of change.items) {
          if (!row.after || !row.before) continue;
          if (change.mode === 'matched') expect(row.before).toEqual(row.after);
          const item = view.items.find((i) => i.number === row.key)!;
          if (item.levels.secure.shown && item.levels.leading.shown) expect(safe(item.levels.secure.count + item.levels.leading.count - row.after.part, 3)).toBe(true);
        }
      }
    }
  });

  it('does not compare a row where fewer than min people present in both changed', () => {
    const rand = random(7);
    const earlier = Array.from({ length: 12 }, (_, i) => person(`c${i}`, rand, null));
    const later = earlier.map((p, i) => (i === 0 ? { ...p, items: p.items.map((item) => ({ ...item, level: item.level === 'leading' ? ('not-started' as const) : ('leading' as const) })) } : p));
    const change = compareCohorts(input(later, null, 3, earlier));
    expect(change.mode).toBe('full');
    for (const row of change.items) {
      const changed = earlier[0]!.items.some((item) => item.number === row.key);
      if (changed) expect(row.points).toBeNull();
      else if (row.before) expect(row.points).toBe(0);
    }
  });

  it('attack from the issue: 249 + 248 + one person alone recovers nothing of that person', () => {
    const rand = random(3);
    const people = [...Array.from({ length: 249 }, (_, i) => person(`i${i}`, rand, 'itt')), ...Array.from({ length: 248 }, (_, i) => person(`n${i}`, rand, 'nqt')), person('x', rand, 'middle')];
    const all = cohortView(input(people, null, 3));
    expect(all.stages).toEqual([]);
    expect(cohortView(input(people, 'itt', 3)).stage).toBeNull();
  });
});

function levelIn(person: SharedReview, area: number): Level | null {
  const levels = person.items.filter((i) => CONTEXT.areaOf.get(i.number) === area).map((i) => i.level);
  return levels.length ? middleLevel(levels) : null;
}
