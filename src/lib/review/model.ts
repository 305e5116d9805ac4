import { z } from './zod';
import { compareItemNumbers, parseItemNumber } from '../item-number';

/*
 * The review model: a practitioner's self-review against the standards, kept in
 * their own browser. Types are inferred from the zod schemas, so each field is
 * declared once; the storage format (`storage-format.ts`) wraps these in a
 * versioned file. Every function here is pure: it returns a new review and never
 * changes the one it is given, and takes the time as an argument.
 */

/** The scale, from nothing yet to leading others; the order is the order of progress. */
export const LEVELS = ['not-started', 'developing', 'secure', 'leading'] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

/** Longest note, title and link accepted, so that one review cannot fill the browser's storage. */
export const LIMITS = { title: 120, note: 1000, url: 2000, evidencePerItem: 100, items: 400, history: 1000 } as const;

/** The message zod reports for text that contains markup; `storage-format.ts` looks for it. */
export const MARKUP_MESSAGE = 'contains markup';

/**
 * True when text contains something a browser would read as markup: a tag,
 * closing tag, comment or declaration. `5 < 6` and `<3` are not markup.
 * @example hasMarkup('<script>alert(1)</script>') // true
 */
export function hasMarkup(text: string): boolean {
  return /<[a-z!/?]/i.test(text);
}

/**
 * True for an absolute http or https address; `javascript:`, `data:` and the rest are refused.
 * @example isHttpUrl('https://hwb.gov.wales/') // true
 */
export function isHttpUrl(text: string): boolean {
  if (text.length > LIMITS.url || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * True for a real calendar day written `YYYY-MM-DD`.
 * @example isDay('2026-02-30') // false
 */
export function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The day of `date` in the browser's own time zone, as `YYYY-MM-DD`: what a person calls "today". */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const plainText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((text) => text.trim() !== '', { message: 'is empty' })
    .refine((text) => !hasMarkup(text), { message: MARKUP_MESSAGE });

export const idSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);
export const daySchema = z.string().refine(isDay, { message: 'expected a date written YYYY-MM-DD' });
export const timestampSchema = z.iso.datetime();
export const itemNumberSchema = z
  .string()
  .refine((text) => parseItemNumber(text)?.text === text, { message: 'expected an item number such as "1.14" or "3.4a"' });
export const stageIdSchema = z.string().regex(/^[a-z0-9-]{1,60}$/);

/** One piece of evidence: a short note, the day it is from and, optionally, where it is. */
export const evidenceSchema = z
  .object({
    id: idSchema,
    note: plainText(LIMITS.note),
    date: daySchema,
    url: z.string().refine(isHttpUrl, { message: 'expected an address starting http:// or https://' }).optional(),
  })
  .strict();
export type Evidence = z.infer<typeof evidenceSchema>;

/** The state of an item at the end of a day; kept so a review can say what changed since a date. */
export const historyEntrySchema = z.object({ on: daySchema, level: levelSchema, priority: z.boolean() }).strict();
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** A statement or action as reviewed: its level, whether it is a priority, and the evidence for it. */
export const itemReviewSchema = z
  .object({
    number: itemNumberSchema,
    level: levelSchema,
    priority: z.boolean(),
    evidence: z.array(evidenceSchema).max(LIMITS.evidencePerItem),
    history: z.array(historyEntrySchema).max(LIMITS.history),
  })
  .strict();
export type ItemReview = z.infer<typeof itemReviewSchema>;

export const reviewSchema = z
  .object({
    id: idSchema,
    title: plainText(LIMITS.title),
    /** A stage of the leadership continuum, by id; null when none is chosen. */
    stage: stageIdSchema.nullable(),
    created: timestampSchema,
    updated: timestampSchema,
    items: z.array(itemReviewSchema).max(LIMITS.items),
  })
  .strict()
  .superRefine((review, ctx) => {
    const seen = new Set<string>();
    review.items.forEach((item, index) => {
      if (seen.has(item.number)) ctx.addIssue({ code: 'custom', path: ['items', index, 'number'], message: `${item.number} is listed twice` });
      seen.add(item.number);
    });
  });
export type Review = z.infer<typeof reviewSchema>;

/** What a person types to add evidence, before it is checked. */
export interface EvidenceInput {
  note: string;
  date: string;
  url: string;
}

export type EvidenceProblem = 'note-missing' | 'note-too-long' | 'note-markup' | 'date-invalid' | 'url-invalid';

/**
 * Checks evidence as typed, with the same rules an imported file must meet, so
 * that everything the tool stores can be exported and imported again.
 * @example checkEvidence({ note: 'Led INSET', date: '2026-03-12', url: 'javascript:x' }) // ['url-invalid']
 */
export function checkEvidence(input: EvidenceInput): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const note = input.note.trim();
  if (note === '') problems.push('note-missing');
  else if (note.length > LIMITS.note) problems.push('note-too-long');
  else if (hasMarkup(note)) problems.push('note-markup');
  if (!isDay(input.date)) problems.push('date-invalid');
  const url = input.url.trim();
  if (url !== '' && !isHttpUrl(url)) problems.push('url-invalid');
  return problems;
}

export type TitleProblem = 'title-missing' | 'title-too-long' | 'title-markup';

/** Checks a review's title as typed. */
export function checkTitle(title: string): TitleProblem | undefined {
  const text = title.trim();
  if (text === '') return 'title-missing';
  if (text.length > LIMITS.title) return 'title-too-long';
  if (hasMarkup(text)) return 'title-markup';
  return undefined;
}

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
  if (!review.items.some((item) => item.number === number)) return review;
  return touched(review, review.items.map((item) => (item.number === number ? change(item) : item)), now);
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

/** Adds items not already in the review, keeping the standards' order. Unknown spellings are ignored. */
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

