import { dayOf, type ItemReview, type Review } from '../../../lib/review/model';
import { goneItems } from '../../../lib/review/reconcile';
import type { ReviewApp } from '../app';
import { h, replace, type Child } from '../../../islands/dom';
import { evidenceList } from '../items/evidence';
import { levelNames } from '../level-names';
import { prioritiesBlock, summaryBlock } from '../summary/summary';

/*
 * The portfolio: what printing (or "Save as PDF") gives. The review shown, its
 * summary, priorities and evidence, without the controls. Drawn when printing
 * starts; this module is loaded only once a review exists.
 */

function itemBlock(app: ReviewApp, item: ItemReview, text: Child): HTMLElement {
  const { t } = app;
  return h(
    'div',
    { class: 'aw-review-portfolio__item' },
    h('p', {}, h('strong', {}, item.number), ' ', text),
    h('p', {}, `${t('review.item.level')}: ${levelNames(app)[item.level]}`, item.priority && h('span', { class: 'aw-review-flag' }, t('review.item.priority'))),
    ...(item.evidence.length ? evidenceList(app, item, false) : []),
  );
}

function itemsByArea(app: ReviewApp, review: Review): Child[] {
  const { t, catalogue } = app;
  return catalogue.keyAreas.flatMap((keyArea) => {
    const reviewed = review.items.filter((i) => catalogue.items.get(i.number)?.area === keyArea.area);
    if (reviewed.length === 0) return [];
    // Items not started and with nothing recorded are listed by number only, to keep the portfolio short.
    const untouched = reviewed.filter((i) => i.level === 'not-started' && !i.priority && i.evidence.length === 0);
    const detailed = reviewed.filter((i) => !untouched.includes(i));
    return [
      h('h4', { lang: keyArea.lang }, keyArea.label),
      ...detailed.map((item) => itemBlock(app, item, catalogue.textOf(item.number))),
      untouched.length > 0 && h('p', { class: 'aw-review-portfolio__untouched' }, t('review.portfolio.notStarted', { numbers: untouched.map((i) => i.number).join(', ') })),
    ];
  });
}

/**
 * Draws the portfolio of the review shown in the page's portfolio part (empty when there is none).
 * @example window.addEventListener('beforeprint', () => drawPortfolio(app))
 */
export function drawPortfolio(app: ReviewApp): void {
  const { t, island } = app;
  const element = app.part('portfolio');
  const review = app.current();
  if (!review || app.state.unreadable) return element.replaceChildren();
  const stage = island.config.stages.find((s) => s.id === review.stage);
  const meta = (term: string, ...value: Child[]) => [h('dt', {}, term), h('dd', {}, ...value)];
  const gone = goneItems(review, app.catalogue.known);
  replace(
    element,
    h('h2', {}, t('review.portfolio.heading', { title: review.title })),
    h(
      'dl',
      { class: 'aw-review-portfolio__meta' },
      ...meta(t('review.stage.label'), stage ? h('span', { lang: island.config.stagesLang }, stage.name) : t('review.stage.none')),
      ...meta(t('review.portfolio.started'), t.dayOfTimestamp(review.created)),
      ...meta(t('review.portfolio.updated'), t.dayOfTimestamp(review.updated)),
      ...meta(t('review.portfolio.printed'), t.day(dayOf(new Date()))),
    ),
    h('h3', {}, t('review.summary.chartHeading')),
    ...summaryBlock(app, review, 'aw-review-chart-print'),
    h('h3', {}, t('review.priorities.heading')),
    prioritiesBlock(app, review, false),
    h('h3', {}, t('review.portfolio.items')),
    ...itemsByArea(app, review),
    gone.length > 0 && h('h3', {}, t('review.gone.heading')),
    ...gone.map((item) => itemBlock(app, item, t('review.gone.itemText'))),
  );
}
