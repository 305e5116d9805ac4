import { aggregate, middleLevel, type CohortFigures } from '../../lib/cohort/aggregate';
import { compareCohorts } from '../../lib/cohort/change';
import type { Person } from '../../lib/cohort/load';
import { whatToOffer } from '../../lib/cohort/offers';
import { LEVELS, type Level } from '../../lib/review/model';
import { fillSelect, h, replace } from '../review/dom';
import { megabytes } from '../review/page-data';
import { heatMap, type HeatLabels } from './heatmap';
import { offerList } from './offer-list';
import type { CohortApp } from './state';
import { changeTable, levelTable, peopleTable, prioritiesTable, type ChangeTexts } from './tables';

/*
 * Draws the cohort from the state: what loaded and what was skipped, the heat
 * maps and tables by key area and item, the most common priorities, what to
 * offer, change since an earlier cohort and, when asked, each named person.
 * Loaded once there is a cohort to show.
 */

/** The people of the career stage chosen ("-" for those who gave none). */
function chosen(app: CohortApp, list: Person[]): Person[] {
  const { stage } = app.state;
  return stage === null ? list : list.filter((p) => p.shared.stage === (stage === '-' ? null : stage));
}

const levelNames = (app: CohortApp) => Object.fromEntries(LEVELS.map((level) => [level, app.t(`review.level.${level}`)])) as Record<Level, string>;

function itemHeader(app: CohortApp, number: string): HTMLElement {
  const { config } = app.island;
  const item = config.items.find((i) => i.number === number);
  const lang = config.keyAreas.find((k) => k.area === item?.area)?.lang;
  return h('span', {}, h('a', { href: `${config.standardsHref}${number}/` }, number), ' ', h('span', { class: 'aw-cohort__item-text', lang }, item?.text ?? ''));
}

function drawLoaded(app: CohortApp, shown: number): void {
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
          return h('li', {}, t('cohort.skipped.item', { file: skip.file, reason: t(key, { at: skip.at ?? '', value: skip.value ?? '', size }) }));
        }),
      ),
  );
  island.part('skipped').hidden = state.skipped.length === 0;
  const figures = aggregate(
    state.people.map((p) => p.shared),
    [],
  );
  replace(
    island.part('summary'),
    state.people.length === 0 ? t('cohort.empty') : t.plural('cohort.count', shown),
    figures.from && figures.to ? ` ${t('cohort.dates', { from: t.day(figures.from), to: t.day(figures.to) })}` : '',
    state.earlier.length > 0 ? ` ${t.plural('cohort.earlierCount', state.earlier.length)}` : '',
  );
  const stages = island.config.stages.filter((stage) => state.people.some((p) => p.shared.stage === stage.id));
  const none = state.people.some((p) => p.shared.stage === null) ? [['-', t('cohort.stage.none')] as const] : [];
  fillSelect(island.part<HTMLSelectElement>('stage'), [['', t('cohort.stage.all')], ...stages.map((s) => [s.id, s.name] as const), ...none], state.stage ?? '');
}

function heatLabels(app: CohortApp, title: string): HeatLabels {
  const min = app.state.threshold;
  return { title, describe: app.t('cohort.heat.describe', { min }), levels: levelNames(app), small: `<${min}` };
}

function drawAreas(app: CohortApp, figures: CohortFigures): void {
  const { t, island, state } = app;
  const min = state.threshold;
  const texts = { small: t('cohort.cell.small', { min }), hidden: t('cohort.cell.hidden') };
  const label = (area: number) => island.config.keyAreas.find((k) => k.area === area);
  const rows = figures.areas.map((a) => ({ ...a, label: label(a.area)?.short ?? String(a.area), header: label(a.area)?.label ?? String(a.area) }));
  replace(
    island.part('areas'),
    heatMap(rows, heatLabels(app, t('cohort.heat.areas')), min, 'aw-cohort-heat-areas'),
    levelTable(t('cohort.table.areas'), t('cohort.table.keyArea'), levelNames(app), t('cohort.table.reviewed'), rows, min, texts),
  );
  const maps = figures.areas.map((a) => {
    const items = figures.items.filter((i) => i.area === a.area).map((i) => ({ ...i, label: i.number }));
    return h('div', { class: 'aw-cohort__map' }, heatMap(items, heatLabels(app, t('cohort.heat.items', { area: label(a.area)?.label ?? '' })), min, `aw-cohort-heat-${a.area}`));
  });
  const itemRows = figures.items.map((i) => ({ ...i, header: itemHeader(app, i.number) }));
  replace(island.part('items'), ...maps, levelTable(t('cohort.table.items'), t('cohort.table.item'), levelNames(app), t('cohort.table.reviewed'), itemRows, min, texts));
}

