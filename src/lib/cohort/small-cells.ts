import { LEVELS, type Level } from '../review/model';
import type { LevelCounts } from '../review/summary';

/*
 * Privacy by default: a figure of fewer than `threshold` people (3 unless the
 * programme lead raises it; never lower) is shown as "fewer than 3", not as a
 * number. A row whose total is shown must not give a hidden figure away by
 * subtraction, so when only one level of a row is under the threshold the
 * next smallest is hidden too ("not shown").
 */

export const MIN_THRESHOLD = 3;

/** A figure as shown: the number, or why it is not shown. */
export type Cell = { shown: true; count: number } | { shown: false; why: 'small' | 'hidden' };

export interface ProtectedRow {
  levels: Record<Level, Cell>;
  reviewed: Cell;
}

/**
 * The threshold a lead asked for, as a whole number no lower than 3.
 * @example threshold('2') // 3
 */
export function threshold(value: unknown): number {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isFinite(number) ? Math.max(MIN_THRESHOLD, Math.min(1000, Math.floor(number))) : MIN_THRESHOLD;
}

/**
 * One figure, shown or not.
 * @example cell(2, 3) // { shown: false, why: 'small' }
 */
export function cell(count: number, min: number): Cell {
  return count >= min ? { shown: true, count } : { shown: false, why: 'small' };
}

/**
 * A row of counts by level with its total, protected. When the total itself is
 * under the threshold, nothing in the row is shown.
 * @example protectRow({ 'not-started': 0, developing: 0, secure: 4, leading: 3 }, 7, 3).levels.secure // { shown: true, count: 4 }
 */
export function protectRow(counts: LevelCounts, reviewed: number, min: number): ProtectedRow {
  const small = { shown: false, why: 'small' } as const;
  if (reviewed < min) return { levels: Object.fromEntries(LEVELS.map((level) => [level, small])) as Record<Level, Cell>, reviewed: small };
  const levels = Object.fromEntries(LEVELS.map((level) => [level, cell(counts[level], min)])) as Record<Level, Cell>;
  const hidden = LEVELS.filter((level) => !levels[level].shown);
  if (hidden.length === 1) {
    // The smallest shown figure goes too, so that the total less the others no longer gives the hidden one.
    const next = LEVELS.filter((level) => levels[level].shown).sort((a, b) => counts[a] - counts[b])[0];
    if (next) levels[next] = { shown: false, why: 'hidden' };
  }
  return { levels, reviewed: { shown: true, count: reviewed } };
}

/**
 * A part of a total (e.g. people at Secure or Leading of those who reviewed an
 * item): shown only when the part, the rest and the total are all at least the threshold.
 * @example protectPart(4, 5, 3) // { shown: false, why: 'hidden' }
 */
export function protectPart(part: number, total: number, min: number): Cell {
  if (total < min || part < min) return { shown: false, why: 'small' };
  return total - part < min ? { shown: false, why: 'hidden' } : { shown: true, count: part };
}
