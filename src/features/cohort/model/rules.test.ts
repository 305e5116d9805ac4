import { describe, expect, it } from 'vitest';
import { aggregate, meanLevel, middleLevel } from './aggregate';
import { groupRows, groupSizeOk, layoutOf, maskOver, placesOf, protectCounts, rowKeys, rowOf, sumOver, type RowContext } from './disclosure';
import { SHARED_FORMAT, type SharedReview } from '../../../lib/review/shared-format';
import { MIN_THRESHOLD, threshold } from './small-cells';
import type { Level } from '../../../lib/review/model';

/*
 * The cohort's building blocks one by one, at their edges: the threshold, a
 * group's size, one row's counts, the rows of a group and a figure over
 * several groups (src/features/cohort/model/disclosure.ts, small-cells.ts), and the
 * figures of aggregate.ts. The rule as a whole is attacked in
 * cohort-disclosure.test.ts.
 */

const ORDER = ['1.1', '1.2', '2.1'];
const context = (): RowContext => ({ order: ORDER, areaOf: new Map(ORDER.map((n) => [n, Number(n[0])])), areas: [1, 2] });

function person(id: string, levels: Record<string, Level>, priorities: string[] = [], date = '2026-03-01'): SharedReview {
  return {
    format: SHARED_FORMAT,
    version: 1,
    review: id,
    stage: null,
    date,
    items: Object.entries(levels).map(([number, level]) => ({ number, level, priority: priorities.includes(number) })),
  };
}

describe('threshold', () => {
  it('is the whole number asked for, never under 3 and never over 1000', () => {
    expect(MIN_THRESHOLD).toBe(3);
    expect(threshold(3)).toBe(3);
    expect(threshold(4)).toBe(4);
    expect(threshold('7')).toBe(7);
    expect(threshold('7.9')).toBe(7);
    expect(threshold(7.9)).toBe(7);
    expect(threshold(2)).toBe(3);
    expect(threshold(-10)).toBe(3);
    expect(threshold(1000)).toBe(1000);
    expect(threshold(1001)).toBe(1000);
    expect(threshold('99999')).toBe(1000);
    // A number is taken as it is, not as the text it would print as ("1e+21").
    expect(threshold(1e21)).toBe(1000);
  });

  it('is 3 for anything that is not a number', () => {
    for (const value of [NaN, Infinity, -Infinity, null, undefined, '', 'three', {}]) expect(threshold(value), JSON.stringify(value) ?? typeof value).toBe(3);
  });
});

describe('groupSizeOk', () => {
  it('allows a group of no one, or of at least min people', () => {
    expect([0, 1, 2, 3, 4].map((size) => groupSizeOk(size, 3))).toEqual([true, false, false, true, true]);
    expect(groupSizeOk(4, 5)).toBe(false);
    expect(groupSizeOk(5, 5)).toBe(true);
  });
});

describe('protectCounts', () => {
  it('shows every count of min or more when nothing smaller is there', () => {
    expect(protectCounts([3, 4, 5], 3)).toEqual([true, true, true]);
    expect(protectCounts([], 3)).toEqual([]);
  });

  it('hides a count under min, then the smallest shown counts until the hidden ones reach min', () => {
    expect(protectCounts([1, 3, 4], 3)).toEqual([false, false, true]);
    expect(protectCounts([1, 4, 3], 3)).toEqual([false, true, false]);
    // The first of two equally small counts goes.
    expect(protectCounts([1, 3, 3], 3)).toEqual([false, false, true]);
    // Hidden 2 + 1 already reach 3: nothing more goes.
    expect(protectCounts([2, 1, 5], 3)).toEqual([false, false, true]);
    // Hidden counts that reach min exactly stop the hiding.
    expect(protectCounts([2, 3, 9], 5)).toEqual([false, false, true]);
  });

  it('hides everything when even that cannot reach min', () => {
    expect(protectCounts([1, 1], 3)).toEqual([false, false]);
    expect(protectCounts([2], 3)).toEqual([false]);
  });

  it('shows hidden zeros as 0, since the total gives them away anyway', () => {
    expect(protectCounts([0, 0, 5], 3)).toEqual([true, true, true]);
    expect(protectCounts([0, 1, 5], 3)).toEqual([false, false, false]);
  });
});

