import { describe, expect, it } from 'vitest';
import { createReview } from './edits';
import { LEGACY_KEYS, LocalReviews, problemOf, reviewKeys } from './local-store';
import { emptyStore, serialiseStore, type Store } from './storage-format';

/*
 * The reviews in the browser's storage (src/lib/review/local-store.ts) when
 * storage misbehaves: blocked, full, throwing on read, holding text this
 * version cannot read. Whatever happens is reported, and nothing stored is
 * written over by mistake.
 */

const KEYS = reviewKeys('/');
const NUMBERING = { known: new Set(['1.1a', '2.1a']), renames: {} };
const NOW = new Date('2026-03-01T09:00:00.000Z');

interface FakeStorage extends Storage {
  writes: number;
  data: Map<string, string>;
}

/** A localStorage in memory that counts writes, and throws what it is told to. */
function fakeStorage(initial: Record<string, string> = {}, fail: { read?: Error; write?: Error } = {}): FakeStorage {
  const data = new Map(Object.entries(initial));
  const storage = {
    writes: 0,
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => {
      if (fail.read) throw fail.read;
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (fail.write) throw fail.write;
      storage.writes += 1;
      data.set(key, value);
    },
    removeItem: (key: string) => {
      if (fail.write) throw fail.write;
      data.delete(key);
    },
    clear: () => data.clear(),
  };
  return storage;
}

const store = (...titles: string[]): Store => ({
  ...emptyStore(),
  reviews: titles.map((title) => createReview({ id: `r-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`, title, stage: null, numbers: ['1.1a'], now: NOW })),
});
const titles = (read: { ok: boolean; store?: Store }) => (read.ok ? read.store!.reviews.map((r) => r.title) : null);

