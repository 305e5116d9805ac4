import { describe, expect, it } from 'vitest';
import { createReview } from '../lib/review/edits';
import { LEGACY_KEYS, LocalReviews, reviewKeys } from '../lib/review/local-store';
import { emptyStore, serialiseStore } from '../lib/review/storage-format';
import { moveFromLegacyKey, siteKey } from './storage-keys';

/*
 * Two copies of the site on one host keep apart (issue 24): the storage names
 * carry the base path, and reviews kept under the old shared names are moved,
 * never lost.
 */

function memoryStorage(initial: Record<string, string> = {}, options: { full?: boolean } = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (options.full) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
  };
}

const numbering = { known: new Set(['1.1a', '2.1a']), renames: {} };
const withReview = (title: string) =>
  serialiseStore({ ...emptyStore(), reviews: [createReview({ id: `r-${title.toLowerCase()}`, title, stage: null, numbers: ['1.1a'], now: new Date('2026-03-01T09:00:00.000Z') })] });

describe('storage names per copy of the site', () => {
  it('carry the base path, so a copy at / and one under a sub-path differ', () => {
    expect(siteKey('arwain.reviews', '/')).toBe('arwain.reviews@/');
    expect(siteKey('arwain.reviews', '/intranet/leadership')).toBe('arwain.reviews@/intranet/leadership/');
    expect(reviewKeys('/').store).not.toBe(reviewKeys('/intranet/leadership/').store);
  });

  it('two copies on one host read only their own reviews', () => {
    const storage = memoryStorage();
    const root = new LocalReviews(storage, numbering, null, reviewKeys('/'));
    const school = new LocalReviews(storage, numbering, null, reviewKeys('/intranet/leadership/'));
    root.load();
    school.load();
    const read = root.load();
    expect(read.ok && read.store.reviews).toEqual([]);
    root.write(JSON.parse(withReview('Consortium')));
    const schoolRead = school.load();
    expect(schoolRead.ok && schoolRead.store.reviews).toEqual([]);
  });

  it('move reviews kept under the old name once, and leave the old entry as it was', () => {
    const storage = memoryStorage({ [LEGACY_KEYS.store]: withReview('Old'), [LEGACY_KEYS.current]: 'r-old' });
    const local = new LocalReviews(storage, numbering, null, reviewKeys('/intranet/leadership/'));
    const read = local.load();
    expect(read.ok && read.store.reviews.map((r) => r.title)).toEqual(['Old']);
    expect(local.rememberedCurrent()).toBe('r-old');
    expect(storage.getItem(LEGACY_KEYS.store)).toBe(withReview('Old'));
    // Deleted here, they are not moved in again on the next visit.
    local.clear();
    const again = new LocalReviews(storage, numbering, null, reviewKeys('/intranet/leadership/')).load();
    expect(again.ok && again.store.reviews).toEqual([]);
  });

  it('a full storage that cannot take the copy still shows the old reviews, and says so', () => {
    const storage = memoryStorage({ [LEGACY_KEYS.store]: withReview('Old') }, { full: true });
    const local = new LocalReviews(storage, numbering, null, reviewKeys('/'));
    const read = local.load();
    expect(read.ok && read.store.reviews.map((r) => r.title)).toEqual(['Old']);
    expect(local.problem).toBe('quota');
  });

  it('moveFromLegacyKey never overwrites what the new name holds', () => {
    const storage = memoryStorage({ old: 'a', new: 'b' });
    expect(moveFromLegacyKey(storage, 'old', 'new')).toBe('b');
    expect(storage.getItem('new')).toBe('b');
  });
});
