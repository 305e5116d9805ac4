import { describe, expect, it } from 'vitest';
import { loadFiles, renumber } from './load';
import { parseShared, SHARED_FORMAT, SHARED_VERSION, sharedText, toShared, type SharedReview } from '../../../lib/review/shared-format';
import { addEvidence, createReview, setLevel, setPriority } from '../../../lib/review/edits';
import { emptyStore, MAX_FILE_BYTES, serialiseStore } from '../../../lib/review/storage-format';

/* The file a person shares with their programme, and what the cohort view does with files good and bad. */

const JAN = new Date('2026-01-10T12:00:00Z');
const MAR = new Date('2026-03-15T12:00:00Z');

function sampleReview() {
  let review = createReview({ id: 'r-alys', title: 'My private title', stage: 'middle-leaders', numbers: ['1.1', '3.4a', '9.9'], now: JAN });
  review = setLevel(review, '1.1', 'secure', MAR);
  review = setPriority(review, '3.4a', true, MAR);
  return addEvidence(review, '1.1', { id: 'e-1', note: 'A private note', date: '2026-03-01', url: 'https://example.org/private' }, MAR);
}

const known = new Set(['1.1', '3.4a']);
/** A shared file as plain JSON, for breaking on purpose. */
type SharedJson = { [field: string]: unknown; items: { [field: string]: unknown }[] };
const shared = (change: (data: SharedJson) => void = () => {}): string => {
  const data = JSON.parse(sharedText(toShared(sampleReview(), { known }))) as SharedJson;
  change(data);
  return JSON.stringify(data);
};

describe('the shared file', () => {
  it('holds only the stage, the items with their levels and priorities, and the day: no title, notes, evidence or links', () => {
    const text = sharedText(toShared(sampleReview(), { known }));
    expect(JSON.parse(text)).toEqual({
      format: SHARED_FORMAT,
      version: SHARED_VERSION,
      review: 'r-alys',
      stage: 'middle-leaders',
      date: '2026-03-15',
      items: [
        { number: '1.1', level: 'secure', priority: false },
        { number: '3.4a', level: 'not-started', priority: true },
      ],
    });
    expect(text).not.toMatch(/private/i);
  });

  it('carries a name only when the person adds one', () => {
    expect(toShared(sampleReview(), { name: '  Alys Jones ' }).name).toBe('Alys Jones');
    expect(toShared(sampleReview(), { name: '   ' })).not.toHaveProperty('name');
  });

  it('reads back what it wrote', () => {
    const written = toShared(sampleReview(), { name: 'Alys', known });
    expect(parseShared(sharedText(written))).toEqual({ ok: true, shared: written, from: 'shared' });
  });

  it('takes only the shared fields of the latest review from a full export', () => {
    const older = createReview({ id: 'r-old', title: 'Older', stage: null, numbers: ['1.1'], now: JAN });
    const text = serialiseStore({ ...emptyStore(), reviews: [sampleReview(), older] });
    const result = parseShared(text);
    expect(result.ok && result.from).toBe('export');
    if (!result.ok) return;
    expect(result.shared.review).toBe('r-alys');
    expect(JSON.stringify(result.shared)).not.toMatch(/private/i);
    expect(parseShared(serialiseStore(emptyStore()))).toEqual({ ok: false, problem: 'no-reviews' });
  });
});

describe('hostile and broken files', () => {
  const cases: [string, string, object][] = [
    ['not JSON', '{"format": ', { problem: 'not-json' }],
    ['empty', '  ', { problem: 'empty' }],
    ['another kind of JSON', '[1,2,3]', { problem: 'not-review-file' }],
    ['a future version', shared((d) => (d.version = 99)), { problem: 'newer-version', value: '99' }],
    ['a version that never was', shared((d) => (d.version = 0)), { problem: 'unsupported-version' }],
    ['markup in the name', shared((d) => (d.name = '<img src=x onerror=alert(1)>')), { problem: 'markup', at: 'name' }],
    ['a field the format does not have', shared((d) => (d.notes = 'x')), { problem: 'invalid', at: 'notes' }],
    ['__proto__ smuggled in', shared((d) => Object.defineProperty(d, '__proto__', { value: { x: 1 }, enumerable: true })), { problem: 'invalid' }],
    ['a level that is not one', shared((d) => (d.items[0]!.level = 'expert')), { problem: 'invalid', at: 'items[0].level' }],
    ['an item listed twice', shared((d) => d.items.push(d.items[0]!)), { problem: 'invalid', at: 'items[2].number' }],
    ['a date that is not a day', shared((d) => (d.date = '2026-02-30')), { problem: 'invalid', at: 'date' }],
    ['a stage with markup', shared((d) => (d.stage = '<b>x</b>')), { problem: 'invalid', at: 'stage' }],
    ['too many items', shared((d) => (d.items = Array.from({ length: 401 }, () => d.items[0]!))), { problem: 'invalid', at: 'items' }],
    ['huge', `{"format":"${SHARED_FORMAT}","version":1,"x":"${'a'.repeat(MAX_FILE_BYTES)}"}`, { problem: 'too-large' }],
  ];
  for (const [what, text, expected] of cases) {
    it(`refuses ${what}`, () => {
      const result = parseShared(text);
      expect(result.ok).toBe(false);
      expect(result).toMatchObject(expected);
    });
  }

  it('reports a bad file by name, skips a duplicate of the same review, and loads the rest', () => {
    const other = toShared(createReview({ id: 'r-bryn', title: 'x', stage: null, numbers: ['1.1'], now: JAN }));
    const result = loadFiles(
      [
        { name: 'alys.json', text: shared() },
        { name: 'broken.json', text: 'not json' },
        { name: 'alys (copy).json', text: shared((d) => (d.name = 'Alys')) },
        { name: 'bryn.json', text: sharedText(other) },
      ],
      [],
    );
    expect(result.people.map((p) => p.file)).toEqual(['alys.json', 'bryn.json']);
    expect(result.skipped).toEqual([
      { file: 'broken.json', problem: 'not-json', at: undefined, value: undefined },
      { file: 'alys (copy).json', problem: 'duplicate', value: 'alys.json' },
    ]);
    // A review already in the cohort is a duplicate too.
    expect(loadFiles([{ name: 'again.json', text: sharedText(other) }], result.people).skipped[0]?.problem).toBe('duplicate');
  });

  it('moves renumbered items to their new numbers', () => {
    const old: SharedReview = { ...toShared(sampleReview(), { known }), items: [{ number: '3.4', level: 'secure', priority: false }] };
    expect(renumber(old, { '3.4': '3.4a' }).items[0]?.number).toBe('3.4a');
  });
});
