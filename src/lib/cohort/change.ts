import type { AreaFigures, CohortFigures, ItemFigures } from './aggregate';
import { protectPart, type Cell } from './small-cells';

/*
 * Change between two dated cohorts, e.g. the start and the end of a programme:
 * for each key area and item, the people at Secure or Leading out of those who
 * reviewed it, in each cohort, and the change in percentage points when both
 * figures may be shown.
 */

export interface Share {
  part: Cell;
  total: number;
}

export interface ChangeRow {
  /** The key area's number, or the item's number. */
  key: number | string;
  before: Share | null;
  after: Share | null;
  /** Percentage points, rounded; null when either figure is not shown. */
  points: number | null;
}

type Figures = Pick<AreaFigures | ItemFigures, 'counts' | 'reviewed'>;

function share(figures: Figures | undefined, min: number): Share | null {
  if (!figures) return null;
  return { part: protectPart(figures.counts.secure + figures.counts.leading, figures.reviewed, min), total: figures.reviewed };
}

function row(key: number | string, before: Figures | undefined, after: Figures | undefined, min: number): ChangeRow {
  const a = share(before, min);
  const b = share(after, min);
  const points = a?.part.shown && b?.part.shown ? Math.round((b.part.count / b.total - a.part.count / a.total) * 100) : null;
  return { key, before: a, after: b, points };
}

/**
 * Rows for every key area and item either cohort reviewed, key areas first.
 * @example compareCohorts(start, end, 3).find((r) => r.key === '1.1')?.points // 25
 */
export function compareCohorts(earlier: CohortFigures, later: CohortFigures, min: number): { areas: ChangeRow[]; items: ChangeRow[] } {
  const areaKeys = [...new Set([...earlier.areas, ...later.areas].map((a) => a.area))].sort((x, y) => x - y);
  const laterOrder = later.items.map((i) => i.number);
  const itemKeys = [...new Set([...laterOrder, ...earlier.items.map((i) => i.number)])];
  return {
    areas: areaKeys.map((area) =>
      row(
        area,
        earlier.areas.find((a) => a.area === area),
        later.areas.find((a) => a.area === area),
        min,
      ),
    ),
    items: itemKeys.map((number) =>
      row(
        number,
        earlier.items.find((i) => i.number === number),
        later.items.find((i) => i.number === number),
        min,
      ),
    ),
  };
}
