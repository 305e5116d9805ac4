import { describe, expect, it } from 'vitest';
import { aggregate, meanLevel, middleLevel, onStage } from './aggregate';
import { compareCohorts } from './change';
import { citationIndex, whatToOffer } from '../../../lib/content/offers';
import { SHARED_FORMAT, type SharedReview } from '../../../lib/review/shared-format';
import { threshold } from './small-cells';
import { cohortView, levelRow } from './views';
import type { Level } from '../../../lib/review/model';

/* The cohort's figures, the threshold and a row as shown, change between cohorts and what to offer (the rule itself is attacked in cohort-disclosure.test.ts). */

const ORDER = ['1.1', '1.2', '3.4a', '6.1'];
const CONTEXT = { order: ORDER, areaOf: new Map(ORDER.map((n) => [n, Number(n[0])])), areas: [1, 3, 6] };
const input = (people: SharedReview[], min = 3, earlier: SharedReview[] = []) => ({ people, earlier, stage: null, min, context: CONTEXT });

function person(id: string, levels: Record<string, Level>, options: { priorities?: string[]; stage?: string; date?: string } = {}): SharedReview {
  return {
    format: SHARED_FORMAT,
    version: 1,
    review: id,
    stage: options.stage ?? null,
    date: options.date ?? '2026-03-01',
    items: Object.entries(levels).map(([number, level]) => ({ number, level, priority: options.priorities?.includes(number) ?? false })),
  };
}

const cohort = [
  person('r-a', { '1.1': 'secure', '1.2': 'developing', '3.4a': 'not-started' }, { priorities: ['3.4a'], stage: 'middle-leaders', date: '2026-01-05' }),
  person('r-b', { '1.1': 'secure', '1.2': 'leading', '3.4a': 'developing' }, { priorities: ['3.4a', '1.2'], stage: 'middle-leaders' }),
  person('r-c', { '1.1': 'secure', '1.2': 'developing', '9.9': 'leading' }, { priorities: ['3.4a'], date: '2026-03-20' }),
];

describe('aggregate', () => {
  const figures = aggregate(cohort, ORDER);

  it('counts people at each level per item, leaving out numbers the standards do not have', () => {
    expect(figures.people).toBe(3);
    expect(figures.items.map((i) => i.number)).toEqual(['1.1', '1.2', '3.4a']);
    expect(figures.items[0]).toMatchObject({ counts: { 'not-started': 0, developing: 0, secure: 3, leading: 0 }, reviewed: 3, priority: 0 });
    expect(figures.items[1]).toMatchObject({ counts: { 'not-started': 0, developing: 2, secure: 0, leading: 1 }, reviewed: 3, priority: 1 });
  });

  it('counts people per key area by the middle of their levels there', () => {
    expect(middleLevel(['secure', 'developing'])).toBe('developing');
    expect(middleLevel(['leading', 'secure', 'not-started'])).toBe('secure');
    expect(figures.areas.find((a) => a.area === 1)).toMatchObject({ counts: { 'not-started': 0, developing: 2, secure: 1, leading: 0 }, reviewed: 3 });
    expect(figures.areas.find((a) => a.area === 3)?.reviewed).toBe(2);
  });

  it('dates the cohort and lists the most common priorities first', () => {
    expect([figures.from, figures.to]).toEqual(['2026-01-05', '2026-03-20']);
    expect(figures.priorities.map((i) => [i.number, i.priority])).toEqual([
      ['3.4a', 2],
      ['1.2', 1],
    ]);
  });

  it('filters by career stage', () => {
    expect(onStage(cohort, 'middle-leaders').map((p) => p.review)).toEqual(['r-a', 'r-b']);
    expect(onStage(cohort, null)).toHaveLength(3);
    expect(aggregate([], ORDER)).toMatchObject({ people: 0, from: null, items: [], areas: [] });
  });

  it('averages levels from 0 to 3', () => {
    expect(meanLevel(figures.items[1]!)).toBe(5 / 3);
  });
});

