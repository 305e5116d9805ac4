import { compareItemNumbers, parseItemNumber } from '../content/item-number';
import { dayOf, LIMITS, type Evidence, type EvidenceInput, type HistoryEntry, type ItemReview, type Level, type Review } from './model';

/*
 * The changes a person makes to a review. Every function here is pure: it
 * returns a new review and never changes the one it is given (so an unchanged
 * item is the same object before and after, which is how the page knows what
 * to redraw), and it takes the time as an argument. A changed item records
 * when (`changed`), so two tabs changing the same item agree on the later change.
 */

/** Records an item's state for the day of `now`, replacing an earlier record of the same day. */
function record(item: ItemReview, now: Date): ItemReview {
  const entry: HistoryEntry = { on: dayOf(now), level: item.level, priority: item.priority };
  const last = item.history.at(-1);
  if (last && last.on === entry.on) return { ...item, history: [...item.history.slice(0, -1), entry] };
  // The oldest records go first when an item has been changed on very many days.
  return { ...item, history: [...item.history, entry].slice(-LIMITS.history) };
}

function newItem(number: string, now: Date): ItemReview {
  return record({ number, level: 'not-started', priority: false, evidence: [], history: [] }, now);
}

function touched(review: Review, items: ItemReview[], now: Date): Review {
  return { ...review, items, updated: now.toISOString() };
}

function updateItem(review: Review, number: string, now: Date, change: (item: ItemReview) => ItemReview): Review {
  const item = review.items.find((i) => i.number === number);
  if (!item) return review;
  const next = change(item);
  if (next === item) return review;
  const stamped = { ...next, changed: now.toISOString() };
  return touched(
    review,
    review.items.map((i) => (i === item ? stamped : i)),
    now,
  );
}

/**
 * A new review of the given items, each not started.
 * @example createReview({ id: 'r-1', title: 'Review 2026', stage: 'nqt', numbers: ['1.14'], now: new Date() })
 */
export function createReview(options: { id: string; title: string; stage: string | null; numbers: string[]; now: Date }): Review {
  const { id, title, stage, numbers, now } = options;
  const empty: Review = { id, title: title.trim(), stage, created: now.toISOString(), updated: now.toISOString(), items: [] };
  return addItems(empty, numbers, now);
}

/**
 * Adds items not already in the review, keeping the standards' order. Unknown spellings are ignored.
 * @example addItems(review, ['1.1', '3.4a'], new Date()).items.map((i) => i.number)
 */
export function addItems(review: Review, numbers: string[], now: Date): Review {
  const have = new Set(review.items.map((item) => item.number));
  const added = numbers
    .map((number) => parseItemNumber(number)?.text)
    .filter((number): number is string => number !== undefined && !have.has(number))
    .filter((number, index, all) => all.indexOf(number) === index)
    .map((number) => newItem(number, now));
  if (added.length === 0) return review;
  const items = [...review.items, ...added].sort((a, b) => compareItemNumbers(a.number, b.number));
  return touched(review, items, now);
}

/**
 * Takes an item, with its evidence, out of the review.
 * @example removeItem(review, '1.14', new Date())
 */
export function removeItem(review: Review, number: string, now: Date): Review {
  if (!review.items.some((item) => item.number === number)) return review;
  return touched(
    review,
    review.items.filter((item) => item.number !== number),
    now,
  );
}

/**
 * Sets an item's level, recording it in the item's history.
 * @example setLevel(review, '1.14', 'secure', new Date())
 */
export function setLevel(review: Review, number: string, level: Level, now: Date): Review {
  return updateItem(review, number, now, (item) => (item.level === level ? item : record({ ...item, level, fieldsChanged: { ...item.fieldsChanged, level: now.toISOString() } }, now)));
}

/**
 * Marks or unmarks an item as a priority for development.
 * @example setPriority(review, '3.4a', true, new Date())
 */
export function setPriority(review: Review, number: string, priority: boolean, now: Date): Review {
  return updateItem(review, number, now, (item) => (item.priority === priority ? item : record({ ...item, priority, fieldsChanged: { ...item.fieldsChanged, priority: now.toISOString() } }, now)));
}

/**
 * Adds a piece of evidence; the input must have passed `checkEvidence`.
 * Notes and links are stored trimmed; an empty link is left out.
 * @example addEvidence(review, '1.14', { id: 'e-1', note: 'Led INSET', date: '2026-03-01', url: '' }, new Date())
 */
export function addEvidence(review: Review, number: string, evidence: { id: string } & EvidenceInput, now: Date): Review {
  const url = evidence.url.trim();
  const entry: Evidence = { id: evidence.id, note: evidence.note.trim(), date: evidence.date, ...(url ? { url } : {}) };
  return updateItem(review, number, now, (item) => ({ ...item, evidence: [...item.evidence, entry].slice(0, LIMITS.evidencePerItem) }));
}

/**
 * Removes a piece of evidence by its id.
 * @example removeEvidence(review, '1.14', 'e-1', new Date())
 */
export function removeEvidence(review: Review, number: string, evidenceId: string, now: Date): Review {
  return updateItem(review, number, now, (item) => {
    if (!item.evidence.some((e) => e.id === evidenceId)) return item;
    // The id is remembered, so that another tab's copy of the item does not bring the evidence back.
    const evidenceRemoved = [...(item.evidenceRemoved ?? []), evidenceId].slice(-LIMITS.evidenceRemoved);
    return { ...item, evidence: item.evidence.filter((e) => e.id !== evidenceId), evidenceRemoved };
  });
}

/**
 * Changes a review's title and stage.
 * @example updateDetails(review, { title: 'Review 2027', stage: null }, new Date())
 */
export function updateDetails(review: Review, details: { title: string; stage: string | null }, now: Date): Review {
  const stamp = now.toISOString();
  return { ...review, title: details.title.trim(), stage: details.stage, updated: stamp, detailsChanged: stamp };
}
