import { LEVELS, type Level } from '../../lib/review/model';
import type { ReviewApp } from './app';

/* The levels' names, used by the summary, the changes, the comparison, the CSV and the portfolio. */

/**
 * The names of the levels in the page's language.
 * @example levelNames(app).secure // 'Secure'
 */
export function levelNames(app: ReviewApp): Record<Level, string> {
  return Object.fromEntries(LEVELS.map((level) => [level, app.t(`review.level.${level}`)])) as Record<Level, string>;
}
