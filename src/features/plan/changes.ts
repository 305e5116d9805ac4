import { LEVELS, type Level, type Review } from '../../lib/review/model';

/*
 * "Over time": what changed since the person's previous review (the one
 * started before this, on this device), item by item, and how many actions
 * are done.
 */

export interface LevelChange {
  number: string;
  from: Level;
  to: Level;
}

export interface SincePrevious {
  previous: Review;
  up: LevelChange[];
  down: LevelChange[];
}

const rank = (level: Level) => LEVELS.indexOf(level);

/**
 * The review started most recently before `review`, if any.
 * @example previousReview(store.reviews, current)?.title
 */
export function previousReview(reviews: readonly Review[], review: Review): Review | undefined {
  return reviews.filter((r) => r.id !== review.id && r.created < review.created).sort((a, b) => (a.created < b.created ? 1 : -1))[0];
}

/**
 * Levels that went up and down since the previous review, for items in both.
 * @example sincePrevious(store.reviews, current)?.up
 */
export function sincePrevious(reviews: readonly Review[], review: Review): SincePrevious | undefined {
  const previous = previousReview(reviews, review);
  if (!previous) return undefined;
  const before = new Map(previous.items.map((item) => [item.number, item.level]));
  const up: LevelChange[] = [];
  const down: LevelChange[] = [];
  for (const item of review.items) {
    const from = before.get(item.number);
    if (from === undefined || from === item.level) continue;
    (rank(item.level) > rank(from) ? up : down).push({ number: item.number, from, to: item.level });
  }
  return { previous, up, down };
}

/**
 * How many of the plan's actions are done, of how many.
 * @example actionProgress(review) // { done: 2, total: 5 }
 */
export function actionProgress(review: Review): { done: number; total: number } {
  const actions = review.plan?.actions ?? [];
  return { done: actions.filter((a) => a.status === 'done').length, total: actions.length };
}
