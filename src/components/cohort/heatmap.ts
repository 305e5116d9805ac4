import { LEVELS, type Level } from '../../lib/review/model';
import type { LevelCounts } from '../../lib/review/summary';
import { protectRow, type Cell } from '../../lib/cohort/small-cells';
import { s } from '../review/chart';

/*
 * The heat map: one row per key area or item, one column per level. Each
 * cell's shade is its share of the row, and each cell also says its figure in
 * text ("<3" for fewer than the threshold, a dash for a figure not shown, on a
 * hatched fill), so nothing depends on colour. The same figures are in the
 * table beside it; the SVG is an image with a title and description.
 */

export interface HeatRow {
  label: string;
  counts: LevelCounts;
  reviewed: number;
}

export interface HeatLabels {
  title: string;
  describe: string;
  levels: Record<Level, string>;
  /** The text of a cell under the threshold, e.g. "<3". */
  small: string;
}

const LABEL = 90;
const CELL = 80;
const ROW = 28;
const HEAD = 30;

/** The shade of a share of the row, 0 (none) to 4 (most). */
const shade = (count: number, total: number) => (total === 0 ? 0 : Math.min(4, Math.ceil((count / total) * 4)));

function cellMark(cell: Cell, total: number, labels: HeatLabels, x: number, y: number, prefix: string): SVGElement[] {
  const band = cell.shown ? shade(cell.count, total) : 'none';
  const fill = cell.shown ? {} : { fill: `url(#${prefix}-hatch)` };
  const text = cell.shown ? String(cell.count) : cell.why === 'small' ? labels.small : '–';
  return [
    s('rect', { x, y, width: CELL - 2, height: ROW - 2, class: `aw-cohort-heat__cell aw-cohort-heat__cell--${band}`, ...fill }),
    s('text', { x: x + CELL / 2 - 1, y: y + ROW / 2 + 4, 'text-anchor': 'middle', class: `aw-cohort-heat__figure aw-cohort-heat__figure--${band}` }, text),
  ];
}

/**
 * A heat map of people at each level, for `rows`, under the small-cell rule at `min`.
 * @example heatMap(areas.map((a) => ({ label: `Key area ${a.area}`, ...a })), labels, 3, 'aw-heat-areas')
 */
export function heatMap(rows: readonly HeatRow[], labels: HeatLabels, min: number, prefix: string): SVGSVGElement {
  const width = LABEL + LEVELS.length * CELL;
  const height = HEAD + rows.length * ROW;
  const head = LEVELS.map((level, i) => s('text', { x: LABEL + i * CELL + CELL / 2, y: HEAD - 10, 'text-anchor': 'middle', class: 'aw-cohort-heat__head' }, labels.levels[level]));
  const body = rows.flatMap((row, r) => {
    const y = HEAD + r * ROW;
    const cells = protectRow(row.counts, row.reviewed, min);
    return [
      s('text', { x: 0, y: y + ROW / 2 + 4, class: 'aw-cohort-heat__label' }, row.label),
      ...LEVELS.flatMap((level, i) => cellMark(cells.levels[level], row.reviewed, labels, LABEL + i * CELL, y, prefix)),
    ];
  });
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, width, class: 'aw-cohort-heat', role: 'img', 'aria-labelledby': `${prefix}-title ${prefix}-desc` },
    s('title', { id: `${prefix}-title` }, labels.title),
    s('desc', { id: `${prefix}-desc` }, labels.describe),
    s(
      'defs',
      {},
      s(
        'pattern',
        { id: `${prefix}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
        s('rect', { width: 6, height: 6, class: 'aw-cohort-heat__hatch-ground' }),
        s('path', { d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', class: 'aw-cohort-heat__hatch' }),
      ),
    ),
    ...head,
    ...body,
  );
}
