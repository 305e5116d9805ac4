import { focus, h, replace, type Child } from '../../islands/dom';
import { download } from '../../islands/download';
import { dayOf, type Review } from '../../lib/review/model';
import type { PlanApp } from './app';
import { actionProgress, sincePrevious } from './changes';
import { commentsFor, markComment, removeAction } from './edits';
import { planToCsv, planToText, type PlanLabels } from './export';
import { commentView, itemView, planItemId } from './item-view';
import { openStepForm } from './step-form';

/*
 * Draws the plan of the review shown: who it is for, what changed since the
 * previous review, the priorities, the other items by key area and the
 * mentor's comments on the whole plan; and handles the page's buttons.
 */

function header(app: PlanApp, review: Review): Child[] {
  const { t, config } = app;
  const stage = config.stages.find((s) => s.id === review.stage);
  return [
    h('h2', { id: 'aw-plan-heading' }, t('plan.for', { title: review.title })),
    stage ? h('p', {}, t('plan.stage', { stage: '' }), h('a', { href: `${config.continuumHref}#${stage.id}`, lang: config.stagesLang }, stage.name)) : h('p', {}, t('plan.noStage')),
    h('p', { class: 'aw-review__hint aw-no-print' }, t('plan.switchHint'), ' ', h('a', { href: config.reviewHref }, t('plan.reviewLink'))),
  ];
}

function overTime(app: PlanApp, review: Review): HTMLElement {
  const { t } = app;
  const since = sincePrevious(app.store.reviews, review);
  const progress = actionProgress(review);
  const changes = (title: string, list: NonNullable<typeof since>['up']) =>
    list.length > 0 && [
      h('h3', {}, title),
      h('ul', {}, ...list.map((c) => h('li', {}, t('plan.over.change', { number: c.number, from: t(`review.level.${c.from}`), to: t(`review.level.${c.to}`) })))),
    ];
  return h(
    'section',
    { id: 'aw-plan-over', 'aria-labelledby': 'aw-plan-over-heading' },
    h('h2', { id: 'aw-plan-over-heading' }, t('plan.over.heading')),
    since ? h('p', {}, t('plan.over.previous', { title: since.previous.title, date: t.day(since.previous.created.slice(0, 10)) })) : h('p', {}, t('plan.over.first')),
    ...(since ? [...(changes(t('plan.over.up'), since.up) || []), ...(changes(t('plan.over.down'), since.down) || [])] : []),
    since && since.up.length + since.down.length === 0 && h('p', {}, t('plan.over.noChange')),
    progress.total > 0 && h('p', {}, t('plan.over.steps', progress)),
  );
}

function sections(app: PlanApp, review: Review): Child[] {
  const { t, config } = app;
  const priorities = review.items.filter((item) => item.priority);
  const others = review.items.filter((item) => !item.priority);
  const general = commentsFor(review, null);
  return [
    h(
      'section',
      { id: 'aw-plan-priorities', 'aria-labelledby': 'aw-plan-priorities-heading' },
      h('h2', { id: 'aw-plan-priorities-heading' }, t('plan.priorities.heading')),
      priorities.length === 0 ? h('p', {}, t('plan.priorities.none')) : h('ol', { class: 'aw-plan__items' }, ...priorities.map((item) => itemView(app, review, item, 'h3'))),
    ),
    others.length > 0 &&
      h(
        'section',
        { id: 'aw-plan-others', 'aria-labelledby': 'aw-plan-others-heading' },
        h('h2', { id: 'aw-plan-others-heading' }, t('plan.others.heading')),
        ...config.keyAreas.flatMap((area) => {
          const items = others.filter((item) => item.number.startsWith(`${area.area}.`));
          return items.length === 0 ? [] : [h('h3', { lang: area.lang }, area.label), h('ol', { class: 'aw-plan__items' }, ...items.map((item) => itemView(app, review, item, 'h4')))];
        }),
      ),
    general.length > 0 &&
      h(
        'section',
        { id: 'aw-plan-general', 'aria-labelledby': 'aw-plan-general-heading' },
        h('h2', { id: 'aw-plan-general-heading' }, t('plan.comments.heading')),
        h('ul', { class: 'aw-plan__general' }, ...general.map((c) => commentView(app, c))),
      ),
  ];
}