describe('problemOf', () => {
  it('tells a full storage, in every browser’s words, from a blocked one and from anything else', () => {
    expect(problemOf(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(problemOf(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe('quota');
    expect(problemOf(new DOMException('no', 'SecurityError'))).toBe('blocked');
    expect(problemOf(new DOMException('odd', 'InvalidStateError'))).toBe('failed');
    const lookalike = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(problemOf(lookalike)).toBe('failed');
    expect(problemOf('QuotaExceededError')).toBe('failed');
  });
});

describe('LocalReviews', () => {
  it('without storage: shows no reviews, writes nothing, and says storage is blocked', () => {
    const local = new LocalReviews(null, NUMBERING);
    expect(local.problem).toBe('blocked');
    expect(local.load()).toEqual({ ok: true, store: emptyStore(), renamed: [] });
    expect(local.write(store('A'))).toBe(false);
    expect(local.problem).toBe('blocked');
    expect(local.saved()).toEqual(emptyStore());
    expect(local.sync(store('B'))).toEqual({ ok: true, store: store('B'), renamed: [] });
    expect(local.rememberedCurrent()).toBeNull();
  });

  it('without storage, keeps the problem it was given, or says blocked', () => {
    const local = new LocalReviews(null, NUMBERING, 'quota');
    expect(local.write(store('A'))).toBe(false);
    expect(local.problem).toBe('quota');
    const unsaid = new LocalReviews(null, NUMBERING, null);
    expect(unsaid.write(store('A'))).toBe(false);
    expect(unsaid.problem).toBe('blocked');
  });

  it('with storage, starts with no problem, and a first load of nothing is an empty store', () => {
    const storage = fakeStorage();
    const local = new LocalReviews(storage, NUMBERING);
    expect(local.problem).toBeNull();
    expect(local.load()).toEqual({ ok: true, store: emptyStore(), renamed: [] });
    expect(local.storedBytes()).toBe(0);
    expect(storage.writes).toBe(0);
  });

  it('storage that throws on read is reported, and shows no reviews rather than failing', () => {
    const local = new LocalReviews(fakeStorage({}, { read: new DOMException('no', 'SecurityError') }), NUMBERING);
    expect(local.load()).toEqual({ ok: true, store: emptyStore(), renamed: [] });
    expect(local.problem).toBe('blocked');
    expect(local.sync(store('Mine'))).toEqual({ ok: true, store: store('Mine'), renamed: [] });
    // Before any load too.
    const fresh = new LocalReviews(fakeStorage({}, { read: new DOMException('no', 'SecurityError') }), NUMBERING);
    expect(fresh.sync(store('Mine'))).toEqual({ ok: true, store: store('Mine'), renamed: [] });
    expect(fresh.problem).toBe('blocked');
  });

  it('before a change, takes in what another tab stored since', () => {
    const storage = fakeStorage();
    const local = new LocalReviews(storage, NUMBERING);
    local.load();
    storage.data.set(KEYS.store, serialiseStore(store('Theirs')));
    expect(titles(local.sync(store('Mine')))?.sort()).toEqual(['Mine', 'Theirs']);
  });

  it('never refuses stored text for its size, only a file', () => {
    const text = serialiseStore(store('A')) + ' '.repeat(3 * 1024 * 1024);
    expect(titles(new LocalReviews(fakeStorage({ [KEYS.store]: text }), NUMBERING).load())).toEqual(['A']);
  });

  it('keeps text it cannot read untouched, and hands it back with the reason', () => {
    const storage = fakeStorage({ [KEYS.store]: '{"format":"arwain-review","version":99,"reviews":[]}' });
    const local = new LocalReviews(storage, NUMBERING);
    const read = local.load();
    expect(read).toEqual({ ok: false, unreadable: { text: '{"format":"arwain-review","version":99,"reviews":[]}', error: { problem: 'newer-version', value: '99' } } });
    expect(storage.writes).toBe(0);
    expect(local.storedBytes()).toBe(0);
  });

  it('reads stored reviews of any size, counting their bytes in UTF-8', () => {
    const text = serialiseStore(store('Adolygiad ŵ'));
    const storage = fakeStorage({ [KEYS.store]: text });
    const local = new LocalReviews(storage, NUMBERING);
    expect(titles(local.load())).toEqual(['Adolygiad ŵ']);
    // Nothing was renumbered, so nothing is written back.
    expect(storage.writes).toBe(0);
    expect(local.storedBytes()).toBe(Buffer.byteLength(text, 'utf8'));
    expect(local.storedBytes()).toBeGreaterThan(text.length);
    expect(local.saved()).toEqual(store('Adolygiad ŵ'));
  });

  it('a failed write is reported, changes nothing it remembers, and the next good write clears the problem', () => {
    const full = fakeStorage({}, { write: new DOMException('full', 'QuotaExceededError') });
    const local = new LocalReviews(full, NUMBERING);
    local.load();
    expect(local.write(store('A'))).toBe(false);
    expect(local.problem).toBe('quota');
    expect(local.saved()).toEqual(emptyStore());
    expect(local.storedBytes()).toBe(0);

    const storage = fakeStorage();
    const good = new LocalReviews(storage, NUMBERING, 'quota');
    expect(good.write(store('A'))).toBe(true);
    expect(good.problem).toBeNull();
    expect(good.saved()).toEqual(store('A'));
    expect(storage.data.get(KEYS.store)).toBe(serialiseStore(store('A')));
    expect(good.storedBytes()).toBe(serialiseStore(store('A')).length);
  });

  it('takes in nothing new when another tab’s text is what this tab last wrote', () => {
    const storage = fakeStorage();
    const local = new LocalReviews(storage, NUMBERING);
    local.load();
    local.write(store('A'));
    const shown = store('A', 'B');
    const read = local.receive(serialiseStore(store('A')), shown);
    expect(read).toEqual({ ok: true, store: shown, renamed: [] });
    expect(read.ok && read.store).toBe(shown);
    expect(storage.writes).toBe(1);
  });

  it('merges another tab’s reviews, and writes back only what that tab lacks', () => {
    const storage = fakeStorage();
    const local = new LocalReviews(storage, NUMBERING);
    local.load();
    // The other tab added B: nothing here it lacks, so nothing is written.
    const theirs = serialiseStore(store('B'));
    const read = local.receive(theirs, emptyStore());
    expect(titles(read)).toEqual(['B']);
    expect(storage.writes).toBe(0);
    expect(local.saved()).toEqual(store('B'));
    // This tab has A too: the merge is written.
    const both = local.receive(serialiseStore(store('B')), store('A', 'B'));
    expect(titles(both)?.sort()).toEqual(['A', 'B']);
  });

  it('when another tab cleared the storage, writes back only reviews this tab still has', () => {
    const storage = fakeStorage();
    const local = new LocalReviews(storage, NUMBERING);
    local.load();
    local.write(store('A'));
    expect(titles(local.receive(null, emptyStore()))).toEqual([]);
    expect(storage.writes).toBe(1);

    // Here a review was added since: it is kept, and written back.
    const other = fakeStorage({ [KEYS.store]: serialiseStore(store('A')) });
    const mine = new LocalReviews(other, NUMBERING);
    mine.load();
    const read = mine.receive(null, store('A', 'New'));
    expect(titles(read)).toEqual(['New']);
    expect(other.writes).toBe(1);
    expect(other.data.get(KEYS.store)).toBe(serialiseStore(store('New')));
  });

  it('refuses another tab’s text it cannot read, keeping it as it is', () => {
    const storage = fakeStorage();
    const local = new LocalReviews(storage, NUMBERING);
    local.load();
    const read = local.receive('not json', store('A'));
    expect(read).toEqual({ ok: false, unreadable: { text: 'not json', error: { problem: 'not-json' } } });
    expect(storage.writes).toBe(0);
  });

  it('reads reviews under the old name only while they could not be moved', () => {
    const storage = fakeStorage({ [LEGACY_KEYS.store]: serialiseStore(store('Old')) });
    // Not loaded yet, so no move was tried: the new name holds nothing.
    expect(new LocalReviews(storage, NUMBERING).sync(emptyStore())).toEqual({ ok: true, store: emptyStore(), renamed: [] });
    // Loaded: moved to the new name, and read there.
    const local = new LocalReviews(storage, NUMBERING);
    expect(titles(local.load())).toEqual(['Old']);
    expect(storage.data.get(KEYS.store)).toBe(serialiseStore(store('Old')));
  });

  it('clearing keeps an empty list in place of the reviews', () => {
    const storage = fakeStorage({ [KEYS.store]: serialiseStore(store('A')) });
    const local = new LocalReviews(storage, NUMBERING);
    local.load();
    local.clear();
    expect(storage.data.get(KEYS.store)).toBe(serialiseStore(emptyStore()));
    expect(local.saved()).toEqual(emptyStore());
  });

  it('remembers which review was shown, forgets it on null, and never fails over it', () => {
    const storage = fakeStorage();
    const local = new LocalReviews(storage, NUMBERING);
    local.rememberCurrent('r-a');
    expect(storage.data.get(KEYS.current)).toBe('r-a');
    expect(local.rememberedCurrent()).toBe('r-a');
    local.rememberCurrent(null);
    expect(storage.data.has(KEYS.current)).toBe(false);
    expect(local.rememberedCurrent()).toBeNull();
    local.rememberCurrent('');
    expect(storage.data.has(KEYS.current)).toBe(false);

    const broken = new LocalReviews(fakeStorage({}, { read: new Error('no'), write: new Error('no') }), NUMBERING);
    expect(() => broken.rememberCurrent('r-a')).not.toThrow();
    expect(() => broken.rememberCurrent(null)).not.toThrow();
    expect(broken.rememberedCurrent()).toBeNull();
  });
});
