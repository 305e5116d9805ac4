import { compareItemNumbers } from '../content/item-number';
import { LEVELS, type Level, type Review } from './model';

/* Two reviews side by side, item by item: how the levels changed from the first to the second. Pure functions. */

export type Comparison = 'higher' | 'lower' | 'same' | 'only-first' | 'only-second';

export interface ComparisonRow {
  number: string;
  first?: Level | undefined;
  second?: Level | undefined;
  /** How the level in the second review compares with the first. */
  change: Comparison;
}

/**
 * The levels of two reviews side by side, over every item in either.
 * @example compareReviews(review2025, review2026).filter((row) => row.change === 'higher')
 */
export function compareReviews(first: Review, second: Review): ComparisonRow[] {
  const a = new Map(first.items.map((item) => [item.number, item.level]));
  const b = new Map(second.items.map((item) => [item.number, item.level]));
  const numbers = [...new Set([...a.keys(), ...b.keys()])].sort(compareItemNumbers);
  return numbers.map((number) => {
    const x = a.get(number);
    const y = b.get(number);
    let change: Comparison;
    if (x === undefined) change = 'only-second';
    else if (y === undefined) change = 'only-first';
    else {
      const step = LEVELS.indexOf(y) - LEVELS.indexOf(x);
      change = step > 0 ? 'higher' : step < 0 ? 'lower' : 'same';
    }
    return { number, first: x, second: y, change };
  });
}

/**
 * Counts of each kind of change, e.g. for "3 higher, 1 lower".
 * @example countChanges(compareReviews(a, b)).higher // 3
 */
export function countChanges(rows: ComparisonRow[]): Record<Comparison, number> {
  const counts: Record<Comparison, number> = { higher: 0, lower: 0, same: 0, 'only-first': 0, 'only-second': 0 };
  for (const row of rows) counts[row.change] += 1;
  return counts;
}
