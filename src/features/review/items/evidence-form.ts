import { addEvidence } from '../../../lib/review/edits';
import { checkEvidence, dayOf, LIMITS, type EvidenceProblem } from '../../../lib/review/model';
import type { ReviewApp } from '../app';
import { compact, fieldError } from '../../../islands/dom';
import { cardId } from './evidence';

/*
 * The form to add evidence to an item, made from its server-rendered template
 * only when a person opens "Add evidence" (most items never need one, and 172
 * forms would slow the page); this module is loaded then too.
 */

/** The attributes a template names, and the ones they become in each copy. */
const TEMPLATE_ATTRIBUTES = [
  ['data-aw-id', 'id'],
  ['data-aw-for', 'for'],
  ['data-aw-labelledby', 'aria-labelledby'],
  ['data-aw-describedby', 'aria-describedby'],
  ['data-aw-name', 'name'],
] as const;

/**
 * A copy of a server-rendered `<template>` whose ids are made unique with
 * `base`: `data-aw-id="note"` becomes `id="<base>-note"` (an empty value, the
 * base itself), and `data-aw-for`, `-labelledby`, `-describedby` and `-name`
 * likewise. The interface text comes with the template, in the page's language.
 * @example const card = instantiate(cardTemplate, 'aw-r-1.14').firstElementChild
 */
export function instantiate(template: HTMLTemplateElement, base: string): DocumentFragment {
  const copy = compact(template).content.cloneNode(true) as DocumentFragment;
  const name = (value: string) =>
    value
      .split(' ')
      .map((part) => (part ? `${base}-${part}` : base))
      .join(' ');
  for (const element of copy.querySelectorAll('[data-aw-id],[data-aw-for],[data-aw-labelledby],[data-aw-describedby],[data-aw-name]')) {
    for (const [from, to] of TEMPLATE_ATTRIBUTES) {
      const value = element.getAttribute(from);
      if (value !== null) element.setAttribute(to, name(value));
    }
  }
  return copy;
}

/**
 * The form to add evidence to an item, from the page's template.
 * @example details.append(evidenceForm(app, '1.14'))
 */
export function evidenceForm(app: ReviewApp, number: string): DocumentFragment {
  const form = instantiate(app.part<HTMLTemplateElement>('evidence-form'), cardId(number));
  for (const which of form.querySelectorAll('[data-aw-slot="which"]')) which.textContent = ` ${number}`;
  const date = form.querySelector<HTMLInputElement>('input[name="date"]');
  if (date) date.value = dayOf(new Date());
  return form;
}

function message(app: ReviewApp, problem: EvidenceProblem): string {
  return app.t(`review.error.${problem}`, { max: LIMITS.note });
}

/**
 * Adds the evidence typed in `form` to item `number`, or shows what is wrong.
 * What was typed stays in the form until it is saved.
 */
export function addFromForm(app: ReviewApp, form: HTMLFormElement, number: string): void {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;
  const [note, date, url] = [field('note'), field('date'), field('url')];
  const problems = checkEvidence({ note: note.value, date: date.value, url: url.value });
  const noteProblem = problems.find((p) => p.startsWith('note'));
  fieldError(note, noteProblem ? message(app, noteProblem) : null);
  fieldError(date, problems.includes('date-invalid') ? message(app, 'date-invalid') : null);
  fieldError(url, problems.includes('url-invalid') ? message(app, 'url-invalid') : null);
  if (problems.length) return (noteProblem ? note : problems.includes('date-invalid') ? date : url).focus();
  const id = app.newId('e');
  const saved = app.change((review, now) => addEvidence(review, number, { id, note: note.value, date: date.value, url: url.value }, now));
  if (!saved?.items.find((i) => i.number === number)?.evidence.some((e) => e.id === id)) return;
  note.value = '';
  url.value = '';
  app.say(app.t('review.status.evidenceAdded', { number }));
}