/** Takes an item, with its evidence, out of the review. */
export function removeItem(review: Review, number: string, now: Date): Review {
  if (!review.items.some((item) => item.number === number)) return review;
  return touched(review, review.items.filter((item) => item.number !== number), now);
}

export function setLevel(review: Review, number: string, level: Level, now: Date): Review {
  return updateItem(review, number, now, (item) => (item.level === level ? item : record({ ...item, level }, now)));
}

export function setPriority(review: Review, number: string, priority: boolean, now: Date): Review {
  return updateItem(review, number, now, (item) => (item.priority === priority ? item : record({ ...item, priority }, now)));
}

/**
 * Adds a piece of evidence; the input must have passed `checkEvidence`.
 * Notes and links are stored trimmed; an empty link is left out.
 */
export function addEvidence(review: Review, number: string, evidence: { id: string } & EvidenceInput, now: Date): Review {
  const url = evidence.url.trim();
  const entry: Evidence = { id: evidence.id, note: evidence.note.trim(), date: evidence.date, ...(url ? { url } : {}) };
  return updateItem(review, number, now, (item) => ({ ...item, evidence: [...item.evidence, entry].slice(0, LIMITS.evidencePerItem) }));
}

export function removeEvidence(review: Review, number: string, evidenceId: string, now: Date): Review {
  return updateItem(review, number, now, (item) => ({ ...item, evidence: item.evidence.filter((e) => e.id !== evidenceId) }));
}

/** Changes a review's title and stage. */
export function updateDetails(review: Review, details: { title: string; stage: string | null }, now: Date): Review {
  return { ...review, title: details.title.trim(), stage: details.stage, updated: now.toISOString() };
}

export type LevelCounts = Record<Level, number>;

export interface KeyAreaSummary {
  area: number;
  counts: LevelCounts;
  total: number;
}

const zeroCounts = (): LevelCounts => ({ 'not-started': 0, developing: 0, secure: 0, leading: 0 });

/**
 * How many items of each key area are at each level, for the key areas the
 * review has items in, and the totals over all of them.
 * @example summarise(review).areas[0] // { area: 1, counts: { 'not-started': 3, developing: 2, secure: 1, leading: 0 }, total: 6 }
 */
export function summarise(review: Review): { areas: KeyAreaSummary[]; totals: KeyAreaSummary } {
  const byArea = new Map<number, KeyAreaSummary>();
  const totals: KeyAreaSummary = { area: 0, counts: zeroCounts(), total: 0 };
  for (const item of review.items) {
    const area = parseItemNumber(item.number)!.area;
    const summary = byArea.get(area) ?? { area, counts: zeroCounts(), total: 0 };
    summary.counts[item.level] += 1;
    summary.total += 1;
    totals.counts[item.level] += 1;
    totals.total += 1;
    byArea.set(area, summary);
  }
  return { areas: [...byArea.values()].sort((a, b) => a.area - b.area), totals };
}

/** The items flagged as priorities for development, in the standards' order. */
export function priorities(review: Review): ItemReview[] {
  return review.items.filter((item) => item.priority);
}

export type Comparison = 'higher' | 'lower' | 'same' | 'only-first' | 'only-second';

export interface ComparisonRow {
  number: string;
  first?: Level | undefined;
  second?: Level | undefined;
  /** How the level in the second review compares with the first. */
  change: Comparison;
}

/**
 * The levels of two reviews side by side, over every item in either.
 * @example compareReviews(review2025, review2026).filter((row) => row.change === 'higher')
 */
export function compareReviews(first: Review, second: Review): ComparisonRow[] {
  const a = new Map(first.items.map((item) => [item.number, item.level]));
  const b = new Map(second.items.map((item) => [item.number, item.level]));
  const numbers = [...new Set([...a.keys(), ...b.keys()])].sort(compareItemNumbers);
  return numbers.map((number) => {
    const x = a.get(number);
    const y = b.get(number);
    let change: Comparison;
    if (x === undefined) change = 'only-second';
    else if (y === undefined) change = 'only-first';
    else {
      const step = LEVELS.indexOf(y) - LEVELS.indexOf(x);
      change = step > 0 ? 'higher' : step < 0 ? 'lower' : 'same';
    }
    return { number, first: x, second: y, change };
  });
}

/** Counts of each kind of change, e.g. for "3 higher, 1 lower". */
export function countChanges(rows: ComparisonRow[]): Record<Comparison, number> {
  const counts: Record<Comparison, number> = { higher: 0, lower: 0, same: 0, 'only-first': 0, 'only-second': 0 };
  for (const row of rows) counts[row.change] += 1;
  return counts;
}

export interface ItemChange {
  number: string;
  /** The item's state at the end of the day before `since`; undefined when it was added since. */
  before?: { level: Level; priority: boolean } | undefined;
  after: { level: Level; priority: boolean };
  /** Evidence dated on or after `since`. */
  evidence: Evidence[];
}

/**
 * What changed in a review from the start of a day: levels, priorities, items
 * added and evidence dated since. Items with no change are left out.
 * @example changedSince(review, '2026-01-01').map((c) => `${c.number}: ${c.before?.level} → ${c.after.level}`)
 */
export function changedSince(review: Review, since: string): ItemChange[] {
  return review.items.flatMap((item): ItemChange[] => {
    const earlier = item.history.filter((entry) => entry.on < since).at(-1);
    const before = earlier ? { level: earlier.level, priority: earlier.priority } : undefined;
    const after = { level: item.level, priority: item.priority };
    const evidence = item.evidence.filter((e) => e.date >= since);
    const changed = !before || before.level !== after.level || before.priority !== after.priority || evidence.length > 0;
    return changed ? [{ number: item.number, before, after, evidence }] : [];
  });
}
