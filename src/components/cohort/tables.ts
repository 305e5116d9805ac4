import type { ChangeRow, Share } from '../../lib/cohort/change';
import type { Person } from '../../lib/cohort/load';
import { cell, protectRow, type Cell } from '../../lib/cohort/small-cells';
import { LEVELS, type Level } from '../../lib/review/model';
import type { LevelCounts } from '../../lib/review/summary';
import { h, type Child } from '../review/dom';
import { scrollable } from '../review/summary';

/*
 * The cohort's figures as tables: the same figures as the heat maps, the most
 * common priorities, change between cohorts and, when asked, each named
 * person. Every figure goes through the small-cell rule.
 */

export interface CellText {
  small: string;
  hidden: string;
}

export interface LevelRow {
  header: Child;
  counts: LevelCounts;
  reviewed: number;
}

const num = (child: Child) => h('td', { class: 'aw-review-table__number' }, child);

/**
 * A figure as shown: the number, "fewer than 3" or "not shown".
 * @example cellText(cell(2, 3), texts) // 'fewer than 3'
 */
export function cellText(figure: Cell, texts: CellText): string {
  return figure.shown ? String(figure.count) : figure.why === 'small' ? texts.small : texts.hidden;
}

function table(caption: string, head: string[], rows: HTMLTableRowElement[]): HTMLElement {
  const thead = h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text))));
  return scrollable(h('table', { class: 'aw-review-table aw-cohort-table' }, h('caption', {}, caption), thead, h('tbody', {}, ...rows)), caption);
}

/**
 * People at each level, one row per key area or item, with the same rule as the heat map.
 * @example levelTable(caption, 'Key area', names, rows, 3, texts)
 */
export function levelTable(caption: string, first: string, levels: Record<Level, string>, reviewedHead: string, rows: readonly LevelRow[], min: number, texts: CellText): HTMLElement {
  const body = rows.map((row) => {
    const cells = protectRow(row.counts, row.reviewed, min);
    return h('tr', {}, h('th', { scope: 'row' }, row.header), ...LEVELS.map((level) => num(cellText(cells.levels[level], texts))), num(cellText(cells.reviewed, texts)));
  });
  return table(caption, [first, ...LEVELS.map((level) => levels[level]), reviewedHead], body);
}

/**
 * The most common priorities with how many chose each.
 * @example prioritiesTable(caption, heads, rows, 3, texts)
 */
export function prioritiesTable(caption: string, heads: [string, string], rows: readonly { header: Child; count: number }[], min: number, texts: CellText): HTMLElement {
  return table(
    caption,
    heads,
    rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.header), num(cellText(cell(row.count, min), texts)))),
  );
}

export interface ChangeTexts extends CellText {
  part: (part: string, total: number) => string;
  points: (points: string) => string;
  notReviewed: string;
}

function shareText(share: Share | null, texts: ChangeTexts): string {
  if (!share) return texts.notReviewed;
  return share.part.shown ? texts.part(String(share.part.count), share.total) : cellText(share.part, texts);
}

/**
 * Change between the earlier cohort and this one, a row per key area or item.
 * @example changeTable(caption, heads, rows, (key) => label, texts)
 */
export function changeTable(caption: string, heads: string[], rows: readonly ChangeRow[], header: (key: number | string) => Child, texts: ChangeTexts): HTMLElement {
  const sign = (points: number) => (points > 0 ? `+${points}` : String(points));
  const body = rows.map((row) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, header(row.key)),
      h('td', {}, shareText(row.before, texts)),
      h('td', {}, shareText(row.after, texts)),
      h('td', {}, row.points === null ? '–' : texts.points(sign(row.points))),
    ),
  );
  return table(caption, heads, body);
}

/**
 * Each named person with their stage, date and levels by key area (middle level).
 * @example peopleTable(caption, heads, named, stageName, areaLevels)
 */
export function peopleTable(caption: string, heads: string[], people: readonly Person[], stageName: (id: string | null) => string, areaLevels: (person: Person) => string[]): HTMLElement {
  const body = people.map((person) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, person.shared.name ?? ''),
      h('td', {}, stageName(person.shared.stage)),
      h('td', {}, person.shared.date),
      ...areaLevels(person).map((text) => h('td', {}, text)),
    ),
  );
  return table(caption, heads, body);
}
