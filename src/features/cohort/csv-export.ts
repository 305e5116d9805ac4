import type { CohortResult } from './model/engine';
import type { Cell } from './model/small-cells';
import type { LevelRow } from './model/views';
import { toCsv, type CsvValue } from '../../lib/open-data/csv';
import { dayOf, LEVELS } from '../../lib/review/model';
import { download } from '../../islands/download';
import type { CohortApp } from './state';
import { cellText } from './tables';
import { viewName } from './names';

/*
 * The cohort's figures for a spreadsheet: a row per key area and per item,
 * exactly as the page shows them (through the disclosure rule: "not shown"
 * in place of a hidden figure), written by the site's one CSV writer. The
 * first lines say which view it is (career stage, threshold, day) and the
 * rule, so that two exports are never mistaken for each other. Loaded only
 * when asked for.
 */

/**
 * Downloads the figures as CSV and returns the file's name.
 * @example app.say(t('cohort.exported', { file: exportCohortCsv(app, result) }))
 */
export function exportCohortCsv(app: CohortApp, result: CohortResult): string {
  const { t, island } = app;
  const { view } = result;
  const min = view.min;
  const texts = { hidden: t('cohort.cell.hidden') };
  const value = (c: Cell): CsvValue => (c.shown ? c.count : cellText(c, texts));
  const figure = (row: LevelRow): CsvValue[] => [...LEVELS.map((level) => value(row.levels[level])), value(row.reviewed)];
  const area = (n: number) => island.config.keyAreas.find((k) => k.area === n)?.label ?? String(n);
  const chosen = new Map(view.priorities.map((p) => [p.number, p.count]));
  const day = dayOf(new Date());
  const rows: CsvValue[][] = [
    [t('cohort.csv.view'), viewName(app, result)],
    [t('cohort.csv.threshold'), min],
    [t('cohort.csv.made'), day],
    [t('cohort.csv.rule'), t('cohort.rule.text', { min })],
    [],
    [t('cohort.csv.scope'), t('cohort.csv.keyArea'), t('cohort.csv.item'), ...LEVELS.map((level) => t(`review.level.${level}`)), t('cohort.table.reviewed'), t('cohort.csv.priority')],
    ...view.areas.map((a) => [t('cohort.table.keyArea'), area(a.area), '', ...figure(a), '']),
    ...view.items.map((i) => [t('cohort.csv.item'), area(i.area), i.number, ...figure(i), chosen.get(i.number) ?? texts.hidden]),
  ];
  const stage = view.stage === null ? 'all' : view.stage === '-' ? 'no-stage' : view.stage;
  const name = `arwain-cohort-${stage}-min${min}-${day}.csv`;
  download(toCsv(rows), name, 'text/csv;charset=utf-8');
  return name;
}
