import { addItems, createReview } from '../../lib/review/edits';
import { currentNumber } from '../../lib/review/reconcile';
import { withReview, type ReviewApp } from './app';
import { focus } from './dom';
import { defaultTitle } from './reviews';

/*
 * `/review/?add=3.4a`, the link on every statement's and action's page ("Add
 * to my review"). Loaded only when the address asks for it.
 */

/**
 * Adds the item `raw` (from `/review/?add=3.4a`, the link on a statement's page)
 * to the review shown, or starts a review with it when there is none. A
 * renumbered item is followed to its new number.
 * @example addFromAddress(app, '3.4a')
 */
export function addFromAddress(app: ReviewApp, raw: string): void {
  const { t } = app;
  const number = currentNumber(raw.trim(), { known: app.catalogue.known, renames: app.island.config.renames });
  if (!number) {
    app.state.pageError = t('review.add.unknown', { number: raw.slice(0, 20) });
    return app.render();
  }
  const card = () => app.part('areas').querySelector<HTMLElement>(`[data-aw-number="${number}"]`);
  const review = app.current();
  if (review?.items.some((i) => i.number === number)) {
    focus(card());
    return app.say(t('review.add.already', { number, title: review.title }));
  }
  const id = review?.id ?? app.newId('r');
  const done = app.commit((store, now) => {
    // The review as stored now: `commit` may just have taken in another tab's changes.
    const stored = store.reviews.find((r) => r.id === id);
    return withReview(store, stored ? addItems(stored, [number], now) : createReview({ id, title: defaultTitle(app), stage: null, numbers: [number], now }));
  });
  if (!done) return;
  if (!review) app.show(id);
  app.render();
  card()?.scrollIntoView({ block: 'center' });
  focus(card());
  app.say(t('review.add.done', { number, title: app.current()?.title ?? '' }));
}
