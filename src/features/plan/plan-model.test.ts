import { describe, expect, it } from 'vitest';
import { actionProgress, sincePrevious } from './changes';
import { addComments, markComment, removeAction, saveAction, type ActionInput } from './edits';
import { planToCsv, planToText, type PlanLabels } from './export';
import { mergePlans } from '../../lib/review/plan-merge';
import { createReview, setLevel, setPriority } from '../../lib/review/edits';
import type { Review } from '../../lib/review/model';
import { emptyStore, exportText, parseStore, type Store } from '../../lib/review/storage-format';
import { mergeTabs } from '../../lib/review/sync';

/*
 * The plan kept with a review: its edits, its merge when two tabs change it
 * (per action, by id, the later change wins, deletions stand), its files, and
 * what changed since the previous review.
 */

const T0 = new Date('2026-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const input = (what: string, more: Partial<ActionInput> = {}): ActionInput => ({ what, who: '', by: '', measure: '', status: 'not-started', revisit: '', ...more });

function review(id = 'r-1', created = T0): Review {
  return createReview({ id, title: 'Review', stage: null, numbers: ['1.1a', '1.14', '3.4a'], now: created });
}
const store = (...reviews: Review[]): Store => ({ ...emptyStore(), reviews });

describe('the plan’s edits', () => {
  it('adds, updates and deletes an action, leaving a tombstone', () => {
    let r = saveAction(review(), '1.14', 'a-1', input('Shadow the deputy', { who: 'Deputy head', by: '2026-04-01' }), at(1));
    expect(r.plan?.actions).toEqual([{ id: 'a-1', item: '1.14', what: 'Shadow the deputy', who: 'Deputy head', by: '2026-04-01', status: 'not-started', updatedAt: at(1).toISOString() }]);
    r = saveAction(r, '1.14', 'a-1', input('Shadow the deputy', { status: 'done' }), at(2));
    expect(r.plan?.actions[0]).toMatchObject({ status: 'done' });
    expect(r.plan?.actions[0]).not.toHaveProperty('who');
    r = removeAction(r, 'a-1', at(3));
    expect(r.plan).toEqual({ actions: [], removed: [{ id: 'a-1', updatedAt: at(3).toISOString() }] });
  });

  it('keeps a plan and comments through export and import', () => {
    let r = saveAction(review(), '1.14', 'a-1', input('Lead a staff meeting'), at(1));
    r = addComments(r, [{ id: 'c-1', item: '1.14', mentor: 'Rhian', date: '2026-03-02', text: 'Good choice', done: false, updatedAt: at(2).toISOString() }], at(2)).review;
    const read = parseStore(exportText(store(r)));
    expect(read.ok && read.store.reviews[0]).toEqual(r);
  });

  it('refuses a stored plan with markup or an unknown field, naming where', () => {
    const r = saveAction(review(), '1.14', 'a-1', input('x'), at(1));
    const bad = JSON.parse(exportText(store(r))) as { reviews: { plan: { actions: Record<string, unknown>[] } }[] };
    bad.reviews[0]!.plan.actions[0]!['what'] = '<img src=x onerror=alert(1)>';
    expect(parseStore(JSON.stringify(bad))).toEqual({ ok: false, error: { problem: 'markup', at: 'reviews[0].plan.actions[0].what' } });
    bad.reviews[0]!.plan.actions[0]!['what'] = 'fine';
    bad.reviews[0]!.plan.actions[0]!['__proto__'] = 1;
    bad.reviews[0]!.plan.actions[0]!['extra'] = 1;
    expect(parseStore(JSON.stringify(bad)).ok).toBe(false);
  });

  it('marks a comment done without changing a level or an action', () => {
    let r = saveAction(review(), '1.14', 'a-1', input('x'), at(1));
    r = addComments(r, [{ id: 'c-1', item: '1.14', mentor: 'Rhian', date: '2026-03-02', text: 'Try 2.3', done: false, updatedAt: at(2).toISOString() }], at(2)).review;
    const done = markComment(r, 'c-1', true, at(3));
    expect(done.comments?.[0]?.done).toBe(true);
    expect(done.items).toEqual(r.items);
    expect(done.plan).toEqual(r.plan);
  });

  it('takes in the same comments file twice without adding or undoing anything', () => {
    const comment = { id: 'c-1', item: null, mentor: 'Rhian', date: '2026-03-02', text: 'A good plan', done: false, updatedAt: at(2).toISOString() };
    const once = addComments(review(), [comment], at(2));
    const marked = markComment(once.review, 'c-1', true, at(3));
    const twice = addComments(marked, [comment], at(4));
    expect(twice.added).toBe(0);
    expect(twice.review).toBe(marked);
  });
});

describe('mergePlans and two tabs', () => {
  it('keeps actions added in each tab and the later change to the same action', () => {
    const start = saveAction(review(), '1.14', 'a-1', input('Start'), at(1));
    const ours = saveAction(saveAction(start, '1.14', 'a-1', input('Ours, later'), at(5)), '3.4a', 'a-2', input('Only ours'), at(2));
    const theirs = saveAction(saveAction(start, '1.14', 'a-1', input('Theirs, earlier'), at(3)), '1.1a', 'a-3', input('Only theirs'), at(4));
    for (const merged of [mergePlans(ours.plan, theirs.plan), mergePlans(theirs.plan, ours.plan)]) {
      expect(Object.fromEntries(merged!.actions.map((a) => [a.id, a.what]))).toEqual({ 'a-1': 'Ours, later', 'a-2': 'Only ours', 'a-3': 'Only theirs' });
    }
  });

  it('lets a deletion stand unless the action was changed after it', () => {
    const start = saveAction(review(), '1.14', 'a-1', input('Start'), at(1));
    const deleted = removeAction(start, 'a-1', at(3));
    expect(mergePlans(deleted.plan, saveAction(start, '1.14', 'a-1', input('Earlier edit'), at(2)).plan)?.actions).toEqual([]);
    expect(mergePlans(deleted.plan, saveAction(start, '1.14', 'a-1', input('Later edit'), at(4)).plan)?.actions.map((a) => a.what)).toEqual(['Later edit']);
  });

  it('merges through the review’s two-tab merge, with level changes beside plan changes', () => {
    const start = store(saveAction(review(), '1.14', 'a-1', input('Start'), at(1)));
    const ours = store(setLevel(start.reviews[0]!, '1.14', 'secure', at(2)));
    const theirs = store(saveAction(start.reviews[0]!, '3.4a', 'a-2', input('Another'), at(3)));
    const merged = mergeTabs(start, ours, theirs).reviews[0]!;
    expect(merged.items.find((i) => i.number === '1.14')?.level).toBe('secure');
    expect(merged.plan?.actions.map((a) => a.id).sort()).toEqual(['a-1', 'a-2']);
  });

  it('keeps a comment marked done in one tab when the other tab took in more comments', () => {
    const c = (id: string) => ({ id, item: null, mentor: 'Rhian', date: '2026-03-02', text: 'Note', done: false, updatedAt: at(1).toISOString() });
    const start = store(addComments(review(), [c('c-1')], at(1)).review);
    const ours = store(markComment(start.reviews[0]!, 'c-1', true, at(2)));
    const theirs = store(addComments(start.reviews[0]!, [c('c-2')], at(3)).review);
    const merged = mergeTabs(start, ours, theirs).reviews[0]!;
    expect(merged.comments?.map((x) => [x.id, x.done])).toEqual([
      ['c-1', true],
      ['c-2', false],
    ]);
  });
});

const labels: PlanLabels = {
  headings: ['Item', 'Text', 'Level', 'Priority', 'Action', 'With whom', 'By', 'How I will know', 'Status', 'Look again', 'Comments'],
  level: (l) => l,
  status: (s) => s,
  yes: 'Yes',
  no: 'No',
  text: (n) => `Text of ${n}`,
  line: (field, value) => `${field}: ${value}`,
  day: (d) => d,
  heading: (r) => r.title,
  priorities: 'Priorities',
  others: 'Other items',
  noActions: 'No actions yet',
  planComments: 'Comments on the plan',
};

describe('the plan’s files', () => {
  it('lists priorities first in CSV, one row per action, with the formula guard', () => {
    let r = setPriority(review(), '3.4a', true, at(1));
    r = saveAction(r, '3.4a', 'a-1', input('=HYPERLINK("http://evil")'), at(2));
    r = saveAction(r, '3.4a', 'a-2', input('Visit a school', { status: 'under-way' }), at(3));
    const rows = planToCsv(r, labels)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('Item,Text,Level,Priority,Action,With whom,By,How I will know,Status,Look again,Comments');
    expect(rows[1]).toBe('3.4a,Text of 3.4a,not-started,Yes,"\'=HYPERLINK(""http://evil"")",,,,not-started,,');
    expect(rows[2]).toContain('Visit a school');
    expect(rows.slice(3).map((row) => row.split(',')[0])).toEqual(['1.14', '1.1a']);
  });

  it('writes plain text for the Professional Learning Passport, priorities first', () => {
    let r = setPriority(review(), '1.14', true, at(1));
    r = saveAction(r, '1.14', 'a-1', input('Lead INSET', { by: '2026-05-01' }), at(2));
    r = addComments(r, [{ id: 'c-1', item: null, mentor: 'Rhian', date: '2026-03-02', text: 'Well judged', done: false, updatedAt: at(2).toISOString() }], at(2)).review;
    const text = planToText(r, labels);
    expect(text.indexOf('Priorities')).toBeLessThan(text.indexOf('Other items'));
    expect(text).toContain('1.14 Text of 1.14\n  level: not-started\n  - Lead INSET\n    by: 2026-05-01\n    status: not-started');
    expect(text).toContain('Comments on the plan\n\nRhian, 2026-03-02: Well judged');
  });
});

describe('over time', () => {
  it('says which levels went up and down since the previous review, and how many actions are done', () => {
    const before = setLevel(setLevel(review('r-old', new Date('2025-03-01T09:00:00.000Z')), '1.14', 'secure', at(1)), '3.4a', 'developing', at(1));
    let now = setLevel(setLevel(review('r-new'), '1.14', 'developing', at(2)), '3.4a', 'leading', at(2));
    now = saveAction(saveAction(now, '1.14', 'a-1', input('x', { status: 'done' }), at(3)), '1.14', 'a-2', input('y'), at(3));
    const since = sincePrevious([before, now], now);
    expect(since?.previous.id).toBe('r-old');
    expect(since?.up).toEqual([{ number: '3.4a', from: 'developing', to: 'leading' }]);
    expect(since?.down).toEqual([{ number: '1.14', from: 'secure', to: 'developing' }]);
    expect(sincePrevious([before, now], before)).toBeUndefined();
    expect(actionProgress(now)).toEqual({ done: 1, total: 2 });
  });
});
