import { moveFromLegacyKey, siteBase, siteKey } from '../../lib/storage-keys';
import type { Person, Skipped } from '../../lib/cohort/load';
import { sharedReviewSchema } from '../../lib/cohort/shared-format';
import { MIN_THRESHOLD } from '../../lib/cohort/small-cells';
import type { Island } from '../islands/island';
import type { CohortPageData, CohortTranslator } from './page-data';

/*
 * What the cohort view holds: the loaded reviews of this cohort and of an
 * earlier one, the files skipped, and the lead's choices. It lives in the page
 * only, unless the lead asks to keep it in this browser (`keep`).
 */

export interface CohortState {
  people: Person[];
  earlier: Person[];
  skipped: Skipped[];
  threshold: number;
  stage: string | null;
  showPeople: boolean;
}

export interface CohortApp {
  island: Island<CohortPageData>;
  t: CohortTranslator;
  state: CohortState;
  render(): void;
  say(message: string): void;
}

/** Where the cohort is kept: under a name with the site's base path, moved from the old shared name once. */
export const KEEP_KEY = siteKey('arwain.cohort', siteBase());
const LEGACY_KEEP_KEY = 'arwain.cohort';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const validPeople = (value: unknown): Person[] =>
  Array.isArray(value)
    ? value.filter((p: unknown): p is Person => typeof p === 'object' && p !== null && 'file' in p && typeof p.file === 'string' && 'shared' in p && sharedReviewSchema.safeParse(p.shared).success)
    : [];

/**
 * The cohort kept in this browser, or null when none is (every review in it checked again).
 * @example const kept = readKept(); if (kept) state.people = kept.people;
 */
export function readKept(): Pick<CohortState, 'people' | 'earlier' | 'threshold'> | null {
  const store = storage();
  let text: string | null | undefined;
  try {
    text = store && moveFromLegacyKey(store, LEGACY_KEEP_KEY, KEEP_KEY);
  } catch {
    text = store?.getItem(KEEP_KEY) ?? store?.getItem(LEGACY_KEEP_KEY);
  }
  if (!text) return null;
  try {
    const data = JSON.parse(text) as { people?: unknown; earlier?: unknown; threshold?: unknown };
    return { people: validPeople(data.people), earlier: validPeople(data.earlier), threshold: typeof data.threshold === 'number' ? Math.max(MIN_THRESHOLD, data.threshold) : MIN_THRESHOLD };
  } catch {
    return null;
  }
}

/**
 * Keeps the cohort in this browser, or (`keep` false) forgets it; false when the browser refused.
 * @example writeKept(state, keepBox.checked)
 */
export function writeKept(state: CohortState, keep: boolean): boolean {
  const store = storage();
  try {
    // Forgetting forgets the copy under the old name too, or the next visit would move it in again.
    if (!keep) [KEEP_KEY, LEGACY_KEEP_KEY].forEach((key) => store?.removeItem(key));
    else store?.setItem(KEEP_KEY, JSON.stringify({ people: state.people, earlier: state.earlier, threshold: state.threshold }));
    return store !== null;
  } catch {
    return false;
  }
}
