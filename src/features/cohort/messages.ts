import type { DeclaredKey } from '../../islands/translator';

/*
 * The messages the cohort script writes: all of the cohort's own, and the
 * review's level names. CohortView.astro ships exactly these (`messagesFor`);
 * the script's `t()` accepts only these.
 */

export const COHORT_MESSAGES = ['cohort.', 'review.level.'] as const;

/** Keys of the messages the cohort script uses. */
export type CohortMessageKey = DeclaredKey<typeof COHORT_MESSAGES>;
