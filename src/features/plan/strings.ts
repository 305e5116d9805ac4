import type { Days } from '../../islands/days';
import type { IslandTranslator } from '../../islands/translator';
import type { PlanMessageKey } from './server-data';

/*
 * The scripts' `t()` on the plan's and the mentor's pages is the kit's
 * translator over the messages these pages declare (`PLAN_MESSAGES`).
 */

export type { PlanMessageKey } from './server-data';

export type PlanTranslator = IslandTranslator<PlanMessageKey> & Days;

/**
 * A random id with a prefix, e.g. `a-3f9a…` for an action; works over plain http too.
 * @example newId('c')
 */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
