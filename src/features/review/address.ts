import { addItems, createReview } from '../../lib/review/edits';
import { currentNumber } from '../../lib/review/reconcile';
import { offlineTranslator } from './durability/strings';
import { withReview, type ReviewApp } from './app';
import { focus, h } from '../../islands/dom';
import { defaultTitle } from './reviews/reviews';

/*
 * `/review/?add=3.4a`, the link on every statement's and action's page ("Add
 * to my review"). Loaded only when the address asks for it. Any page, on any
 * site, can link to such an address, so nothing is changed until the person
 * says yes: "Add 3.4a to your review?".
 */

/**
 * Asks whether to add the item `raw` (from `/review/?add=3.4a`), and adds it
 * (`addFromAddress`) only when the person says yes. An unknown number, or one
 * already in the review, is said at once: there is nothing to ask.
 * @example askToAdd(app, '3.4a')
 */
export function askToAdd(app: ReviewApp, raw: string): void {
  // The question's words come with this module (strings.ts), not in every review page's messages.
  const t = offlineTranslator();
  const number = currentNumber(raw.trim(), { known: app.catalogue.known, renames: app.island.config.renames });
  const review = app.current();
  if (!number || review?.items.some((i) => i.number === number)) return addFromAddress(app, raw);
  const question = h('p', { id: 'aw-review-add-question', tabindex: -1 }, review ? t('offline.add.confirmInto', { number, title: review.title }) : t('offline.add.confirmNew', { number }));
  const yes = h('button', { type: 'button', class: 'aw-button' }, t('offline.add.yes', { number }));
  const no = h('button', { type: 'button', class: 'aw-button aw-button--secondary' }, t('offline.add.no'));
  const panel = h(
    'div',
    { class: 'aw-notice aw-review__screen', role: 'group', 'aria-labelledby': 'aw-review-add-question', 'data-aw-part': 'add-confirm' },
    question,
    h('p', { class: 'aw-button-group' }, yes, no),
  );
  const close = () => panel.remove();
  yes.addEventListener('click', () => {
    close();
    addFromAddress(app, number);
  });
  no.addEventListener('click', () => {
    close();
    focus(app.part('reviews-heading'));
    app.say(t('offline.add.declined'));
  });
  app.part('alert').after(panel);
  focus(question);
}

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
