import { h, type Child } from '../../islands/dom';
import type { Action } from '../../lib/review/plan-schema';
import type { PlanTranslator } from './strings';

/*
 * A step's own fields, shown on the plan and, read-only, to a mentor: one
 * module of its own so the mentor page takes it without the plan's code.
 */

function field(label: string, value: string | undefined): Child[] {
  return value ? [h('dt', {}, label), h('dd', {}, value)] : [];
}

/**
 * The fields a step has, as a list of terms (those it leaves empty are left out).
 * @example stepFields(t, action) // <dl class="aw-plan__fields"><dt>Status</dt><dd>Done</dd>…</dl>
 */
export function stepFields(t: PlanTranslator, action: Action): HTMLElement {
  return h(
    'dl',
    { class: 'aw-plan__fields' },
    ...field(t('plan.show.who'), action.who),
    ...field(t('plan.show.by'), action.by && t.day(action.by)),
    ...field(t('plan.show.measure'), action.measure),
    ...field(t('plan.show.status'), t(`plan.status.${action.status}`)),
    ...field(t('plan.show.revisit'), action.revisit && t.day(action.revisit)),
  );
}
