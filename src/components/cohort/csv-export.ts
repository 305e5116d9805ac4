import type { CohortFigures } from '../../lib/cohort/aggregate';
import { protectRow, type Cell } from '../../lib/cohort/small-cells';
import { toCsv, type CsvValue } from '../../lib/csv';
import { dayOf, LEVELS } from '../../lib/review/model';
import { download } from '../review/keep';
import type { CohortApp } from './state';
import { cellText } from './tables';

/*
 * The cohort's figures for a spreadsheet: a row per key area and per item,
 * with the same small-cell rule as the page ("fewer than 3" in place of a
 * number), written by the site's one CSV writer. Loaded only when asked for.
 */

/**
 * Downloads the figures as CSV and returns the file's name.
 * @example app.say(t('cohort.exported', { file: exportCohortCsv(app, figures) }))
 */
export function exportCohortCsv(app: CohortApp, figures: CohortFigures): string {
  const { t, island, state } = app;
  const min = state.threshold;
  const texts = { small: t('cohort.cell.small', { min }), hidden: t('cohort.cell.hidden') };
  const figure = (counts: CohortFigures['areas'][number]['counts'], reviewed: number): CsvValue[] => {
    const row = protectRow(counts, reviewed, min);
    const value = (c: Cell): CsvValue => (c.shown ? c.count : cellText(c, texts));
    return [...LEVELS.map((level) => value(row.levels[level])), value(row.reviewed)];
  };
  const area = (n: number) => island.config.keyAreas.find((k) => k.area === n)?.label ?? String(n);
  const rows: CsvValue[][] = [
    [t('cohort.csv.scope'), t('cohort.csv.keyArea'), t('cohort.csv.item'), ...LEVELS.map((level) => t(`review.level.${level}`)), t('cohort.table.reviewed'), t('cohort.csv.priority')],
    ...figures.areas.map((a) => [t('cohort.table.keyArea'), area(a.area), '', ...figure(a.counts, a.reviewed), '']),
    ...figures.items.map((i) => [t('cohort.csv.item'), area(i.area), i.number, ...figure(i.counts, i.reviewed), i.priority >= min ? i.priority : texts.small]),
  ];
  const name = `arwain-cohort-${dayOf(new Date())}.csv`;
  download(toCsv(rows), name, 'text/csv;charset=utf-8');
  return name;
}
