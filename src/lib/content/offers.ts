/*
 * "What to offer": for the cohort's weakest items and most common priorities,
 * the case studies, recommendations and ways in that cite them, the start of a
 * programme plan. The index of what cites what is built with the page (from
 * each entry's `standards`) and handed to the script.
 */

export type OfferKind = 'caseStudy' | 'recommendation' | 'pathway';

export interface Offer {
  kind: OfferKind;
  title: string;
  href: string;
  /** The language of the title, when it is not the page's. */
  lang?: string | undefined;
}

/** Every offer once, and for each item number the offers (by their place in `offers`) that cite it. */
export interface CitationIndex {
  offers: Offer[];
  cites: Record<string, number[]>;
}

export interface OfferRow {
  number: string;
  weak: boolean;
  priority: boolean;
  offers: Offer[];
}

/**
 * Builds the index from entries and the item numbers each cites.
 * @example citationIndex([{ offer, standards: ['1.1'] }]).cites['1.1'] // [0]
 */
export function citationIndex(entries: readonly { offer: Offer; standards: readonly string[] }[]): CitationIndex {
  const cites: Record<string, number[]> = {};
  entries.forEach(({ standards }, index) => {
    for (const number of new Set(standards)) (cites[number] ??= []).push(index);
  });
  return { offers: entries.map((entry) => entry.offer), cites };
}

/** What "what to offer" reads of a cohort's figures (the cohort view's lists of the same names). */
export interface OfferFigures {
  /** Each item's average level, only for items whose every level figure may be shown. */
  means: readonly { number: string; mean: number }[];
  /** The priorities whose count may be shown, most common first. */
  priorities: readonly { number: string }[];
  /** The items in the view, in order. */
  items: readonly { number: string }[];
}

/**
 * The weakest items (lowest average level, among items reviewed by at least
 * `min` people whose every level figure may be shown, so that the list is
 * worked out from shown figures only) and the most common priorities (those
 * whose count may be shown), `count` of each, with what cites them.
 * @example whatToOffer(view, index)[0] // { number: '3.4a', weak: true, priority: true, offers: [...] }
 */
export function whatToOffer(view: OfferFigures, index: CitationIndex, count = 5): OfferRow[] {
  const weakest = [...view.means]
    .sort((a, b) => a.mean - b.mean)
    .slice(0, count)
    .map((item) => item.number);
  const priorities = view.priorities.slice(0, count).map((item) => item.number);
  const numbers = view.items.map((item) => item.number).filter((number) => weakest.includes(number) || priorities.includes(number));
  return numbers.map((number) => ({
    number,
    weak: weakest.includes(number),
    priority: priorities.includes(number),
    offers: (index.cites[number] ?? []).map((i) => index.offers[i]!).filter(Boolean),
  }));
}
