import { changedSince } from '../../../lib/review/changes';
import { onlyItems } from '../../../lib/review/summary';
import type { Review } from '../../../lib/review/model';
import type { ReviewApp } from '../app';
import { h, type Child } from '../../../islands/dom';
import { levelNames } from '../level-names';

/*
 * "What has changed" since a day: levels, priorities, items added and evidence
 * dated since. Loaded the first time a person asks.
 */

/**
 * The changes in `review` since the day `since`, as a sentence and a list.
 * @example replace(element, ...changesBlock(app, review, '2026-01-01'))
 */
export function changesBlock(app: ReviewApp, review: Review, since: string): Child[] {
  const { t, catalogue } = app;
  const names = levelNames(app);
  const changes = changedSince(
    onlyItems(review, (number) => catalogue.known.has(number)),
    since,
  );
  const date = t.day(since);
  if (changes.length === 0) return [h('p', {}, t('review.changes.none', { date }))];
  const describe = (change: (typeof changes)[number]): string => {
    const { before, after } = change;
    const parts: string[] = [];
    if (!before) parts.push(t('review.changes.added', { level: names[after.level] }));
    else if (before.level !== after.level) parts.push(t('review.changes.level', { from: names[before.level], to: names[after.level] }));
    if (!before?.priority && after.priority) parts.push(t('review.changes.nowPriority'));
    if (before?.priority && !after.priority) parts.push(t('review.changes.noLongerPriority'));
    if (change.evidence.length) parts.push(t.plural('review.changes.evidence', change.evidence.length));
    return parts.join('; ');
  };
  return [
    h('p', {}, t.plural('review.changes.count', changes.length, { date })),
    h(
      'ul',
      { class: 'aw-review-list' },
      ...changes.map((change) => h('li', {}, h('a', { href: `#aw-r-${change.number}` }, change.number), ' ', catalogue.textOf(change.number), `: ${describe(change)}`)),
    ),
  ];
}
