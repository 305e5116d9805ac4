import type { Store } from '../../../lib/review/storage-format';

/*
 * What a person changed that the browser did not keep (its storage was full,
 * or failed): named by item, so the page can say what to make again. Pure.
 */

/**
 * The items (by number, in the review shown first) whose level, priority or
 * evidence differ between the stored reviews and those on the page; a review's
 * new name counts as its title.
 * @example unsavedItems(local.saved(), app.state.store) // ['1.1a', '2.3']
 */
export function unsavedItems(saved: Store, shown: Store): string[] {
  const result: string[] = [];
  for (const review of shown.reviews) {
    const before = saved.reviews.find((r) => r.id === review.id);
    if (!before) {
      result.push(`“${review.title}”`);
      continue;
    }
    if (before.title !== review.title) result.push(`“${review.title}”`);
    const old = new Map(before.items.map((item) => [item.number, JSON.stringify(item)]));
    for (const item of review.items) if (old.get(item.number) !== JSON.stringify(item)) result.push(item.number);
  }
  return [...new Set(result)];
}
