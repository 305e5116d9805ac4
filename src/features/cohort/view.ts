import type { CohortResult } from './model/engine';
import { whatToOffer } from '../../lib/content/offers';
import { dayOf, LEVELS, type Level } from '../../lib/review/model';
import { fillSelect, h, replace } from '../../islands/dom';
import { megabytes } from '../review/page-data';
import { drawChange } from './change-view';
import { itemHeader, viewName } from './names';
import { heatMap, type HeatLabels } from './heatmap';
import { offerList } from './offer-list';
import type { CohortApp } from './state';
import { levelTable, peopleTable, prioritiesTable } from './tables';

/*
 * Draws the cohort from the engine's figures (already through the disclosure
 * rule): what loaded and what was skipped, which view this is, the heat maps
 * and tables by key area and item, the most common priorities, what to offer,
 * change since an earlier cohort and, when asked, each named person. Loaded
 * once there is a cohort to show.
 */

export const levelNames = (app: CohortApp) => Object.fromEntries(LEVELS.map((level) => [level, app.t(`review.level.${level}`)])) as Record<Level, string>;

function drawSkipped(app: CohortApp): void {
  const { t, state, island } = app;
  const size = megabytes(island.config.maxBytes);
  replace(
    island.part('skipped'),
    state.skipped.length > 0 && h('h3', {}, t('cohort.skipped.heading')),
    state.skipped.length > 0 &&
      h(
        'ul',
        {},
        ...state.skipped.map((skip) => {
          const key = (skip.problem === 'markup' || skip.problem === 'invalid') && !skip.at ? (`cohort.problem.${skip.problem}-file` as const) : (`cohort.problem.${skip.problem}` as const);
          // The limit of a .zip is a number, written as the page writes numbers.
          const value = skip.problem === 'zip-too-many' ? new Intl.NumberFormat(island.config.intl).format(Number(skip.value)) : (skip.value ?? '');
          return h('li', {}, t('cohort.skipped.item', { file: skip.file, reason: t(key, { at: skip.at ?? '', value, size }) }));
        }),
      ),
  );
  island.part('skipped').hidden = state.skipped.length === 0;
}

function drawLoaded(app: CohortApp, result: CohortResult): void {
  const { t, island } = app;
  drawSkipped(app);
  replace(
    island.part('summary'),
    result.people === 0 ? t('cohort.empty') : t.plural('cohort.count', result.view.people),
    result.from && result.to ? ` ${t('cohort.dates', { from: t.day(result.from), to: t.day(result.to) })}` : '',
    result.earlier > 0 ? ` ${t.plural('cohort.earlierCount', result.earlier)}` : '',
  );
  const name = (id: string) => (id === '-' ? t('cohort.stage.none') : (island.config.stages.find((s) => s.id === id)?.name ?? id));
  const offered = island.config.stages.map((s) => s.id).filter((id) => result.view.stages.includes(id));
  const stages = [...offered, ...(result.view.stages.includes('-') ? ['-'] : [])];
  fillSelect(island.part<HTMLSelectElement>('stage'), [['', t('cohort.stage.all')], ...stages.map((id) => [id, name(id)] as const)], result.view.stage ?? '');
  app.state.stage = result.view.stage;
  const note = island.part('stage-note');
  note.hidden = !result.view.stagesHeld;
  note.textContent = t('cohort.stage.held', { min: result.view.min });
  island.part('view-line').textContent = t('cohort.view.line', { stage: viewName(app, result), min: result.view.min, date: t.day(dayOf(new Date())) });
}

function heatLabels(app: CohortApp, title: string): HeatLabels {
  return { title, describe: app.t('cohort.heat.describeRule'), levels: levelNames(app) };
}

function drawAreas(app: CohortApp, result: CohortResult): void {
  const { t, island } = app;
  const { view } = result;
  const texts = { hidden: t('cohort.cell.hidden') };
  const label = (area: number) => island.config.keyAreas.find((k) => k.area === area);
  const rows = view.areas.map((row) => ({ row, label: label(row.area)?.short ?? String(row.area), header: label(row.area)?.label ?? String(row.area) }));
  replace(
    island.part('areas'),
    heatMap(rows, heatLabels(app, t('cohort.heat.areas')), view.people, 'aw-cohort-heat-areas'),
    levelTable(t('cohort.table.areas'), t('cohort.table.keyArea'), levelNames(app), t('cohort.table.reviewed'), rows, texts),
  );
}

