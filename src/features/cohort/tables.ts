import type { ChangeRow, Share } from './model/change';
import type { NamedPerson } from './model/engine';
import type { Cell } from './model/small-cells';
import type { LevelRow as Figures } from './model/views';
import { LEVELS, type Level } from '../../lib/review/model';
import { h, type Child } from '../../islands/dom';
import { scrollable } from '../review/summary/summary';

/*
 * The cohort's figures as tables: the same figures as the heat maps, the most
 * common priorities, change between cohorts and, when asked, each named
 * person. Every figure comes through the disclosure rule (`features/cohort/model/views.ts`).
 */

export interface CellText {
  hidden: string;
}

export interface LevelRow {
  header: Child;
  row: Figures;
}

const num = (child: Child) => h('td', { class: 'aw-review-table__number' }, child);

/**
 * A figure as shown: the number or "not shown" (every hidden figure alike).
 * @example cellText({ shown: false, why: 'hidden' }, texts) // 'not shown'
 */
export function cellText(figure: Cell, texts: CellText): string {
  return figure.shown ? String(figure.count) : texts.hidden;
}

function table(caption: string, head: string[], rows: HTMLTableRowElement[]): HTMLElement {
  const thead = h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text))));
  return scrollable(h('table', { class: 'aw-review-table aw-cohort-table' }, h('caption', {}, caption), thead, h('tbody', {}, ...rows)), caption);
}

/**
 * People at each level, one row per key area or item: the same figures as the heat map.
 * @example levelTable(caption, 'Key area', names, 'Reviewed by', rows, texts)
 */
export function levelTable(caption: string, first: string, levels: Record<Level, string>, reviewedHead: string, rows: readonly LevelRow[], texts: CellText): HTMLElement {
  const body = rows.map(({ header, row }) => h('tr', {}, h('th', { scope: 'row' }, header), ...LEVELS.map((level) => num(cellText(row.levels[level], texts))), num(cellText(row.reviewed, texts))));
  return table(caption, [first, ...LEVELS.map((level) => levels[level]), reviewedHead], body);
}

/**
 * The most common priorities with how many chose each (only counts the rule shows).
 * @example prioritiesTable(caption, heads, rows)
 */
export function prioritiesTable(caption: string, heads: [string, string], rows: readonly { header: Child; count: number }[]): HTMLElement {
  return table(
    caption,
    heads,
    rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.header), num(String(row.count)))),
  );
}

export interface ChangeTexts extends CellText {
  part: (part: string, total: number) => string;
  points: (points: string) => string;
  notReviewed: string;
}

function shareText(share: Share | null, texts: ChangeTexts): string {
  if (!share) return texts.hidden;
  return share.total === 0 ? texts.notReviewed : texts.part(String(share.part), share.total);
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
      h('td', {}, row.points === null ? (row.before ? '–' : texts.hidden) : texts.points(sign(row.points))),
    ),
  );
  return table(caption, heads, body);
}

/**
 * Each named person with their stage, date and levels by key area (middle level).
 * @example peopleTable(caption, heads, named, stageName, levelName)
 */
export function peopleTable(caption: string, heads: string[], people: readonly NamedPerson[], stageName: (id: string | null) => string, levelName: (level: Level | null) => string): HTMLElement {
  const body = people.map((person) =>
    h('tr', {}, h('th', { scope: 'row' }, person.name), h('td', {}, stageName(person.stage)), h('td', {}, person.date), ...person.areas.map((level) => h('td', {}, levelName(level)))),
  );
  return table(caption, heads, body);
}
