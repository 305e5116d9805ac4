import type { ReviewApp, Screen } from '../review/app';
import { focus, h, replace } from '../../islands/dom';
import type { Review } from '../../lib/review/model';
import { commentsFor, markComment } from '../plan/edits';
import type { Comment } from '../../lib/review/plan-schema';

/*
 * A mentor's comments beside each item of the review, under its card, with
 * the mentor's name and date and a button to mark a comment done. Comments
 * are drawn again only when they change; they never change a level or a step.
 */

function commentItem(app: ReviewApp, comment: Comment): HTMLLIElement {
  const { t } = app;
  return h(
    'li',
    {},
    h('p', { class: 'aw-review-item__comment-by' }, t('review.mentor.commentBy', { mentor: comment.mentor, date: t.day(comment.date) }), comment.done && ` · ${t('review.mentor.done')}`),
    h('p', {}, comment.text),
    h(
      'button',
      { type: 'button', class: 'aw-button aw-button--secondary aw-button--small', 'data-aw-mentor-comment': comment.id, 'data-aw-done': String(!comment.done) },
      comment.done ? t('review.mentor.markNotDone') : t('review.mentor.markDone'),
    ),
  );
}

function draw(app: ReviewApp, review: Review): void {
  for (const card of app.part('areas').querySelectorAll<HTMLElement>('li[data-aw-number]')) {
    const comments = commentsFor(review, card.dataset['awNumber'] ?? '');
    let box = card.querySelector<HTMLElement>(':scope > [data-aw-mentor-comments]');
    if (comments.length === 0) {
      box?.remove();
      continue;
    }
    if (!box) {
      box = h('div', { class: 'aw-review-item__comments', 'data-aw-mentor-comments': '' });
      card.append(box);
    }
    replace(box, h('p', { class: 'aw-review-item__evidence-heading' }, app.t('review.mentor.comments')), h('ul', {}, ...comments.map((c) => commentItem(app, c))));
  }
}

/**
 * The screen that keeps the mentor's comments beside the review's items.
 * @example app.mount(lazy(app, (state) => Boolean(app.current()?.comments?.length), async () => (await import('...')).commentsScreen(app)))
 */
export function commentsScreen(app: ReviewApp): Screen {
  let shown: { review: Review | undefined; comments: unknown; count: number } = { review: undefined, comments: undefined, count: -1 };
  app.island.root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-aw-mentor-comment]') : null;
    if (!button) return;
    const id = button.dataset['awMentorComment'] ?? '';
    const done = button.dataset['awDone'] === 'true';
    if (!app.change((review, now) => markComment(review, id, done, now))) return;
    focus(app.island.root.querySelector(`button[data-aw-mentor-comment="${id}"]`));
    app.say(app.t(done ? 'review.mentor.status.done' : 'review.mentor.status.notDone'));
  });
  return () => {
    const review = app.current();
    // Cards come and go with items; counting them notices a card drawn afresh.
    const count = app.part('areas').querySelectorAll('li[data-aw-number]').length;
    if (!review || (shown.review?.id === review.id && shown.comments === review.comments && shown.count === count)) return;
    shown = { review, comments: review.comments, count };
    draw(app, review);
  };
}