describe('the rows of a group', () => {
  const people = [
    person('a', { '1.1': 'secure', '1.2': 'developing' }, ['1.2']),
    person('b', { '1.1': 'leading', '1.2': 'leading', '2.1': 'not-started' }),
    person('c', { '9.9': 'leading' }, ['9.9']),
  ];

  it('lists the key areas, then the items, then the priorities', () => {
    expect(rowKeys(context())).toEqual(['area:1', 'area:2', 'item:1.1', 'item:1.2', 'item:2.1', 'priority:1.1', 'priority:1.2', 'priority:2.1']);
  });

  it('lays the rows out once per context, with what a person who reviewed nothing is in each', () => {
    const rows = context();
    const layout = layoutOf(rows);
    expect(layoutOf(rows)).toBe(layout);
    expect(layout.index.get('item:1.1')).toBe(2);
    expect(layout.rowsOf.get('1.2')).toEqual({ item: 3, priority: 6, area: 0 });
    expect(layout.rowsOf.get('2.1')).toEqual({ item: 4, priority: 7, area: 1 });
    expect([...layout.blank]).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    expect(layout.id).toBe('1,2|1.1,1.2,2.1');
    // An item whose key area is not shown has no rows.
    const partial = layoutOf({ order: ORDER, areaOf: new Map([['1.1', 1]]), areas: [1] });
    expect([...partial.rowsOf.keys()]).toEqual(['1.1']);
  });

  it('places a person in each row: not reviewed or their level; chosen or not as a priority; the middle level of a key area', () => {
    const rows = context();
    expect([...placesOf(people[0]!, rows)]).toEqual([2, 0, 3, 2, 0, 1, 0, 1]);
    expect([...placesOf(people[1]!, rows)]).toEqual([4, 1, 4, 4, 1, 1, 1, 1]);
    expect([...placesOf(people[2]!, rows)]).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    // Worked out again for another context.
    const other = { order: ['1.1'], areaOf: new Map([['1.1', 1]]), areas: [1] };
    expect([...placesOf(people[0]!, other)]).toEqual([3, 3, 1]);
    expect([...placesOf(people[0]!, rows)]).toEqual([2, 0, 3, 2, 0, 1, 0, 1]);
  });

  it('takes the lower middle level of a key area with an even number of items', () => {
    const rows = context();
    const even = person('d', { '1.1': 'not-started', '1.2': 'leading' });
    expect(placesOf(even, rows)[0]).toBe(1);
    const odd = person('e', { '1.1': 'leading', '1.2': 'developing' });
    expect(placesOf(odd, rows)[0]).toBe(2);
  });

  it('counts the group in every row, and answers for a row it does not have', () => {
    const group = groupRows(people, context());
    expect(group.size).toBe(3);
    expect(rowOf(group, 'item:1.1')).toEqual([1, 0, 0, 1, 1]);
    expect(rowOf(group, 'area:2')).toEqual([2, 1, 0, 0, 0]);
    expect(rowOf(group, 'priority:1.2')).toEqual([1, 2]);
    expect(rowOf(group, 'item:9.9')).toEqual([3, 0, 0, 0, 0]);
    expect(rowOf(group, 'priority:9.9')).toEqual([0, 3]);
    expect(groupRows([], context()).counts.every((n) => n === 0)).toBe(true);
  });
});