/**
 * Draws the whole plan from the app's state.
 * @example drawPlan(app)
 */
export function drawPlan(app: PlanApp): void {
  const { t, config } = app;
  const root = app.part('plan');
  const review = app.review();
  app.part('keep').hidden = !review;
  if (app.unreadable) return replace(root, h('p', { class: 'aw-notice aw-notice--error' }, t('plan.unreadable'), ' ', h('a', { href: config.reviewHref }, t('plan.reviewLink'))));
  if (!review) return replace(root, h('p', { class: 'aw-notice' }, t('plan.none'), ' ', h('a', { href: config.reviewHref }, t('plan.reviewLink'))));
  performance.mark('aw-plan:draw-start');
  replace(root, ...header(app, review), overTime(app, review), ...sections(app, review));
  performance.mark('aw-plan:drawn');
}

function labels(app: PlanApp): PlanLabels {
  const { t, config } = app;
  return {
    headings: t('plan.csv.headings').split('|'),
    level: (level) => t(`review.level.${level}` as 'review.level.secure'),
    status: (status) => t(`plan.status.${status}`),
    yes: t('plan.yes'),
    no: t('plan.no'),
    text: (number) => config.texts[number] ?? '',
    line: (field, value) => t(`plan.step.field.${field}`, { value }),
    day: (day) => t.day(day),
    heading: (review) => t('plan.for', { title: review.title }),
    priorities: t('plan.priorities.heading'),
    others: t('plan.others.heading'),
    noActions: t('plan.steps.none'),
    planComments: t('plan.comments.heading'),
  };
}

function onClick(app: PlanApp, button: HTMLElement): void {
  const { t } = app;
  const item = button.closest<HTMLElement>('li[data-aw-number]');
  const number = item?.dataset['awNumber'];
  const id = button.dataset['awId'] ?? '';
  const action = button.dataset['awAction'];
  if (action === 'add' && item && number) openStepForm(app, item, number);
  if (action === 'edit' && item && number)
    openStepForm(
      app,
      item,
      number,
      app.review()?.plan?.actions.find((a) => a.id === id),
    );
  if (action === 'delete' && number && app.change((review, now) => removeAction(review, id, now))) {
    app.redraw();
    focus(document.getElementById(`${planItemId(number)}-heading`));
    app.say(t('plan.deleted', { number }));
  }
  if (action === 'comment') {
    const done = button.dataset['awDone'] === 'true';
    if (!app.change((review, now) => markComment(review, id, done, now))) return;
    app.redraw();
    focus(document.querySelector(`[data-aw-action="comment"][data-aw-id="${id}"]`));
    app.say(t(done ? 'review.mentor.status.done' : 'review.mentor.status.notDone'));
  }
}

/**
 * Handles the plan's buttons (one listener for every item) and the print and export buttons.
 * @example listenToPlan(app)
 */
export function listenToPlan(app: PlanApp): void {
  app.part('plan').addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-aw-action]');
    if (button) onClick(app, button);
  });
  const save = (text: string, extension: string, type: string) => {
    const review = app.review();
    if (!review) return;
    const name = `arwain-plan-${dayOf(new Date())}.${extension}`;
    download(text, name, type);
    app.say(app.t('plan.exported', { file: name }));
  };
  app.part('print').addEventListener('click', () => window.print());
  app.part('csv').addEventListener('click', () => {
    const review = app.review();
    if (review) save(planToCsv(review, labels(app)), 'csv', 'text/csv;charset=utf-8');
  });
  app.part('text').addEventListener('click', () => {
    const review = app.review();
    if (review) save(planToText(review, labels(app)), 'txt', 'text/plain;charset=utf-8');
  });
}
