import { LEVELS, type Level } from '../../lib/review/model';
import type { Cell } from './model/small-cells';
import type { LevelRow } from './model/views';
import { s } from '../../islands/chart';

/*
 * The heat map: one row per key area or item, one column per level. Each
 * cell's shade is its share of the row, and each cell also says its figure in
 * text (a dash, on a hatched fill, for a figure not shown: the rows come
 * through the disclosure rule already), so nothing depends on colour. The same figures are in the
 * table beside it; the SVG is an image with a title and description.
 */

export interface HeatRow {
  label: string;
  row: LevelRow;
}

export interface HeatLabels {
  title: string;
  describe: string;
  levels: Record<Level, string>;
}

const LABEL = 90;
const CELL = 80;
const ROW = 28;
const HEAD = 30;

/** The shade of a share of the row, 0 (none) to 4 (most). */
const shade = (count: number, total: number) => (total === 0 ? 0 : Math.min(4, Math.ceil((count / total) * 4)));

function cellMark(cell: Cell, total: number, x: number, y: number, prefix: string): SVGElement[] {
  const band = cell.shown ? shade(cell.count, total) : 'none';
  const fill = cell.shown ? {} : { fill: `url(#${prefix}-hatch)` };
  const text = cell.shown ? String(cell.count) : '–';
  return [
    s('rect', { x, y, width: CELL - 2, height: ROW - 2, class: `aw-cohort-heat__cell aw-cohort-heat__cell--${band}`, ...fill }),
    s('text', { x: x + CELL / 2 - 1, y: y + ROW / 2 + 4, 'text-anchor': 'middle', class: `aw-cohort-heat__figure aw-cohort-heat__figure--${band}` }, text),
  ];
}

/**
 * A heat map of people at each level, for `rows` as the rule lets them be shown; `people` shades rows whose total is hidden.
 * @example heatMap(view.areas.map((a) => ({ label: `Key area ${a.area}`, row: a })), labels, view.people, 'aw-heat-areas')
 */
export function heatMap(rows: readonly HeatRow[], labels: HeatLabels, people: number, prefix: string): SVGSVGElement {
  const width = LABEL + LEVELS.length * CELL;
  const height = HEAD + rows.length * ROW;
  const head = LEVELS.map((level, i) => s('text', { x: LABEL + i * CELL + CELL / 2, y: HEAD - 10, 'text-anchor': 'middle', class: 'aw-cohort-heat__head' }, labels.levels[level]));
  const body = rows.flatMap((row, r) => {
    const y = HEAD + r * ROW;
    const total = row.row.reviewed.shown ? row.row.reviewed.count : people;
    return [s('text', { x: 0, y: y + ROW / 2 + 4, class: 'aw-cohort-heat__label' }, row.label), ...LEVELS.flatMap((level, i) => cellMark(row.row.levels[level], total, LABEL + i * CELL, y, prefix))];
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
