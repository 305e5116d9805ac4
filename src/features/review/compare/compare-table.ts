import type { Level, Review } from '../../../lib/review/model';
import { compareReviews, countChanges, type Comparison } from '../../../lib/review/compare';
import { onlyItems } from '../../../lib/review/summary';
import type { ReviewApp } from '../app';
import { h } from '../../../islands/dom';
import { levelNames } from '../level-names';
import { scrollable } from '../summary/summary';

/*
 * The comparison of two reviews: a sentence of counts and a table, an item per
 * row. Loaded only when a person asks to compare.
 */

/**
 * The comparison of `first` and `second` (items the standards still have).
 * @example result.replaceChildren(...comparison(app, review2025, review2026))
 */
export function comparison(app: ReviewApp, first: Review, second: Review): HTMLElement[] {
  const { t, catalogue } = app;
  const known = (review: Review) => onlyItems(review, (number) => catalogue.known.has(number));
  const rows = compareReviews(known(first), known(second));
  const counts = countChanges(rows);
  const names = levelNames(app);
  const cell = (level: Level | undefined) => (level ? names[level] : t('review.compare.notIn'));
  const changes: Record<Comparison, string> = {
    higher: t('review.compare.higher'),
    lower: t('review.compare.lower'),
    same: t('review.compare.same'),
    'only-first': t('review.compare.onlyIn', { title: first.title }),
    'only-second': t('review.compare.onlyIn', { title: second.title }),
  };
  const caption = t('review.compare.caption', { first: first.title, second: second.title });
  const table = h(
    'table',
    { class: 'aw-review-table aw-review-compare' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('review.compare.item')),
        h('th', { scope: 'col' }, first.title),
        h('th', { scope: 'col' }, second.title),
        h('th', { scope: 'col' }, t('review.compare.change')),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          { 'data-change': row.change },
          h('th', { scope: 'row' }, h('a', { href: `${app.island.config.standardsHref}${row.number}/` }, row.number), ' ', catalogue.textOf(row.number)),
          h('td', {}, cell(row.first)),
          h('td', {}, cell(row.second)),
          h('td', {}, changes[row.change]),
        ),
      ),
    ),
  );
  return [h('p', {}, t('review.compare.summary', { higher: counts.higher, lower: counts.lower, same: counts.same })), scrollable(table, caption)];
}
