import { describe, expect, it } from 'vitest';
import { addEvidence, createReview } from './edits';
import { LIMITS, type Review } from './model';
import { emptyStore, exportText, MAX_FILE_BYTES, MAX_REVIEWS, MAX_STORE_BYTES, parseStore, serialiseStore, utf8Bytes, type Store } from './storage-format';

/*
 * Export and import agree on every size the tool can reach (issue 14, "too
 * large advice produces a file the tool refuses"): the stored reviews stop
 * growing well below what an import reads, and every export is importable.
 */

const NOW = new Date('2026-03-15T12:00:00Z');
const NUMBERS = Array.from({ length: 6 }, (_, a) => Array.from({ length: 20 }, (_, i) => `${a + 1}.${i + 1}`)).flat();

/** A review of many items, each with a piece of evidence of the longest note (in Welsh letters, two bytes each). */
const ONE = (() => {
  let review = createReview({ id: 'r-0', title: 'Adolygiad ŵ', stage: null, numbers: NUMBERS, now: NOW });
  for (const [i, number] of NUMBERS.entries()) review = addEvidence(review, number, { id: `e-${i}`, note: 'ŵ'.repeat(LIMITS.note), date: '2026-03-01', url: '' }, NOW);
  return review;
})();

const bytesOf = (store: Store) => utf8Bytes(serialiseStore(store));

const made = new Map<string, Store>();

/** As many copies of that review as fit in `limit` bytes, then notes filling it to within a few bytes, or to `over` bytes past it. */
function storeUpTo(limit: number, over = 0): Store {
  const key = `${limit}+${over}`;
  if (!made.has(key)) made.set(key, makeStore(limit, over));
  return made.get(key)!;
}

function makeStore(limit: number, over: number): Store {
  const size = bytesOf({ ...emptyStore(), reviews: [ONE] }) - bytesOf(emptyStore());
  const count = Math.min(MAX_REVIEWS - 1, Math.floor((limit - 4000) / (size + 10)));
  const copies = Array.from({ length: count }, (_, id): Review => ({ ...ONE, id: `r-${id}` }));
  let extra = createReview({ id: 'r-extra', title: 'Extra', stage: null, numbers: NUMBERS, now: NOW });
  const withExtra = () => ({ ...emptyStore(), reviews: [...copies, extra] });
  const target = limit + over;
  // Each note adds its length and a fixed overhead; fill with whole notes, then one of the length left.
  const note = (n: number, length: number) => {
    extra = addEvidence(extra, NUMBERS[n % NUMBERS.length]!, { id: `e-extra-${n}`, note: 'x'.repeat(length), date: '2026-03-01', url: '' }, NOW);
  };
  const before = bytesOf(withExtra());
  note(0, LIMITS.note);
  const overhead = bytesOf(withExtra()) - before - LIMITS.note;
  // Whole notes first (their ids grow a digit now and then, so leave room), then one of the length left.
  const whole = Math.max(0, Math.floor((target - bytesOf(withExtra())) / (overhead + 2 + LIMITS.note)) - 1);
  for (let n = 1; n <= whole; n += 1) note(n, LIMITS.note);
  const left = target - bytesOf(withExtra()) - overhead - 2;
  if (left > 0) note(whole + 1, Math.min(left, LIMITS.note));
  return withExtra();
}

describe('size limits', () => {
  it('keep the stored reviews clearly below what an import reads', () => {
    expect(MAX_STORE_BYTES).toBeLessThanOrEqual(MAX_FILE_BYTES / 2);
  });

  it('counts bytes as UTF-8 does, without copying the text', () => {
    for (const text of ['', 'abc', 'ŵŷ', '€', '😀', 'a😀ŵ\n', '\uD800']) expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('import what the page exports at the largest the stored reviews can be', () => {
    const store = storeUpTo(MAX_STORE_BYTES);
    const text = exportText(store);
    expect(utf8Bytes(text)).toBeGreaterThan(MAX_STORE_BYTES * 0.9);
    expect(parseStore(text)).toEqual({ ok: true, store });
  });

  it('import what the page exports after imports have grown the reviews to the most an import allows', () => {
    const store = storeUpTo(MAX_FILE_BYTES);
    const text = exportText(store);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(parseStore(text)).toEqual({ ok: true, store });
  });

  it('export without indentation in the one case where the indented file would be larger than an import reads', () => {
    // Only renumbered items (a byte or two each) can take the stored reviews past that.
    const store = storeUpTo(MAX_FILE_BYTES, 400);
    expect(utf8Bytes(serialiseStore(store))).toBeGreaterThan(MAX_FILE_BYTES);
    const text = exportText(store);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(parseStore(text)).toEqual({ ok: true, store });
  });

  it('never refuse stored text for its size: only a file is limited', () => {
    const store = storeUpTo(MAX_FILE_BYTES, 400);
    const text = serialiseStore(store);
    expect(parseStore(text)).toEqual({ ok: false, error: { problem: 'too-large' } });
    expect(parseStore(text, { maxBytes: Infinity })).toEqual({ ok: true, store });
  });
});
