import { h, type Child } from '../../islands/dom';
import type { ItemReview, Review } from '../../lib/review/model';
import type { Offer } from '../../lib/content/offers';
import type { PlanApp } from './app';
import { actionsFor, commentsFor } from './edits';
import type { Action, Comment } from '../../lib/review/plan-schema';
import { stepFields } from './step-fields';

/*
 * One statement or action in the plan: its level, what to do next from the
 * site itself, the mentor's comments on it, and the person's own steps with
 * the buttons to change them. Buttons carry `data-aw-action` and the ids they
 * act on; the page handles their clicks in one place (`view.ts`).
 */

type Heading = 'h3' | 'h4';
const below = (level: Heading) => (level === 'h3' ? 'h4' : 'h5');

/** The element id of an item in the plan. */
export const planItemId = (number: string) => `aw-plan-${number.replace('.', '-')}`;

const KIND_KEYS = { caseStudy: 'plan.next.caseStudy', recommendation: 'plan.next.recommendation', pathway: 'plan.next.pathway' } as const;

function nextSteps(app: PlanApp, review: Review, number: string, level: Heading): HTMLElement {
  const { t, config } = app;
  const offers: Offer[] = (config.links.cites[number] ?? []).map((i) => config.links.offers[i]!).filter(Boolean);
  const stage = config.stages.find((s) => s.id === review.stage);
  const links: Child[] = [
    h('li', {}, h('a', { href: `${config.standardsHref}${number}/` }, t('plan.next.item', { number }))),
    ...offers.map((offer) => h('li', {}, `${t(KIND_KEYS[offer.kind])}: `, h('a', { href: offer.href, lang: offer.lang }, offer.title))),
    stage && h('li', {}, `${t('plan.next.stage')}: `, h('a', { href: `${config.continuumHref}#${stage.id}`, lang: config.stagesLang }, stage.name)),
  ];
  return h('div', { class: 'aw-plan__next' }, h(below(level), {}, t('plan.next.heading')), h('ul', {}, ...links), offers.length === 0 && h('p', { class: 'aw-review__hint' }, t('plan.next.none')));
}

/**
 * A mentor's comment, with who wrote it and when, and the mentee's "done" button.
 * @example list.append(commentView(app, comment))
 */
export function commentView(app: PlanApp, comment: Comment): HTMLLIElement {
  const { t } = app;
  const label = comment.done ? t('review.mentor.markNotDone') : t('review.mentor.markDone');
  return h(
    'li',
    { class: `aw-plan__comment${comment.done ? ' aw-plan__comment--done' : ''}` },
    h('p', { class: 'aw-plan__comment-by' }, t('review.mentor.commentBy', { mentor: comment.mentor, date: t.day(comment.date) }), comment.done && ` · ${t('review.mentor.done')}`),
    h('p', { class: 'aw-plan__comment-text' }, comment.text),
    h(
      'p',
      { class: 'aw-no-print' },
      h('button', { type: 'button', class: 'aw-button aw-button--secondary aw-plan__small', 'data-aw-action': 'comment', 'data-aw-id': comment.id, 'data-aw-done': String(!comment.done) }, label),
    ),
  );
}

function stepView(app: PlanApp, action: Action): HTMLLIElement {
  const { t } = app;
  return h(
    'li',
    { class: 'aw-plan__step', 'data-aw-step': action.id },
    h('p', { class: 'aw-plan__step-what' }, action.what),
    stepFields(t, action),
    h(
      'p',
      { class: 'aw-button-group aw-no-print' },
      h(
        'button',
        { type: 'button', class: 'aw-button aw-button--secondary aw-plan__small', 'data-aw-action': 'edit', 'data-aw-id': action.id, 'aria-label': t('plan.step.editNamed', { what: action.what }) },
        t('plan.step.edit'),
      ),
      h(
        'button',
        { type: 'button', class: 'aw-button aw-button--warning aw-plan__small', 'data-aw-action': 'delete', 'data-aw-id': action.id, 'aria-label': t('plan.step.deleteNamed', { what: action.what }) },
        t('plan.step.delete'),
      ),
    ),
  );
}

/**
 * An item of the plan, its heading at `level`.
 * @example list.append(itemView(app, review, item, 'h3'))
 */
export function itemView(app: PlanApp, review: Review, item: ItemReview, level: Heading): HTMLLIElement {
  const { t, config } = app;
  const { number } = item;
  const id = planItemId(number);
  const area = config.keyAreas.find((k) => k.area === Number(number.split('.')[0]));
  const steps = actionsFor(review, number);
  const comments = commentsFor(review, number);
  return h(
    'li',
    { class: 'aw-plan__item', id, 'data-aw-number': number, 'aria-labelledby': `${id}-heading` },
    h(level, { id: `${id}-heading`, class: 'aw-plan__item-heading', tabindex: '-1' }, `${number} `, h('span', { lang: area?.lang }, config.texts[number] ?? '')),
    h('p', { class: 'aw-plan__meta' }, h('strong', {}, t('plan.level', { level: t(`review.level.${item.level}`) })), item.priority && ` · ${t('plan.priority')}`),
    nextSteps(app, review, number, level),
    comments.length > 0 && h('div', { class: 'aw-plan__comments' }, h(below(level), {}, t('review.mentor.comments')), h('ul', {}, ...comments.map((c) => commentView(app, c)))),
    h('div', { class: 'aw-plan__steps' }, h(below(level), {}, t('plan.steps.heading')), steps.length === 0 ? h('p', {}, t('plan.steps.none')) : h('ul', {}, ...steps.map((s) => stepView(app, s)))),
    h(
      'p',
      { class: 'aw-no-print', 'data-aw-slot': 'add' },
      h('button', { type: 'button', class: 'aw-button aw-button--secondary', 'data-aw-action': 'add', 'data-aw-number': number, 'aria-label': t('plan.step.addFor', { number }) }, t('plan.step.add')),
    ),
  );
}
