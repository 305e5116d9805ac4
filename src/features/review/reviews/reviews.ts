import { createReview } from '../../../lib/review/edits';
import { checkTitle, LIMITS } from '../../../lib/review/model';
import { withReview, type ReviewApp, type Screen } from '../app';
import { fieldError, fillSelect, focus } from '../../../islands/dom';

/*
 * "Your reviews": the reviews on this device, which one is shown, starting a
 * new one and deleting the one shown. Also shows or hides the parts of the
 * page that need a review (marked `data-aw-needs-review`).
 */

type Start = 'all' | 'actions' | 'none';

/** The item numbers a new review starts with: every item, or only the actions, of the chosen key areas. */
function startingNumbers(app: ReviewApp, areas: number[], start: Start): string[] {
  if (start === 'none') return [];
  return areas
    .flatMap((area) => app.catalogue.inArea(area))
    .filter((item) => start === 'all' || item.kind === 'action')
    .map((item) => item.number);
}

/**
 * The name a new review gets unless a person gives it one, e.g. "Leadership review 2026".
 * @example defaultTitle(app)
 */
export function defaultTitle(app: ReviewApp): string {
  return app.t('review.new.defaultTitle', { year: new Date().getFullYear() });
}

function onCreate(app: ReviewApp, form: HTMLFormElement): void {
  const { t } = app;
  const title = app.part<HTMLInputElement>('new-title');
  const areas = app.part<HTMLFieldSetElement>('new-areas');
  const titleProblem = checkTitle(title.value);
  fieldError(title, titleProblem ? t(`review.error.${titleProblem}`, { max: LIMITS.title }) : null);
  const chosen = [...areas.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => Number(input.value));
  const start = (form.querySelector<HTMLInputElement>('input[name="start"]:checked')?.value ?? 'all') as Start;
  const areasProblem = start !== 'none' && chosen.length === 0;
  fieldError(areas, areasProblem ? t('review.error.no-key-area') : null);
  if (titleProblem) return title.focus();
  if (areasProblem) return areas.querySelector<HTMLInputElement>('input')?.focus();
  const id = app.newId('r');
  const stage = app.part<HTMLSelectElement>('new-stage').value || null;
  const created = app.commit((store, now) => withReview(store, createReview({ id, title: title.value, stage, numbers: startingNumbers(app, chosen, start), now })));
  if (!created) return;
  app.state.newFormOpen = false;
  app.show(id);
  form.reset();
  title.value = '';
  app.render();
  focus(app.part('items-heading'));
  app.say(t('review.status.created', { title: app.current()?.title ?? '' }));
}

function listen(app: ReviewApp): void {
  const { t } = app;
  app.part('switch').addEventListener('submit', (event) => {
    event.preventDefault();
    const id = app.part<HTMLSelectElement>('current').value;
    if (!app.state.store.reviews.some((review) => review.id === id)) return;
    app.show(id);
    app.render();
    focus(app.part('items-heading'));
    app.say(t('review.status.opened', { title: app.current()?.title ?? '' }));
  });
  app.part('new-button').addEventListener('click', () => {
    app.state.newFormOpen = !app.state.newFormOpen;
    app.render();
    if (app.state.newFormOpen) app.part('new-title').focus();
  });
  app.part('new-cancel').addEventListener('click', () => {
    app.state.newFormOpen = false;
    app.render();
    app.part('new-button').focus();
  });
  app.part<HTMLFormElement>('new-form').addEventListener('submit', (event) => {
    event.preventDefault();
    onCreate(app, event.currentTarget as HTMLFormElement);
  });
  app.part('delete').addEventListener('click', () => {
    const review = app.current();
    if (!review || !window.confirm(t('review.delete.confirm', { title: review.title }))) return;
    const next = app.commit((store) => ({ ...store, reviews: store.reviews.filter((r) => r.id !== review.id) }));
    if (!next) return;
    app.show(next.reviews.at(-1)?.id ?? null);
    app.render();
    focus(app.part('reviews-heading'));
    app.say(t('review.status.deleted', { title: review.title }));
  });
}

/**
 * The "Your reviews" screen.
 * @example app.mount(reviewsScreen(app))
 */
export function reviewsScreen(app: ReviewApp): Screen {
  const { t } = app;
  const parts = {
    none: app.part('none'),
    switchForm: app.part('switch'),
    current: app.part<HTMLSelectElement>('current'),
    newButton: app.part('new-button'),
    newCancel: app.part('new-cancel'),
    newForm: app.part('new-form'),
    newTitle: app.part<HTMLInputElement>('new-title'),
    deleteButton: app.part('delete'),
    needsReview: [...app.island.root.querySelectorAll<HTMLElement>('[data-aw-needs-review]')],
  };
  listen(app);
  return (state) => {
    const reviews = state.store.reviews;
    const review = app.current();
    const none = reviews.length === 0;
    parts.none.hidden = !none;
    parts.switchForm.hidden = none;
    // While a person is choosing, their choice stands; otherwise the select shows the review shown.
    const choosing = document.activeElement === parts.current;
    const options = reviews.map((r) => [r.id, t('review.switch.option', { title: r.title, date: t.dayOfTimestamp(r.created) })] as const);
    fillSelect(parts.current, options, choosing ? null : state.currentId);
    parts.deleteButton.hidden = !review;
    parts.newButton.hidden = none;
    parts.newCancel.hidden = none;
    const showNew = none || state.newFormOpen;
    if (showNew && parts.newForm.hidden && !parts.newTitle.value) parts.newTitle.value = defaultTitle(app);
    parts.newForm.hidden = !showNew;
    parts.newButton.setAttribute('aria-expanded', String(showNew));
    for (const element of parts.needsReview) element.hidden = !review || state.unreadable !== null;
  };
}
