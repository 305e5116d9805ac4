import type { OfferRow } from '../../lib/content/offers';
import { h, type Child } from '../../islands/dom';
import type { CohortApp } from './state';

/*
 * "What to offer": each of the weakest items and most common priorities, why
 * it is listed, and the case studies, recommendations and ways in that cite it.
 */

/**
 * The list, each item's heading drawn by `header`.
 * @example offerList(app, whatToOffer(figures, index, 3), (number) => itemHeader(app, number))
 */
export function offerList(app: CohortApp, rows: readonly OfferRow[], header: (number: string) => Child): HTMLElement {
  const { t } = app;
  return h(
    'ul',
    { class: 'aw-cohort-offer' },
    ...rows.map((row) =>
      h(
        'li',
        {},
        h('h4', { class: 'aw-cohort-offer__heading' }, header(row.number)),
        h('p', { class: 'aw-cohort-offer__why' }, [row.weak && t('cohort.offer.weak'), row.priority && t('cohort.offer.priority')].filter(Boolean).join(' · ')),
        row.offers.length === 0
          ? h('p', {}, t('cohort.offer.nothing'))
          : h('ul', {}, ...row.offers.map((offer) => h('li', {}, `${t(`cohort.offer.kind.${offer.kind}`)}: `, h('a', { href: offer.href, lang: offer.lang }, offer.title)))),
      ),
    ),
  );
}