/** The heat maps by item, one per key area. */
function drawItemMaps(app: CohortApp, result: CohortResult): void {
  const { t, island } = app;
  const { view } = result;
  const label = (area: number) => island.config.keyAreas.find((k) => k.area === area);
  const maps = view.areas.map((a) => {
    const items = view.items.filter((i) => i.area === a.area).map((row) => ({ row, label: row.number }));
    return h('div', { class: 'aw-cohort__map' }, heatMap(items, heatLabels(app, t('cohort.heat.items', { area: label(a.area)?.label ?? '' })), view.people, `aw-cohort-heat-${a.area}`));
  });
  replace(island.part('item-maps'), ...maps);
}

/** The table by item: the longest part of the page, drawn in a task of its own. */
function drawItemTable(app: CohortApp, result: CohortResult): void {
  const { t, island } = app;
  const itemRows = result.view.items.map((row) => ({ row, header: itemHeader(app, row.number) }));
  replace(island.part('items'), levelTable(t('cohort.table.items'), t('cohort.table.item'), levelNames(app), t('cohort.table.reviewed'), itemRows, { hidden: t('cohort.cell.hidden') }));
}

function drawPriorities(app: CohortApp, result: CohortResult): void {
  const { t } = app;
  const { view } = result;
  const rows = view.priorities.slice(0, 10).map((p) => ({ header: itemHeader(app, p.number), count: p.count }));
  replace(
    app.island.part('priorities'),
    rows.length === 0
      ? h('p', {}, t('cohort.priorities.noneShown', { min: view.min }))
      : prioritiesTable(t('cohort.priorities.caption'), [t('cohort.table.item'), t('cohort.priorities.people')], rows),
  );
  const offers = whatToOffer(view, app.island.config.index);
  replace(
    app.island.part('offer'),
    h('p', {}, t('cohort.offer.intro', { min: view.min })),
    offers.length === 0 ? h('p', {}, t('cohort.offer.empty')) : offerList(app, offers, (n) => itemHeader(app, n)),
  );
}

function drawPeople(app: CohortApp, result: CohortResult): void {
  const { t, state, island } = app;
  const { named } = result;
  island.part('people-show').hidden = named.length === 0 || state.showPeople;
  island.part('people-none').hidden = result.names;
  const held = island.part('people-held');
  held.hidden = !result.names || result.view.named;
  held.textContent = t('cohort.people.held', { min: result.view.min });
  if (!state.showPeople || named.length === 0) return replace(island.part('people'));
  const stageName = (id: string | null) => island.config.stages.find((s) => s.id === id)?.name ?? t('cohort.stage.none');
  const levels = levelNames(app);
  const heads = [t('cohort.people.name'), t('cohort.people.stage'), t('cohort.people.date'), ...island.config.keyAreas.map((k) => k.short)];
  replace(
    island.part('people'),
    peopleTable(t('cohort.people.caption'), heads, named, stageName, (level) => (level ? levels[level] : '–')),
  );
}

/** Lets the browser handle input and paint between sections, so that no one task draws the whole page. */
const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/**
 * Draws everything from the engine's figures, a section per task.
 * @example await (await import('./view')).render(app, reply.result)
 */
export async function render(app: CohortApp, result: CohortResult): Promise<void> {
  const { island } = app;
  island.part('rule-text').textContent = app.t('cohort.rule.text', { min: result.view.min });
  island.part('rule-views').textContent = app.t('cohort.rule.views', { min: result.view.min });
  drawLoaded(app, result);
  island.part('results').hidden = result.people === 0;
  const few = island.part('too-few');
  few.hidden = result.people === 0 || result.people >= result.view.min;
  few.textContent = app.t('cohort.tooFew', { min: result.view.min });
  if (result.people === 0) return;
  for (const draw of [drawAreas, drawItemMaps, drawItemTable, drawPriorities, drawChange, drawPeople]) {
    await nextTask();
    // A newer figure arrived meanwhile: it draws itself.
    if (app.state.result !== result) return;
    draw(app, result);
  }
  listenOnce(app);
}

let listening = false;

function listenOnce(app: CohortApp): void {
  if (listening) return;
  listening = true;
  app.island.part('people-show').addEventListener('click', () => {
    app.state.showPeople = true;
    if (app.state.result) void render(app, app.state.result);
  });
  app.island.part('print').addEventListener('click', () => window.print());
  const exportCsv = async () => {
    const { exportCohortCsv } = await import('./csv-export');
    if (app.state.result) app.say(app.t('cohort.exported', { file: exportCohortCsv(app, app.state.result) }));
  };
  app.island.part('export-csv').addEventListener('click', () => void exportCsv());
}
