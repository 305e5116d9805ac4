import { removeEvidence } from '../../../lib/review/edits';
import { isHttpUrl, type Evidence, type ItemReview } from '../../../lib/review/model';
import type { ReviewApp } from '../app';
import { focus, h, type Child } from '../../../islands/dom';

/*
 * The evidence of an item: the list, and removing a piece. The form to add a
 * piece is `evidence-form.ts`, loaded when a person first opens "Add evidence".
 */

/** The id every element of an item's card starts with. */
export const cardId = (number: string): string => `aw-r-${number}`;

function entry(app: ReviewApp, number: string, evidence: Evidence, editable: boolean): HTMLLIElement {
  const { t } = app;
  // The schema only admits http(s) links; checking again here costs nothing.
  const link = evidence.url && isHttpUrl(evidence.url) ? h('a', { class: 'aw-review-evidence__link', href: evidence.url, rel: 'noopener noreferrer' }, evidence.url) : null;
  return h(
    'li',
    {},
    h('span', { class: 'aw-review-evidence__date' }, t.day(evidence.date)),
    h('p', { class: 'aw-review-evidence__note' }, evidence.note),
    link,
    editable &&
      h(
        'button',
        {
          type: 'button',
          class: 'aw-button aw-button--warning aw-button--small',
          'data-aw-action': 'remove-evidence',
          'data-aw-evidence': evidence.id,
          'aria-label': `${t('review.evidence.remove')} ${t('review.evidence.removeWhich', { date: t.day(evidence.date), number })}`,
        },
        t('review.evidence.remove'),
      ),
  );
}

/**
 * An item's evidence: a line saying how much there is, and the list. On the
 * screen (`editable`) each piece has a Remove button; in print it has none.
 * @example replace(slot, ...evidenceList(app, item, true))
 */
export function evidenceList(app: ReviewApp, item: ItemReview, editable: boolean): Child[] {
  const { t } = app;
  const headingId = editable ? `${cardId(item.number)}-evidence-heading` : undefined;
  const count = item.evidence.length;
  return [
    h('p', { class: 'aw-review-item__evidence-heading', id: headingId, 'data-aw-evidence-heading': editable }, count ? t.plural('review.evidence.count', count) : t('review.evidence.none')),
    count > 0 && h('ul', { class: 'aw-review-item__evidence', 'aria-labelledby': headingId }, ...item.evidence.map((e) => entry(app, item.number, e, editable))),
  ];
}

/** Removes the piece of evidence `button` belongs to, and moves focus to the evidence heading of `card`, the item's card. */
export function removeFromButton(app: ReviewApp, button: HTMLElement, card: HTMLElement, number: string): void {
  const evidenceId = button.dataset['awEvidence'];
  if (!evidenceId) return;
  if (!app.change((review, now) => removeEvidence(review, number, evidenceId, now))) return;
  focus(card.querySelector('[data-aw-evidence-heading]'));
  app.say(app.t('review.status.evidenceRemoved', { number }));
}