function drawPriorities(app: CohortApp, figures: CohortFigures): void {
  const { t, state } = app;
  const min = state.threshold;
  const rows = figures.priorities.slice(0, 10).map((i) => ({ header: itemHeader(app, i.number), count: i.priority }));
  replace(
    app.island.part('priorities'),
    rows.length === 0
      ? h('p', {}, t('cohort.priorities.none'))
      : prioritiesTable(t('cohort.priorities.caption'), [t('cohort.table.item'), t('cohort.priorities.people')], rows, min, {
          small: t('cohort.cell.small', { min }),
          hidden: t('cohort.cell.hidden'),
        }),
  );
  const offers = whatToOffer(figures, app.island.config.index, min);
  replace(app.island.part('offer'), h('p', {}, t('cohort.offer.intro', { min })), offers.length === 0 ? h('p', {}, t('cohort.offer.empty')) : offerList(app, offers, (n) => itemHeader(app, n)));
}

function drawChange(app: CohortApp, figures: CohortFigures, order: string[]): void {
  const { t, state, island } = app;
  const min = state.threshold;
  if (state.earlier.length === 0) return replace(island.part('change'), h('p', {}, t('cohort.change.needEarlier')));
  const earlier = aggregate(
    chosen(app, state.earlier).map((p) => p.shared),
    order,
  );
  const { areas, items } = compareCohorts(earlier, figures, min);
  const texts: ChangeTexts = {
    small: t('cohort.cell.small', { min }),
    hidden: t('cohort.cell.hidden'),
    notReviewed: t('cohort.change.notReviewed'),
    part: (part, total) => t('cohort.change.part', { part, total }),
    points: (points) => t('cohort.change.pointsValue', { points }),
  };
  const heads = (first: string) => [first, t('cohort.change.earlier'), t('cohort.change.later'), t('cohort.change.points')];
  const areaLabel = (key: number | string) => island.config.keyAreas.find((k) => k.area === key)?.label ?? String(key);
  replace(
    island.part('change'),
    changeTable(t('cohort.change.caption'), heads(t('cohort.table.keyArea')), areas, areaLabel, texts),
    changeTable(t('cohort.change.caption'), heads(t('cohort.table.item')), items, (key) => itemHeader(app, String(key)), texts),
  );
}

function drawPeople(app: CohortApp, people: Person[]): void {
  const { t, state, island } = app;
  const named = people.filter((p) => p.shared.name !== undefined);
  island.part('people-show').hidden = named.length === 0 || state.showPeople;
  island.part('people-none').hidden = named.length > 0;
  if (!state.showPeople || named.length === 0) return replace(island.part('people'));
  const stageName = (id: string | null) => island.config.stages.find((s) => s.id === id)?.name ?? t('cohort.stage.none');
  const areas = island.config.keyAreas;
  const levels = levelNames(app);
  const areaLevels = (person: Person) =>
    areas.map((k) => {
      const mine = person.shared.items.filter((i) => island.config.items.find((c) => c.number === i.number)?.area === k.area);
      return mine.length ? levels[middleLevel(mine.map((i) => i.level))] : '–';
    });
  const heads = [t('cohort.people.name'), t('cohort.people.stage'), t('cohort.people.date'), ...areas.map((k) => k.short)];
  replace(island.part('people'), peopleTable(t('cohort.people.caption'), heads, named, stageName, areaLevels));
}

/**
 * Draws everything from `app.state`.
 * @example app.render = () => render(app)
 */
export function render(app: CohortApp): void {
  const { state, island } = app;
  const order = island.config.items.map((i) => i.number);
  const people = chosen(app, state.people);
  const figures = aggregate(
    people.map((p) => p.shared),
    order,
  );
  drawLoaded(app, people.length);
  island.part('results').hidden = state.people.length === 0;
  island.part('small-note').textContent = app.t('cohort.smallCells', { min: state.threshold });
  if (state.people.length === 0) return;
  drawAreas(app, figures);
  drawPriorities(app, figures);
  drawChange(app, figures, order);
  drawPeople(app, people);
  listenOnce(app, figures);
}

let listening = false;
let latest: CohortFigures | undefined;

function listenOnce(app: CohortApp, figures: CohortFigures): void {
  latest = figures;
  if (listening) return;
  listening = true;
  app.island.part('people-show').addEventListener('click', () => {
    app.state.showPeople = true;
    render(app);
  });
  app.island.part('print').addEventListener('click', () => window.print());
  app.island.part('export-csv').addEventListener('click', async () => {
    const { exportCohortCsv } = await import('./csv-export');
    if (latest) app.say(app.t('cohort.exported', { file: exportCohortCsv(app, latest) }));
  });
}
