import { LEVELS, type Level } from '../lib/review/model';
import type { KeyAreaSummary } from '../lib/review/summary';
import { append, h, setAttributes, type Attributes, type Child } from './dom';

/*
 * The summary as a bar chart and as a table of the same figures. Each level has
 * its own fill pattern as well as its colour, each bar segment is labelled with
 * its count, and the chart's text alternative states every figure, so nothing
 * depends on telling colours apart.
 */

export interface ChartLabels {
  title: string;
  caption: string;
  keyAreaHeader: string;
  totalHeader: string;
  levels: Record<Level, string>;
  /** "Key area 3" */
  short: (area: number) => string;
  /** "Key area 3: Developing and Working with Others" */
  long: (area: number) => string;
  /** "Developing and Working with Others" */
  areaTitle: (area: number) => string;
  /** The language of the key area's title, when it is not the page's. */
  lang: (area: number) => string | undefined;
}

/**
 * An SVG element with attributes and children.
 * @example s('rect', { width: 8, height: 8 })
 */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/*
 * Each key area's label sits on its own line above its bar, so a long (or
 * Welsh) title never crowds the bars, and the bars get the full width.
 */
const WIDTH = 400;
const LABEL = 20;
const BAR = 24;
const ROW = LABEL + BAR + 12;

/** Fill patterns, one per level: plain, hatched, dotted, solid. */
function patterns(prefix: string): SVGDefsElement {
  const pattern = (level: Level, ...marks: SVGElement[]) =>
    s(
      'pattern',
      { id: `${prefix}-${level}`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
      s('rect', { width: 8, height: 8, class: `aw-review-chart__fill aw-review-chart__fill--${level}` }),
      ...marks,
    );
  return s(
    'defs',
    {},
    pattern('not-started'),
    pattern('developing', s('path', { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', class: 'aw-review-chart__mark' })),
    pattern('secure', s('circle', { cx: 4, cy: 4, r: 1.4, class: 'aw-review-chart__mark' })),
    pattern('leading'),
  );
}

/**
 * A stacked bar per key area, segments in the order of the scale. Bars share one
 * scale (the largest key area), so their lengths compare.
 * @example levelChart(summarise(review).areas, labels, 'aw-review-chart-screen')
 */
export function levelChart(areas: KeyAreaSummary[], labels: ChartLabels, prefix: string): HTMLElement {
  const max = Math.max(1, ...areas.map((a) => a.total));
  const height = areas.length * ROW;
  const describe = areas.map((a) => `${labels.long(a.area)}: ${LEVELS.map((level) => `${labels.levels[level]} ${a.counts[level]}`).join(', ')}.`).join(' ');
  const rows = areas.map((a, row) => {
    const y = row * ROW + LABEL;
    let x = 1;
    const segments = LEVELS.filter((level) => a.counts[level] > 0).map((level) => {
      const width = (a.counts[level] / max) * (WIDTH - 2);
      const segment = s(
        'g',
        {},
        s('rect', { x: x.toFixed(2), y, width: width.toFixed(2), height: BAR, fill: `url(#${prefix}-${level})`, class: 'aw-review-chart__segment' }),
        width >= 18 &&
          s(
            'text',
            { x: (x + width / 2).toFixed(2), y: y + BAR / 2, class: `aw-review-chart__count aw-review-chart__count--${level}`, 'text-anchor': 'middle', 'dominant-baseline': 'central' },
            a.counts[level],
          ),
      );
      x += width;
      return segment;
    });
    return s('g', {}, s('text', { x: 0, y: y - 6, class: 'aw-review-chart__label', lang: labels.lang(a.area) }, labels.long(a.area)), ...segments);
  });
  const svg = s(
    'svg',
    {
      class: 'aw-review-chart__svg',
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': `${prefix}-title ${prefix}-desc`,
      focusable: 'false',
    },
    s('title', { id: `${prefix}-title` }, labels.title),
    s('desc', { id: `${prefix}-desc` }, describe),
    patterns(prefix),
    ...rows,
  );
  const legend = h(
    'ul',
    { class: 'aw-review-chart__legend' },
    ...LEVELS.map((level) =>
      h(
        'li',
        {},
        s(
          'svg',
          { class: 'aw-review-chart__swatch', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' },
          s('rect', { x: 0.5, y: 0.5, width: 15, height: 15, fill: `url(#${prefix}-${level})`, class: 'aw-review-chart__segment' }),
        ),
        labels.levels[level],
      ),
    ),
  );
  return h('div', { class: 'aw-review-chart' }, legend, svg);
}

/**
 * The chart's figures as a table: a row per key area, a column per level, and totals.
 * @example levelTable(summary.areas, summary.totals, labels)
 */
export function levelTable(areas: KeyAreaSummary[], totals: KeyAreaSummary, labels: ChartLabels): HTMLTableElement {
  const row = (header: Node | string, summary: KeyAreaSummary) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, header),
      ...LEVELS.map((level) => h('td', { class: 'aw-review-table__number' }, summary.counts[level])),
      h('td', { class: 'aw-review-table__number' }, summary.total),
    );
  return h(
    'table',
    { class: 'aw-review-table aw-review-table--levels' },
    h('caption', {}, labels.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, labels.keyAreaHeader),
        ...LEVELS.map((level) => h('th', { scope: 'col', class: 'aw-review-table__number' }, labels.levels[level])),
        h('th', { scope: 'col', class: 'aw-review-table__number' }, labels.totalHeader),
      ),
    ),
    h('tbody', {}, ...areas.map((a) => row(h('span', {}, labels.short(a.area), h('span', { class: 'aw-review-table__title', lang: labels.lang(a.area) }, `: ${labels.areaTitle(a.area)}`)), a))),
    h('tfoot', {}, row(labels.totalHeader, totals)),
  );
}
