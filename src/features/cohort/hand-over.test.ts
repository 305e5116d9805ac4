import { describe, expect, it } from 'vitest';
import { batchEnd, FILES_PER_MESSAGE, HAND_OVER_MS, nextBatchSize, startEngine } from './engine-client';
import { sharedText, SHARED_FORMAT, type SharedReview } from '../../lib/review/shared-format';

/*
 * Handing files to the engine: batches cut short when the time for one task is
 * spent (looking a file up is what takes the time, so each size is read within
 * it), and every file reaching the engine once, in its order.
 */

/** Files whose size, when read, moves a clock on by `ms`; `looked` counts the reads. */
function timedFiles(count: number, ms: number) {
  const clock = { now: 0, looked: 0 };
  const files = Array.from({ length: count }, () => ({
    get size() {
      clock.looked += 1;
      clock.now += ms;
      return 100;
    },
  }));
  return { clock, files };
}

describe('a batch of files to hand over', () => {
  it('is the most a message takes when looking files up is quick, each file looked up once', () => {
    const { clock, files } = timedFiles(120, 0.1);
    expect(batchEnd(files, 0, FILES_PER_MESSAGE, 25, () => clock.now)).toBe(FILES_PER_MESSAGE);
    expect(clock.looked).toBe(FILES_PER_MESSAGE);
    expect(batchEnd(files, 100, FILES_PER_MESSAGE, 1000, () => clock.now)).toBe(120);
  });

  it('is cut short once the time allowed is spent, however slow each look-up', () => {
    const { clock, files } = timedFiles(200, 4);
    // 25 ms allowed, 4 ms a file: the seventh look-up passes the limit.
    expect(batchEnd(files, 0, FILES_PER_MESSAGE, 25, () => clock.now)).toBe(7);
    expect(clock.looked).toBe(7);
  });

  it('always takes at least one file, so the hand-over moves on even when one look-up takes longer than allowed', () => {
    const { clock, files } = timedFiles(3, 100);
    expect(batchEnd(files, 1, FILES_PER_MESSAGE, 25, () => clock.now)).toBe(2);
  });

  it('takes no more than the size allowed for this batch', () => {
    const { clock, files } = timedFiles(100, 0.1);
    expect(batchEnd(files, 10, 12, 25, () => clock.now)).toBe(22);
  });

  it('takes nothing from an empty list', () => {
    expect(batchEnd([], 0, FILES_PER_MESSAGE, 25, () => 0)).toBe(0);
  });
});

describe('the size of the next batch', () => {
  it('is what fits in the time of a task at the pace of the last batch', () => {
    // 50 files took 100 ms (load on the machine, or slow handles): 12 fit in 25 ms.
    expect(nextBatchSize(50, 100)).toBe(Math.floor((50 * HAND_OVER_MS) / 100));
    expect(nextBatchSize(10, HAND_OVER_MS)).toBe(10);
  });

  it('grows again when handing over is quick, at most doubling, and never past the most a message takes', () => {
    expect(nextBatchSize(3, 1)).toBe(6);
    expect(nextBatchSize(40, 0)).toBe(FILES_PER_MESSAGE);
  });

  it('is at least one file, however slow the last', () => {
    expect(nextBatchSize(1, 5000)).toBe(1);
  });
});

describe('the page handing many files to the engine', () => {
  it('gives the engine every file once, in its order, whatever the batches (the engine in the page where there is no worker)', async () => {
    const review = (n: number): SharedReview => ({
      format: SHARED_FORMAT,
      version: 1,
      review: `r-${n}`,
      name: `Person ${n}`,
      stage: null,
      date: '2026-03-15',
      items: [{ number: '1.1', level: 'secure', priority: false }],
    });
    const files = Array.from({ length: 173 }, (_, n) => new File([n === 90 ? 'not json' : sharedText(review(n))], `p-${n}.json`));
    const seen: number[] = [];
    const reply = await startEngine().add({ type: 'add', into: 'people', renames: {}, maxBytes: 5e6 }, files, (done, total) => seen.push(done / total));
    expect(reply).toMatchObject({ type: 'added', added: 172, skipped: [{ file: 'p-90.json', problem: 'not-json' }] });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
