import { h, type Child } from '../../islands/dom';
import { stepFields } from '../plan/step-fields';
import type { PlanPageData } from '../plan/server-data';
import type { PlanTranslator } from '../plan/strings';
import { newId } from '../plan/strings';
import { PLAN_LIMITS, type Action } from '../../lib/review/plan-schema';
import type { MentorShare, SharedItem } from './format';

/*
 * The mentee's review and plan as the mentor reads them: read-only, priorities
 * first, each item with a box for the mentor's comment, then a box for the
 * plan as a whole and the form to download the comments. Text from the file
 * is only ever set as text.
 */

export interface MentorView {
  config: PlanPageData;
  t: PlanTranslator;
}

function textarea(id: string, label: string, item: string | null): HTMLElement {
  return h(
    'div',
    { class: 'aw-review__field aw-mentor__comment aw-no-print', 'data-aw-field': '' },
    h('label', { for: id }, label),
    h('p', { class: 'aw-review__field-error', id: `${id}-error`, 'data-aw-error': '', hidden: true }),
    h('textarea', { id, rows: 3, maxlength: PLAN_LIMITS.comment, 'data-aw-comment': item ?? '', 'data-aw-id': newId('c') }),
  );
}

function stepItem(view: MentorView, action: Action): HTMLLIElement {
  return h('li', { class: 'aw-plan__step' }, h('p', { class: 'aw-plan__step-what' }, action.what), stepFields(view.t, action));
}

function evidence(view: MentorView, item: SharedItem): Child {
  if (!item.evidence?.length) return null;
  return h(
    'div',
    {},
    h('h4', {}, view.t('mentor.evidence')),
    h('ul', {}, ...item.evidence.map((e) => h('li', {}, `${view.t.day(e.date)}: ${e.note}`, e.url && ' ', e.url && h('a', { href: e.url, rel: 'noopener noreferrer' }, e.url)))),
  );
}

function itemView(view: MentorView, share: MentorShare, item: SharedItem): HTMLLIElement {
  const { t, config } = view;
  const { number } = item;
  const id = `aw-mentor-${number.replace('.', '-')}`;
  const area = config.keyAreas.find((k) => k.area === Number(number.split('.')[0]));
  const steps = share.plan.filter((a) => a.item === number);
  return h(
    'li',
    { class: 'aw-plan__item', 'aria-labelledby': `${id}-heading` },
    h('h3', { id: `${id}-heading`, class: 'aw-plan__item-heading' }, `${number} `, h('span', { lang: area?.lang }, config.texts[number] ?? '')),
    h('p', { class: 'aw-plan__meta' }, h('strong', {}, t('plan.level', { level: t(`review.level.${item.level}`) })), item.priority && ` · ${t('plan.priority')}`),
    evidence(view, item),
    steps.length > 0 && h('div', {}, h('h4', {}, t('mentor.steps')), h('ul', {}, ...steps.map((s) => stepItem(view, s)))),
    textarea(`${id}-comment`, t('mentor.comment.item', { number }), number),
  );
}

/**
 * The whole review, the plan comment and the form to send comments.
 * @example replace(part, ...mentorView(view, share))
 */
export function mentorView(view: MentorView, share: MentorShare): Child[] {
  const { t, config } = view;
  const stage = config.stages.find((s) => s.id === share.stage);
  const ordered = [...share.items.filter((i) => i.priority), ...share.items.filter((i) => !i.priority)];
  return [
    h('h2', { id: 'aw-mentor-review-heading', tabindex: '-1' }, t('mentor.review.heading', { title: share.title })),
    h('p', {}, share.name ? t('mentor.review.by', { name: share.name, date: t.day(share.date) }) : t('mentor.review.on', { date: t.day(share.date) })),
    stage && h('p', {}, t('mentor.review.stage', { stage: '' }), h('span', { lang: config.stagesLang }, stage.name)),
    h('p', { class: 'aw-review__hint' }, t('mentor.review.readOnly')),
    h('ol', { class: 'aw-plan__items' }, ...ordered.map((item) => itemView(view, share, item))),
    textarea('aw-mentor-plan-comment', t('mentor.comment.plan'), null),
    h(
      'form',
      { class: 'aw-review__panel aw-no-print', novalidate: true, 'aria-labelledby': 'aw-mentor-send-heading', 'data-aw-send': '' },
      h('h2', { id: 'aw-mentor-send-heading' }, t('mentor.send.heading')),
      h(
        'div',
        { class: 'aw-review__field', 'data-aw-field': '' },
        h('label', { for: 'aw-mentor-name' }, t('mentor.name.label')),
        h('p', { class: 'aw-review__hint', id: 'aw-mentor-name-hint' }, t('mentor.name.hint')),
        h('p', { class: 'aw-review__field-error', id: 'aw-mentor-name-error', 'data-aw-error': '', hidden: true }),
        h('input', { type: 'text', id: 'aw-mentor-name', autocomplete: 'name', maxlength: PLAN_LIMITS.mentor, 'aria-describedby': 'aw-mentor-name-hint' }),
      ),
      h('p', { class: 'aw-button-group' }, h('button', { type: 'submit', class: 'aw-button' }, t('mentor.send.button'))),
      h('p', { class: 'aw-notice', id: 'aw-mentor-sent', hidden: true, tabindex: '-1' }),
    ),
  ];
}
