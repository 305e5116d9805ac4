import { parseItemNumber } from '../content/item-number';
import type { ItemReview, Level, Review } from './model';

/*
 * What a review says when read as a whole: counts by key area and priorities.
 * Two reviews side by side are `compare.ts`; what changed since a day,
 * `changes.ts`. Pure functions.
 */

export type LevelCounts = Record<Level, number>;

export interface KeyAreaSummary {
  area: number;
  counts: LevelCounts;
  total: number;
}

const zeroCounts = (): LevelCounts => ({ 'not-started': 0, developing: 0, secure: 0, leading: 0 });

/**
 * How many items of each key area are at each level, for the key areas the
 * review has items in, and the totals over all of them.
 * @example summarise(review).areas[0] // { area: 1, counts: { 'not-started': 3, developing: 2, secure: 1, leading: 0 }, total: 6 }
 */
export function summarise(review: Review): { areas: KeyAreaSummary[]; totals: KeyAreaSummary } {
  const byArea = new Map<number, KeyAreaSummary>();
  const totals: KeyAreaSummary = { area: 0, counts: zeroCounts(), total: 0 };
  for (const item of review.items) {
    const area = parseItemNumber(item.number)!.area;
    const summary = byArea.get(area) ?? { area, counts: zeroCounts(), total: 0 };
    summary.counts[item.level] += 1;
    summary.total += 1;
    totals.counts[item.level] += 1;
    totals.total += 1;
    byArea.set(area, summary);
  }
  return { areas: [...byArea.values()].sort((a, b) => a.area - b.area), totals };
}

/**
 * The items flagged as priorities for development, in the standards' order.
 * @example priorities(review).map((item) => item.number) // ['1.2', '3.4a']
 */
export function priorities(review: Review): ItemReview[] {
  return review.items.filter((item) => item.priority);
}

/**
 * The review with only the items for which `keep` is true: e.g. those the standards still have, for summaries.
 * @example onlyItems(review, (number) => known.has(number))
 */
export function onlyItems(review: Review, keep: (number: string) => boolean): Review {
  const items = review.items.filter((item) => keep(item.number));
  return items.length === review.items.length ? review : { ...review, items };
}