describe('the small-cell rule', () => {
  it('never goes below 3', () => {
    expect(threshold('2')).toBe(3);
    expect(threshold('nonsense')).toBe(3);
    expect(threshold(5.7)).toBe(5);
  });

  it('hides every figure of a cohort under the threshold', () => {
    const view = cohortView(input(cohort.slice(0, 2)));
    expect(view.items.every((row) => !row.reviewed.shown && Object.values(row.levels).every((c) => !c.shown))).toBe(true);
  });

  it('hides a second figure when one hidden figure could be worked out from the total, and says nothing of which was small', () => {
    // Not reviewed 0, not started 1, developing 3, secure 4, leading 5: the 0 and the 1 add up to 1, so the 3 goes too.
    const row = levelRow([0, 1, 3, 4, 5], [false, false, false, true, true]);
    expect(row.levels['not-started']).toEqual({ shown: false, why: 'hidden' });
    expect(row.levels.developing).toEqual({ shown: false, why: 'hidden' });
    expect(row.levels.secure).toEqual({ shown: true, count: 4 });
    expect(row.reviewed).toEqual({ shown: false, why: 'hidden' });
    const many = Array.from({ length: 13 }, (_, i) => person(`m-${i}`, { '1.1': i === 0 ? 'not-started' : i < 4 ? 'developing' : i < 8 ? 'secure' : 'leading' }));
    const shown = cohortView(input(many)).items[0]!;
    expect([shown.levels['not-started'].shown, shown.levels.developing.shown, shown.levels.secure, shown.levels.leading]).toEqual([false, false, { shown: true, count: 4 }, { shown: true, count: 5 }]);
    // "Not reviewed" (0) is among the hidden, so the number who reviewed it would give the hidden ones away.
    expect(shown.reviewed).toEqual({ shown: false, why: 'hidden' });
  });

  it('shows zeros that the total gives away anyway, and raises the threshold when the lead asks', () => {
    const four = Array.from({ length: 4 }, (_, i) => person(`f-${i}`, { '1.1': 'secure' }));
    expect(cohortView(input(four)).items[0]!.levels).toMatchObject({ 'not-started': { shown: true, count: 0 }, secure: { shown: true, count: 4 } });
    expect(cohortView(input(four, 5)).items[0]!.levels.secure.shown).toBe(false);
  });
});

describe('change between two cohorts', () => {
  it('gives the change at Secure or Leading in points, only where both figures are shown', () => {
    const many = (prefix: string, n: number, level: Level) => Array.from({ length: n }, (_, i) => person(`${prefix}-${i}`, { '1.1': level, '1.2': level }));
    const start = [...many('s1', 3, 'developing'), ...many('s2', 3, 'secure')];
    const end = [...many('e1', 3, 'developing'), ...many('e2', 9, 'leading')];
    const { mode, areas, items } = compareCohorts(input(end, 3, start));
    expect(mode).toBe('full');
    expect(items.find((r) => r.key === '1.1')?.points).toBe(25);
    expect(areas[0]?.points).toBe(25);
    // The earlier cohort's 1.2: two at Developing, one at Leading, so hidden.
    const small = compareCohorts(input(end, 3, cohort));
    expect(small.items.find((r) => r.key === '1.2')).toMatchObject({ before: null, points: null });
  });
});

describe('what to offer', () => {
  it('lists the weakest items and most common priorities with what cites them', () => {
    const index = citationIndex([
      { offer: { kind: 'caseStudy', title: 'A case', href: '/case-studies/a/' }, standards: ['3.4a', '1.1'] },
      { offer: { kind: 'pathway', title: 'A way in', href: '/pathways/b/' }, standards: ['1.2'] },
    ]);
    const many = Array.from({ length: 4 }, (_, i) => person(`r-${i}`, { '1.1': 'leading', '1.2': 'developing', '3.4a': 'not-started' }, { priorities: ['1.2'] }));
    const rows = whatToOffer(cohortView(input(many)), index, 1);
    expect(rows).toEqual([
      { number: '1.2', weak: false, priority: true, offers: [{ kind: 'pathway', title: 'A way in', href: '/pathways/b/' }] },
      { number: '3.4a', weak: true, priority: false, offers: [{ kind: 'caseStudy', title: 'A case', href: '/case-studies/a/' }] },
    ]);
    // Items reviewed by fewer people than the threshold are never called weakest.
    expect(whatToOffer(cohortView(input(cohort.slice(0, 2))), index)).toEqual([]);
  });
});
