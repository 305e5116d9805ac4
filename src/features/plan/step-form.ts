import { fieldError, focus, h } from '../../islands/dom';
import { hasMarkup, isDay } from '../../lib/review/model';
import type { PlanApp } from './app';
import { saveAction, type ActionInput } from './edits';
import { ACTION_STATUSES, PLAN_LIMITS, type Action, type ActionStatus } from '../../lib/review/plan-schema';
import { newId } from './strings';

/*
 * The form for one step: what, with whom, by when, how the person will know
 * it worked, how far it has got and when to look again. It opens inside the
 * item (one at a time), checks what was typed with the same rules an imported
 * file must meet, and saves the step with the review.
 */

type Field = 'what' | 'who' | 'by' | 'measure' | 'revisit';
const LONG: Partial<Record<Field, number>> = { what: PLAN_LIMITS.what, who: PLAN_LIMITS.who, measure: PLAN_LIMITS.measure };

function textField(app: PlanApp, base: string, name: Field, value: string, kind: 'textarea' | 'text' | 'day'): HTMLElement {
  const id = `${base}-${name}`;
  const hint = kind === 'day' ? h('p', { class: 'aw-review__hint', id: `${id}-hint` }, app.t('plan.step.dateHint')) : null;
  const attributes = { id, name, 'aria-describedby': hint ? `${id}-hint` : undefined, 'data-aw-input': name };
  // A day is typed as text (YYYY-MM-DD, as the hint says): a browser's date control is several Tab stops and reads differently in each browser.
  const control = kind === 'textarea' ? h('textarea', { ...attributes, rows: 3 }) : h('input', { ...attributes, type: 'text', autocomplete: 'off', spellcheck: 'false' });
  control.value = value;
  return h(
    'div',
    { class: 'aw-review__field', 'data-aw-field': '' },
    h('label', { for: id }, app.t(`plan.step.${name}`)),
    hint,
    h('p', { class: 'aw-review__field-error', id: `${id}-error`, 'data-aw-error': '', hidden: true }),
    control,
  );
}

function statusField(app: PlanApp, base: string, status: ActionStatus): HTMLElement {
  return h(
    'fieldset',
    { class: 'aw-review__fieldset' },
    h('legend', {}, app.t('plan.step.status')),
    ...ACTION_STATUSES.map((value) => {
      const input = h('input', { type: 'radio', name: `${base}-status`, id: `${base}-status-${value}`, value, 'data-aw-input': 'status' });
      input.checked = value === status;
      return h('div', { class: 'aw-review__choice' }, input, h('label', { for: `${base}-status-${value}` }, app.t(`plan.status.${value}`)));
    }),
  );
}

function problemOf(app: PlanApp, name: Field, value: string): string | null {
  const text = value.trim();
  if (name === 'what' && text === '') return app.t('plan.step.whatMissing');
  if (text === '') return null;
  if ((name === 'by' || name === 'revisit') && !isDay(text)) return app.t('plan.step.dateInvalid');
  const max = LONG[name];
  if (max !== undefined && text.length > max) return app.t('plan.step.tooLong', { max });
  if (hasMarkup(text)) return app.t('plan.step.markup');
  return null;
}

/** Reads and checks the form; marks each field's problem and returns the input when there are none. */
function readForm(app: PlanApp, form: HTMLFormElement): ActionInput | undefined {
  const value = (name: Field) => form.querySelector<HTMLInputElement>(`[data-aw-input="${name}"]`)!;
  let first: HTMLElement | undefined;
  for (const name of ['what', 'who', 'by', 'measure', 'revisit'] as const) {
    const problem = problemOf(app, name, value(name).value);
    fieldError(value(name), problem);
    if (problem) first ??= value(name);
  }
  if (first) {
    focus(first);
    return undefined;
  }
  const status = (form.querySelector<HTMLInputElement>('[data-aw-input="status"]:checked')?.value ?? 'not-started') as ActionStatus;
  return { what: value('what').value, who: value('who').value, by: value('by').value, measure: value('measure').value, status, revisit: value('revisit').value };
}

/**
 * Opens the form for a new step of `number`, or for changing `action`, inside the item.
 * @example openStepForm(app, itemElement, '1.14')
 */
export function openStepForm(app: PlanApp, item: HTMLElement, number: string, action?: Action): void {
  const { t } = app;
  item.querySelector('form')?.remove();
  const base = `aw-plan-form-${number.replace('.', '-')}`;
  const close = () => {
    form.remove();
    app.doneEditing();
  };
  const form = h(
    'form',
    { class: 'aw-review__panel aw-no-print', novalidate: true, 'aria-labelledby': `${base}-heading` },
    h('h5', { id: `${base}-heading`, class: 'aw-plan__form-heading' }, t('plan.step.formHeading', { number })),
    textField(app, base, 'what', action?.what ?? '', 'textarea'),
    textField(app, base, 'who', action?.who ?? '', 'text'),
    textField(app, base, 'by', action?.by ?? '', 'day'),
    textField(app, base, 'measure', action?.measure ?? '', 'textarea'),
    statusField(app, base, action?.status ?? 'not-started'),
    textField(app, base, 'revisit', action?.revisit ?? '', 'day'),
    h(
      'p',
      { class: 'aw-button-group' },
      h('button', { type: 'submit', class: 'aw-button' }, t('plan.step.save')),
      h('button', { type: 'button', class: 'aw-button aw-button--secondary', 'data-aw-form': 'cancel' }, t('plan.step.cancel')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = readForm(app, form);
    if (!input) return;
    const id = action?.id ?? newId('a');
    const saved = app.change((review, now) => saveAction(review, number, id, input, now));
    if (!saved) return;
    close();
    app.redraw();
    focus(document.querySelector(`[data-aw-step="${id}"] .aw-plan__step-what`));
    app.say(t('plan.saved', { number }));
  });
  form.querySelector('[data-aw-form="cancel"]')!.addEventListener('click', () => {
    close();
    focus(item.querySelector(action ? `[data-aw-action="edit"][data-aw-id="${action.id}"]` : '[data-aw-action="add"]'));
  });
  app.editing = true;
  item.querySelector('[data-aw-slot="add"]')!.before(form);
  focus(form.querySelector('textarea'));
}
