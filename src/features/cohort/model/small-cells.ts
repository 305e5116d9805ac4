/*
 * The threshold of the disclosure rule (`disclosure.ts`): no figure about
 * fewer than `threshold` people, 3 unless the programme lead raises it, never
 * lower. And how a figure is shown: its count, or hidden (every hidden figure
 * alike, so that "hidden" never says whether anyone is there).
 */

export const MIN_THRESHOLD = 3;

/** A figure as shown: the number, or hidden. */
export type Cell = { shown: true; count: number } | { shown: false; why: 'hidden' };

/**
 * The threshold a lead asked for, as a whole number no lower than 3.
 * @example threshold('2') // 3
 */
export function threshold(value: unknown): number {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isFinite(number) ? Math.max(MIN_THRESHOLD, Math.min(1000, Math.floor(number))) : MIN_THRESHOLD;
}
