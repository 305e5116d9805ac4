import { describe, expect, it } from 'vitest';
import { addEvidence, addItems, createReview, removeEvidence, removeItem, setLevel, setPriority, updateDetails } from './edits';
import { checkEvidence, checkTitle, dayOf, hasMarkup, isDay, isHttpUrl, reviewSchema, type Review } from './model';
import { changedSince } from './changes';
import { compareReviews, countChanges } from './compare';
import { priorities, summarise } from './summary';

/* Noon UTC, so the day is the same in any time zone the tests run in. */
const JAN = new Date('2026-01-10T12:00:00Z');
const MAR = new Date('2026-03-15T12:00:00Z');
const JUN = new Date('2026-06-20T12:00:00Z');

function sample(): Review {
  return createReview({ id: 'r-1', title: '  Review 2026 ', stage: 'existing-leaders', numbers: ['3.4a', '1.14', '1.2', '1.14', '2.1a'], now: JAN });
}

describe('createReview and addItems', () => {
  it('keeps the standards’ order, drops duplicates, trims the title and starts every item not started', () => {
    const review = sample();
    expect(review.title).toBe('Review 2026');
    expect(review.items.map((i) => i.number)).toEqual(['1.2', '1.14', '2.1a', '3.4a']);
    expect(review.items.every((i) => i.level === 'not-started' && !i.priority && i.evidence.length === 0)).toBe(true);
    expect(review.items[0]!.history).toEqual([{ on: '2026-01-10', level: 'not-started', priority: false }]);
    expect(reviewSchema.safeParse(review).success).toBe(true);
  });

  it('adds only new, well-formed numbers, in order, and leaves the review unchanged when nothing is new', () => {
    const review = sample();
    const more = addItems(review, ['1.1', '3.4a', 'nonsense', '1.10'], MAR);
    expect(more.items.map((i) => i.number)).toEqual(['1.1', '1.2', '1.10', '1.14', '2.1a', '3.4a']);
    expect(more.updated).toBe(MAR.toISOString());
    expect(addItems(review, ['3.4a'], MAR)).toBe(review);
  });

  it('never changes the review it is given', () => {
    const review = sample();
    const copy = structuredClone(review);
    setLevel(review, '1.14', 'secure', MAR);
    setPriority(review, '1.14', true, MAR);
    addEvidence(review, '1.14', { id: 'e-1', note: 'x', date: '2026-03-01', url: '' }, MAR);
    removeItem(review, '1.14', MAR);
    expect(review).toEqual(copy);
  });
});

describe('levels, priorities and evidence', () => {
  it('records one history entry per day, the last state of that day', () => {
    let review = sample();
    review = setLevel(review, '1.14', 'developing', MAR);
    review = setLevel(review, '1.14', 'secure', MAR);
    review = setPriority(review, '1.14', true, JUN);
    const item = review.items.find((i) => i.number === '1.14')!;
    expect(item.level).toBe('secure');
    expect(item.history).toEqual([
      { on: '2026-01-10', level: 'not-started', priority: false },
      { on: '2026-03-15', level: 'secure', priority: false },
      { on: '2026-06-20', level: 'secure', priority: true },
    ]);
  });

  it('ignores changes to items not in the review', () => {
    const review = sample();
    expect(setLevel(review, '6.1', 'leading', MAR)).toBe(review);
    expect(removeItem(review, '6.1', MAR)).toBe(review);
  });

  it('adds evidence trimmed, leaves out an empty link, and removes it by id', () => {
    let review = addEvidence(sample(), '1.2', { id: 'e-1', note: '  Led INSET on the vision  ', date: '2026-03-01', url: '  ' }, MAR);
    review = addEvidence(review, '1.2', { id: 'e-2', note: 'Minutes', date: '2026-03-02', url: 'https://example.org/minutes' }, MAR);
    expect(review.items[0]!.evidence).toEqual([
      { id: 'e-1', note: 'Led INSET on the vision', date: '2026-03-01' },
      { id: 'e-2', note: 'Minutes', date: '2026-03-02', url: 'https://example.org/minutes' },
    ]);
    expect(reviewSchema.safeParse(review).success).toBe(true);
    review = removeEvidence(review, '1.2', 'e-1', JUN);
    expect(review.items[0]!.evidence.map((e) => e.id)).toEqual(['e-2']);
  });

  it('lists priorities in the standards’ order and removes items with their evidence', () => {
    let review = setPriority(sample(), '3.4a', true, MAR);
    review = setPriority(review, '1.2', true, MAR);
    expect(priorities(review).map((i) => i.number)).toEqual(['1.2', '3.4a']);
    review = removeItem(review, '1.2', MAR);
    expect(priorities(review).map((i) => i.number)).toEqual(['3.4a']);
  });

  it('changes the title and stage', () => {
    const review = updateDetails(sample(), { title: ' Review 2027 ', stage: null }, MAR);
    expect([review.title, review.stage]).toEqual(['Review 2027', null]);
  });
});

