import type { Review } from './model';
import { MAX_REVIEWS, type Store } from './storage-format';

/*
 * Importing a file adds its reviews to the stored ones and changes none of
 * them: a review already stored as it is in the file is left alone, and one
 * whose id is taken by a different review is added as a copy.
 */

export interface MergeResult {
  store: Store;
  /** Reviews added as they were. */
  added: number;
  /** Reviews whose id was already used by a different review: added with a new id, the stored one untouched. */
  copied: number;
  /** Reviews already stored exactly as in the file. */
  unchanged: number;
}

/**
 * Adds imported reviews to the stored ones without changing any stored review.
 * Returns undefined when the result would hold more than `MAX_REVIEWS`.
 * @param newId makes an id for an imported review whose id is taken
 * @example mergeStores(stored, imported, () => 'r-new')?.added // 1
 */
export function mergeStores(existing: Store, incoming: Store, newId: () => string): MergeResult | undefined {
  const reviews: Review[] = [...existing.reviews];
  const result = { added: 0, copied: 0, unchanged: 0 };
  for (const review of incoming.reviews) {
    const same = reviews.find((r) => r.id === review.id);
    if (!same) {
      reviews.push(review);
      result.added += 1;
    } else if (JSON.stringify(same) === JSON.stringify(review)) {
      result.unchanged += 1;
    } else {
      reviews.push({ ...review, id: newId() });
      result.copied += 1;
    }
  }
  if (reviews.length > MAX_REVIEWS) return undefined;
  return { store: { ...existing, reviews }, ...result };
}
