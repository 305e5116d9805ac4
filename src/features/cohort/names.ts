import type { CohortResult } from './model/engine';
import { h } from '../../islands/dom';
import type { CohortApp } from './state';

/* What the cohort's views, the change since an earlier cohort and the CSV call an item and a view. */

/**
 * An item's number (a link to it) and text.
 * @example itemHeader(app, '1.1')
 */
export function itemHeader(app: CohortApp, number: string): HTMLElement {
  const { config } = app.island;
  const item = config.items.find((i) => i.number === number);
  const lang = config.keyAreas.find((k) => k.area === item?.area)?.lang;
  return h('span', {}, h('a', { href: `${config.standardsHref}${number}/` }, number), ' ', h('span', { class: 'aw-cohort__item-text', lang }, item?.text ?? ''));
}

/**
 * The name of the view shown: a career stage, or all of them.
 * @example viewName(app, result) // 'All career stages'
 */
export function viewName(app: CohortApp, result: CohortResult): string {
  const { stage } = result.view;
  if (stage === null) return app.t('cohort.stage.all');
  return stage === '-' ? app.t('cohort.stage.none') : (app.island.config.stages.find((s) => s.id === stage)?.name ?? stage);
}
