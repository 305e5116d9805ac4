import { compareItemNumbers, parseItemNumber } from '../content/item-number';
import type { ItemReview, Review } from './model';
import type { Store } from './storage-format';

/*
 * Reviews outlive the numbering of the standards. When an item is renumbered,
 * content/redirects.yaml records its old address (`/standards/1.17/` →
 * `/standards/1.18/`), and the same entry moves the item in every stored or
 * imported review, with its level, priority, evidence and history. An item the
 * standards no longer have at all is kept as it is, set aside: shown, exported,
 * removable, but never a reason to refuse or lock the reviews around it.
 */

/** The item numbers the standards have now, and the renumbering from the redirects registry. */
export interface Numbering {
  known: ReadonlySet<string>;
  /** Old number → the number it moved to (which may itself have moved since). */
  renames: Readonly<Record<string, string>>;
}

export interface Rename {
  from: string;
  to: string;
}

const ITEM_PATH = /^\/standards\/([^/]+)\/$/;

/**
 * The item renumberings in the redirects registry: entries from one item's
 * address to another's. Redirects of other pages (or of an item to a key area)
 * are not renumberings and are left out.
 * @example itemRenames([{ from: '/standards/1.17/', to: '/standards/1.18/' }]) // { '1.17': '1.18' }
 */
export function itemRenames(redirects: readonly { from: string; to: string }[]): Record<string, string> {
  const renames: Record<string, string> = {};
  for (const { from, to } of redirects) {
    const old = parseItemNumber(ITEM_PATH.exec(from)?.[1] ?? '');
    const now = parseItemNumber(ITEM_PATH.exec(to)?.[1] ?? '');
    if (old && now && old.text !== now.text) renames[old.text] = now.text;
  }
  return renames;
}

/**
 * Where an item number is now: itself when the standards have it, else where
 * its renumbering leads (following renumberings of renumberings), else undefined.
 * @example currentNumber('1.17', { known: new Set(['1.18']), renames: { '1.17': '1.18' } }) // '1.18'
 */
export function currentNumber(number: string, numbering: Numbering): string | undefined {
  const seen = new Set<string>();
  let at = number;
  while (!numbering.known.has(at)) {
    const next = numbering.renames[at];
    if (next === undefined || seen.has(at)) return undefined;
    seen.add(at);
    at = next;
  }
  return at;
}

function reconcileReview(review: Review, numbering: Numbering, renamed: Rename[]): Review {
  if (review.items.every((item) => numbering.known.has(item.number))) return review;
  const taken = new Set(review.items.map((item) => item.number));
  let moved = false;
  const items = review.items.map((item): ItemReview => {
    if (numbering.known.has(item.number)) return item;
    const to = currentNumber(item.number, numbering);
    // An item whose new number the review already has stays as it is, set aside: nothing is merged away.
    if (to === undefined || taken.has(to)) return item;
    taken.add(to);
    moved = true;
    if (!renamed.some((r) => r.from === item.number && r.to === to)) renamed.push({ from: item.number, to });
    return { ...item, number: to };
  });
  return moved ? { ...review, items: items.sort((a, b) => compareItemNumbers(a.number, b.number)) } : review;
}

/**
 * Moves renumbered items to their new numbers in every review; returns the
 * same store when nothing moved, and which numbers moved.
 * @example reconcile(store, numbering).renamed // [{ from: '1.17', to: '1.18' }]
 */
export function reconcile(store: Store, numbering: Numbering): { store: Store; renamed: Rename[] } {
  const renamed: Rename[] = [];
  const reviews = store.reviews.map((review) => reconcileReview(review, numbering, renamed));
  const changed = reviews.some((review, index) => review !== store.reviews[index]);
  return { store: changed ? { ...store, reviews } : store, renamed };
}

/**
 * The items of a review the standards no longer have (after `reconcile`), in order.
 * @example goneItems(review, known).map((item) => item.number) // ['1.17']
 */
export function goneItems(review: Review, known: ReadonlySet<string>): ItemReview[] {
  return review.items.filter((item) => !known.has(item.number));
}
