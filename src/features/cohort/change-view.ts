import type { CohortResult } from './model/engine';
import { h, replace } from '../../islands/dom';
import type { CohortApp } from './state';
import { changeTable, type ChangeTexts } from './tables';
import { itemHeader } from './names';

/*
 * "Change since the earlier cohort": which comparison the rule allows (whole
 * cohorts, only the people in both, or none, and why), then the tables.
 */

/**
 * Draws the change section from the engine's comparison.
 * @example drawChange(app, result)
 */
export function drawChange(app: CohortApp, result: CohortResult): void {
  const { t, island } = app;
  const { change, view } = result;
  const min = view.min;
  const part = island.part('change');
  if (change.mode === 'none') return replace(part, h('p', {}, t('cohort.change.needEarlier')));
  const why = {
    stage: t('cohort.change.stage'),
    'joined-few': t('cohort.change.joinedFew', { min }),
    'mixed-few': t('cohort.change.mixedFew', { min }),
    full: t('cohort.change.full', { min }),
    matched: t('cohort.change.matched', { min }),
  }[change.mode];
  if (change.mode !== 'full' && change.mode !== 'matched') return replace(part, h('p', {}, why));
  const texts: ChangeTexts = {
    hidden: t('cohort.cell.hidden'),
    notReviewed: t('cohort.change.notReviewed'),
    part: (share, total) => t('cohort.change.part', { part: share, total }),
    points: (points) => t('cohort.change.pointsValue', { points }),
  };
  const heads = (first: string) => [first, t('cohort.change.earlier'), t('cohort.change.later'), t('cohort.change.points')];
  const areaLabel = (key: number | string) => island.config.keyAreas.find((k) => k.area === key)?.label ?? String(key);
  replace(
    part,
    h('p', {}, why, ' ', t('cohort.change.rowHidden', { min })),
    changeTable(t('cohort.change.caption'), heads(t('cohort.table.keyArea')), change.areas, areaLabel, texts),
    changeTable(t('cohort.change.caption'), heads(t('cohort.table.item')), change.items, (key) => itemHeader(app, String(key)), texts),
  );
}
