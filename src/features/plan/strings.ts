import { createTranslator } from '../../components/review/page-data';
import type { MessageKey } from '../../i18n';
import type { PlanPageData } from './server-data';

/*
 * The scripts' `t()` on the plan's and the mentor's pages: the review's
 * translator (placeholders, plural rules, Welsh month names) over the
 * messages these pages send.
 */

export type PlanMessageKey = Extract<MessageKey, `plan.${string}` | `mentor.${string}` | `review.mentor.${string}` | `review.level.${string}`>;

export interface PlanTranslator {
  (key: PlanMessageKey, values?: Record<string, string | number>): string;
  /** A `YYYY-MM-DD` day written out, e.g. "12 March 2026" / "12 Mawrth 2026". */
  day(day: string): string;
}

/**
 * The translator for the page's config.
 * @example planTranslator(island.config)('plan.step.add')
 */
export function planTranslator(config: Pick<PlanPageData, 'intl' | 'months' | 'messages'>): PlanTranslator {
  return createTranslator(config) as unknown as PlanTranslator;
}

/**
 * A random id with a prefix, e.g. `a-3f9a…` for an action; works over plain http too.
 * @example newId('c')
 */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
