import { loadCode } from '../durability/load-code';
import { isDay, type Review } from '../../../lib/review/model';
import { onlyItems, priorities, summarise } from '../../../lib/review/summary';
import type { ReviewApp, Screen } from '../app';
import { levelChart, levelTable, type ChartLabels } from '../../../islands/chart';
import { fieldError, h, replace, type Child } from '../../../islands/dom';
import { levelNames } from '../level-names';

/*
 * "Summary": the levels by key area (a chart and the same figures in a table),
 * the priorities for development, and what has changed since a day. Items the
 * standards no longer have are left out of the counts; they are listed with
 * the review.
 */

function chartLabels(app: ReviewApp): ChartLabels {
  const { t, catalogue } = app;
  return {
    title: t('review.summary.chartTitle'),
    caption: t('review.summary.tableCaption'),
    keyAreaHeader: t('review.summary.keyArea'),
    totalHeader: t('review.summary.total'),
    levels: levelNames(app),
    short: (area) => catalogue.area(area)?.short ?? String(area),
    long: (area) => catalogue.area(area)?.label ?? String(area),
    areaTitle: (area) => catalogue.area(area)?.title ?? '',
    lang: (area) => catalogue.area(area)?.lang,
  };
}

/**
 * A wide table in a box that scrolls sideways on a narrow screen; keyboard users can focus it to scroll.
 * @example scrollable(table, caption)
 */
export function scrollable(table: HTMLTableElement, label: string): HTMLDivElement {
  return h('div', { class: 'aw-review-table-wrap', role: 'region', 'aria-label': label, tabindex: 0 }, table);
}

/**
 * The chart and table of levels by key area, for the screen or the printed portfolio (`prefix` keeps their ids apart).
 * @example replace(element, ...summaryBlock(app, review, 'aw-review-chart-screen'))
 */
export function summaryBlock(app: ReviewApp, review: Review, prefix: string): Child[] {
  const { areas, totals } = summarise(onlyItems(review, (number) => app.catalogue.known.has(number)));
  if (areas.length === 0) return [h('p', {}, app.t('review.summary.empty'))];
  const labels = chartLabels(app);
  return [levelChart(areas, labels, prefix), scrollable(levelTable(areas, totals, labels), labels.caption)];
}

/**
 * The priorities for development, with links to their cards on the screen (`links`) or without, in print.
 * @example prioritiesBlock(app, review, true)
 */
export function prioritiesBlock(app: ReviewApp, review: Review, links: boolean): Child {
  const { t, catalogue } = app;
  const list = priorities(onlyItems(review, (number) => catalogue.known.has(number)));
  if (list.length === 0) return h('p', {}, t('review.priorities.none'));
  const names = levelNames(app);
  return h(
    'ul',
    { class: 'aw-review-list' },
    ...list.map((item) =>
      h(
        'li',
        {},
        links ? h('a', { href: `#aw-r-${item.number}` }, item.number) : h('strong', {}, item.number),
        ' ',
        catalogue.textOf(item.number),
        ' ',
        h('span', { class: 'aw-muted' }, `(${t('review.priorities.level', { level: names[item.level] })})`),
      ),
    ),
  );
}

/**
 * The "Summary" screen.
 * @example app.mount(summaryScreen(app))
 */
export function summaryScreen(app: ReviewApp): Screen {
  const parts = { chart: app.part('chart'), priorities: app.part('priorities'), date: app.part<HTMLInputElement>('since-date'), changes: app.part('changes') };
  let shown: { id?: string; items?: unknown; since?: string | null } = {};
  // "What has changed" is drawn by its own module, loaded the first time a person asks.
  let changes: typeof import('./changes') | undefined;
  const showChanges = async () => {
    const since = parts.date.value;
    fieldError(parts.date, isDay(since) ? null : app.t('review.error.date-invalid'));
    if (!isDay(since)) return parts.date.focus();
    changes ??= await loadCode(app, () => import('./changes'));
    if (!changes) return;
    app.state.since = since;
    app.render();
    app.say(parts.changes.querySelector('p')?.textContent ?? '');
  };
  app.part('since').addEventListener('submit', (event) => {
    event.preventDefault();
    void showChanges();
  });
  return (state) => {
    const review = app.current();
    if (!review) return;
    if (review.id !== shown.id) {
      parts.date.value = review.created.slice(0, 10);
      shown = { id: review.id };
    }
    if (review.items === shown.items && state.since === shown.since) return;
    if (review.items !== shown.items) {
      replace(parts.chart, ...summaryBlock(app, review, 'aw-review-chart-screen'));
      replace(parts.priorities, prioritiesBlock(app, review, true));
    }
    replace(parts.changes, ...(state.since && changes ? changes.changesBlock(app, review, state.since) : []));
    shown.items = review.items;
    shown.since = state.since;
  };
}
