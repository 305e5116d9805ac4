import type { CohortResult } from './model/engine';
import type { Skipped } from './model/load';
import { MIN_THRESHOLD } from './model/small-cells';
import { moveFromLegacyKey, siteBase, siteKey } from '../../islands/storage-keys';
import type { Island } from '../../islands/island';
import type { EngineClient } from './engine-client';
import type { CohortPageData, CohortTranslator } from './page-data';

/*
 * What the page holds: the files skipped, the lead's choices and the last
 * figures the engine worked out. The reviews themselves are in the engine
 * (`engine.ts`, in a worker); they live there only, unless the lead asks to
 * keep them in this browser (`keep`).
 */

export interface CohortState {
  skipped: Skipped[];
  threshold: number;
  stage: string | null;
  showPeople: boolean;
  /** The figures last drawn, or null before the first. */
  result: CohortResult | null;
}

export interface CohortApp {
  island: Island<CohortPageData>;
  t: CohortTranslator;
  state: CohortState;
  engine: EngineClient;
  render(): Promise<void>;
  say(message: string): void;
}

/**
 * The kept reviews (as the engine writes them) and, apart, what they are and when they were kept:
 * under names with the site's base path, so two copies of the site on one host keep apart. A cohort
 * kept under the old shared name is moved once (`readKept`).
 */
export const KEEP_KEY = siteKey('arwain.cohort', siteBase());
export const KEEP_META_KEY = siteKey('arwain.cohort.kept', siteBase());
const LEGACY_KEEP_KEY = 'arwain.cohort';

export interface KeptMeta {
  threshold: number;
  /** When it was kept (an ISO date and time). */
  saved: string;
  people: number;
  earlier: number;
}

export type KeepOutcome = 'kept' | 'too-large' | 'refused';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readMeta(text: string | null | undefined): KeptMeta | null {
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Partial<KeptMeta>;
    const count = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0);
    return {
      threshold: typeof data.threshold === 'number' ? Math.max(MIN_THRESHOLD, data.threshold) : MIN_THRESHOLD,
      saved: typeof data.saved === 'string' ? data.saved : '',
      people: count(data.people),
      earlier: count(data.earlier),
    };
  } catch {
    return null;
  }
}

/**
 * The cohort kept in this browser (its text for the engine, and what it is), or null when none is.
 * @example const kept = readKept(); if (kept) await engine.send({ type: 'restore', text: kept.text });
 */
export function readKept(): { text: string; meta: KeptMeta } | null {
  const store = storage();
  let text: string | null | undefined;
  try {
    text = store && moveFromLegacyKey(store, LEGACY_KEEP_KEY, KEEP_KEY);
  } catch {
    // No room to move it: read it where it is.
    text = store?.getItem(KEEP_KEY) ?? store?.getItem(LEGACY_KEEP_KEY);
  }
  if (!text) return null;
  // A cohort kept before the date was recorded: its threshold is in the text.
  return { text, meta: readMeta(store?.getItem(KEEP_META_KEY)) ?? readMeta(text)! };
}

/**
 * Forgets the kept cohort.
 * @example forgetKept()
 */
export function forgetKept(): void {
  const store = storage();
  try {
    // The copy under the old name goes too, or the next visit would move it in again.
    [KEEP_KEY, KEEP_META_KEY, LEGACY_KEEP_KEY].forEach((key) => store?.removeItem(key));
  } catch {
    // Nothing was kept if storage cannot even be reached.
  }
}

const isQuota = (error: unknown) => error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/**
 * Keeps the engine's `text` with `meta`; when the browser refuses, nothing at all is kept, never an older cohort.
 * @example writeKept(reply.text, { threshold: 3, saved: new Date().toISOString(), people: 3, earlier: 0 }) // 'kept'
 */
export function writeKept(text: string, meta: KeptMeta): KeepOutcome {
  const store = storage();
  if (!store) return 'refused';
  try {
    // The older cohort goes first: so it cannot come back if this one does not fit (and room is freed for it).
    forgetKept();
    store.setItem(KEEP_KEY, text);
    store.setItem(KEEP_META_KEY, JSON.stringify(meta));
    return 'kept';
  } catch (error) {
    forgetKept();
    return isQuota(error) ? 'too-large' : 'refused';
  }
}

/**
 * Changes the threshold recorded with a kept cohort.
 * @example keptThreshold(4)
 */
export function keptThreshold(threshold: number): void {
  const store = storage();
  const meta = readMeta(store?.getItem(KEEP_META_KEY));
  if (!meta) return;
  try {
    store?.setItem(KEEP_META_KEY, JSON.stringify({ ...meta, threshold }));
  } catch {
    // The threshold is the page's; the kept one stays as it was.
  }
}