describe('checking what a person types', () => {
  it('accepts plain evidence, with or without a link', () => {
    expect(checkEvidence({ note: 'Chaired the governors’ curriculum committee; attendance < 90% → 94%', date: '2026-03-01', url: '' })).toEqual([]);
    expect(checkEvidence({ note: 'Notes', date: '2026-03-01', url: 'http://intranet.school.example/notes' })).toEqual([]);
  });

  it('names each problem', () => {
    expect(checkEvidence({ note: '  ', date: '', url: 'javascript:alert(1)' })).toEqual(['note-missing', 'date-invalid', 'url-invalid']);
    expect(checkEvidence({ note: 'x'.repeat(1001), date: '2026-02-30', url: 'ftp://example.org/' })).toEqual(['note-too-long', 'date-invalid', 'url-invalid']);
    expect(checkEvidence({ note: '<img src=x onerror=alert(1)>', date: '2026-03-01', url: '' })).toEqual(['note-markup']);
    expect(checkTitle(' ')).toBe('title-missing');
    expect(checkTitle('<b>Review</b>')).toBe('title-markup');
    expect(checkTitle('Review 2026')).toBeUndefined();
  });

  it('tells markup from text that merely contains angle brackets', () => {
    expect(['<script>', '</p>', '<!-- x -->', '<?xml', '<svg onload=x>'].map(hasMarkup)).toEqual([true, true, true, true, true]);
    expect(['5 < 6', '<3', 'a <= b', '> quoted'].map(hasMarkup)).toEqual([false, false, false, false]);
  });

  it('accepts only http and https links', () => {
    expect(['https://hwb.gov.wales/', 'http://localhost:8080/x'].map(isHttpUrl)).toEqual([true, true]);
    expect(['javascript:alert(1)', 'data:text/html,<b>', 'vbscript:x', '//example.org', 'example.org', 'https://exa mple.org', 'https://'].map(isHttpUrl)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('checks days', () => {
    expect(['2026-02-28', '2028-02-29'].map(isDay)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '26-01-01', '2026-1-1', ''].map(isDay)).toEqual([false, false, false, false, false]);
    expect(dayOf(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('summaries', () => {
  it('counts each level per key area and in total', () => {
    let review = addItems(sample(), ['1.3', '6.1'], JAN);
    review = setLevel(review, '1.2', 'secure', MAR);
    review = setLevel(review, '1.14', 'leading', MAR);
    review = setLevel(review, '3.4a', 'developing', MAR);
    const { areas, totals } = summarise(review);
    expect(areas.map((a) => a.area)).toEqual([1, 2, 3, 6]);
    expect(areas[0]).toEqual({ area: 1, counts: { 'not-started': 1, developing: 0, secure: 1, leading: 1 }, total: 3 });
    expect(totals).toEqual({ area: 0, counts: { 'not-started': 3, developing: 1, secure: 1, leading: 1 }, total: 6 });
  });

  it('summarises an empty review as nothing', () => {
    const review = createReview({ id: 'r-2', title: 'Empty', stage: null, numbers: [], now: JAN });
    expect(summarise(review)).toEqual({ areas: [], totals: { area: 0, counts: { 'not-started': 0, developing: 0, secure: 0, leading: 0 }, total: 0 } });
  });
});

describe('compareReviews', () => {
  it('puts the levels of two reviews side by side over every item in either', () => {
    let first = createReview({ id: 'r-2025', title: '2025', stage: null, numbers: ['1.1', '1.2', '1.3', '2.1'], now: JAN });
    first = setLevel(setLevel(first, '1.1', 'developing', JAN), '1.2', 'secure', JAN);
    let second = createReview({ id: 'r-2026', title: '2026', stage: null, numbers: ['1.1', '1.2', '1.3', '3.1'], now: MAR });
    second = setLevel(setLevel(second, '1.1', 'secure', MAR), '1.2', 'developing', MAR);
    const rows = compareReviews(first, second);
    expect(rows).toEqual([
      { number: '1.1', first: 'developing', second: 'secure', change: 'higher' },
      { number: '1.2', first: 'secure', second: 'developing', change: 'lower' },
      { number: '1.3', first: 'not-started', second: 'not-started', change: 'same' },
      { number: '2.1', first: 'not-started', second: undefined, change: 'only-first' },
      { number: '3.1', first: undefined, second: 'not-started', change: 'only-second' },
    ]);
    expect(countChanges(rows)).toEqual({ higher: 1, lower: 1, same: 1, 'only-first': 1, 'only-second': 1 });
  });
});

describe('changedSince', () => {
  it('reports levels, priorities, new items and evidence dated since a day, and nothing else', () => {
    let review = sample();
    review = setLevel(review, '1.2', 'developing', JAN);
    review = setLevel(review, '1.2', 'secure', JUN);
    review = setPriority(review, '1.14', true, JUN);
    review = addEvidence(review, '2.1a', { id: 'e-old', note: 'Old', date: '2026-01-05', url: '' }, JAN);
    review = addEvidence(review, '2.1a', { id: 'e-new', note: 'New', date: '2026-04-01', url: '' }, JUN);
    review = addItems(review, ['6.1'], JUN);
    const changes = changedSince(review, '2026-03-01');
    expect(changes.map((c) => c.number)).toEqual(['1.2', '1.14', '2.1a', '6.1']);
    expect(changes[0]).toMatchObject({ before: { level: 'developing', priority: false }, after: { level: 'secure', priority: false } });
    expect(changes[1]).toMatchObject({ before: { priority: false }, after: { priority: true } });
    expect(changes[2]!.evidence.map((e) => e.id)).toEqual(['e-new']);
    expect(changes[3]!.before).toBeUndefined();
  });

  it('counts a change made on the day itself as a change since that day', () => {
    const review = setLevel(sample(), '1.2', 'leading', MAR);
    expect(changedSince(review, '2026-03-15').map((c) => c.number)).toEqual(['1.2']);
    expect(changedSince(review, '2026-03-16')).toEqual([]);
  });
});