describe('a figure over several groups', () => {
  const many = (prefix: string, n: number, level: Level) => Array.from({ length: n }, (_, i) => person(`${prefix}${i}`, { '1.1': level }));

  it('is shown only where every group that has people shows it', () => {
    const a = groupRows([...many('a', 3, 'secure'), ...many('b', 4, 'leading')], context());
    // One at Developing: it is hidden, and the first of the two 4s with it.
    const b = groupRows([...many('c', 4, 'secure'), ...many('d', 4, 'leading'), ...many('e', 1, 'developing')], context());
    expect(maskOver([a], 'item:1.1', 3)).toEqual([true, true, true, true, true]);
    expect(maskOver([b], 'item:1.1', 3)).toEqual([false, false, false, false, true]);
    expect(maskOver([a, b], 'item:1.1', 3)).toEqual([false, false, false, false, true]);
    expect(maskOver([b, a], 'item:1.1', 3)).toEqual([false, false, false, false, true]);
    expect(sumOver([a, b], 'item:1.1')).toEqual([0, 0, 1, 7, 8]);
  });

  it('shows nothing from a group of 1..min-1 people, and ignores an empty group', () => {
    const small = groupRows(many('s', 2, 'secure'), context());
    const big = groupRows(many('b', 3, 'secure'), context());
    const none = groupRows([], context());
    expect(maskOver([small], 'item:1.1', 3)).toEqual([false, false, false, false, false]);
    expect(maskOver([none, big], 'item:1.1', 3)).toEqual([true, true, true, true, true]);
    expect(maskOver([none], 'priority:1.1', 3)).toEqual([true, true]);
    expect(maskOver([], 'item:1.1', 3)).toEqual([true, true, true, true, true]);
    expect(sumOver([], 'priority:1.1')).toEqual([0, 0]);
  });
});

describe('aggregate at its edges', () => {
  it('takes the lower middle level, and not started for no levels', () => {
    expect(middleLevel(['leading', 'not-started'])).toBe('not-started');
    expect(middleLevel(['leading', 'secure', 'developing', 'not-started'])).toBe('developing');
    expect(middleLevel(['secure'])).toBe('secure');
    expect(middleLevel([])).toBe('not-started');
  });

  it('dates the cohort from its earliest to its latest review, whatever their order', () => {
    const people = [person('a', {}, [], '2026-02-01'), person('b', {}, [], '2026-01-01'), person('c', {}, [], '2026-03-01'), person('d', {}, [], '2026-02-15')];
    expect(aggregate(people, ORDER)).toMatchObject({ from: '2026-01-01', to: '2026-03-01' });
    expect(aggregate([person('a', {}, [], '2026-02-01')], ORDER)).toMatchObject({ from: '2026-02-01', to: '2026-02-01' });
  });

  it('orders priorities by how many chose them, then as the standards do', () => {
    const people = [person('a', { '2.1': 'secure', '1.2': 'secure' }, ['2.1', '1.2']), person('b', { '2.1': 'secure', '1.1': 'secure' }, ['2.1', '1.1'])];
    expect(aggregate(people, ORDER).priorities.map((i) => [i.number, i.priority])).toEqual([
      ['2.1', 2],
      ['1.1', 1],
      ['1.2', 1],
    ]);
  });

  it('sorts key areas, counts each person once per key area, and gives items their key area', () => {
    const figures = aggregate([person('a', { '2.1': 'secure', '1.1': 'leading', '1.2': 'leading' })], ORDER);
    expect(figures.areas.map((a) => [a.area, a.reviewed, a.counts])).toEqual([
      [1, 1, { 'not-started': 0, developing: 0, secure: 0, leading: 1 }],
      [2, 1, { 'not-started': 0, developing: 0, secure: 1, leading: 0 }],
    ]);
    expect(figures.items.map((i) => [i.number, i.area])).toEqual([
      ['1.1', 1],
      ['1.2', 1],
      ['2.1', 2],
    ]);
    expect(aggregate([], ['x'])).toMatchObject({ items: [] });
  });

  it('averages levels over those who reviewed, and is 0 when no one did', () => {
    expect(meanLevel({ counts: { 'not-started': 1, developing: 1, secure: 0, leading: 0 }, reviewed: 2 })).toBe(0.5);
    expect(meanLevel({ counts: { 'not-started': 0, developing: 0, secure: 1, leading: 1 }, reviewed: 2 })).toBe(2.5);
    expect(meanLevel({ counts: { 'not-started': 0, developing: 0, secure: 0, leading: 0 }, reviewed: 0 })).toBe(0);
  });
});
