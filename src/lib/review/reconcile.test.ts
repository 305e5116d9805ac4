import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRedirects } from '../content/redirects.mjs';
import { addEvidence, createReview, setLevel, setPriority } from './edits';
import { LocalReviews, reviewKeys } from './local-store';

const STORE_KEY = reviewKeys('/').store;
import { currentNumber, goneItems, itemRenames, reconcile, type Numbering } from './reconcile';
import { emptyStore, parseStore, serialiseStore, type Store } from './storage-format';

/*
 * Renumbered items move through the redirects registry; items the standards no
 * longer have are kept aside, never a reason to refuse or lock the reviews
 * (issue 14, "one unknown item locks every review").
 */

const JAN = new Date('2026-01-10T12:00:00Z');
const NUMBERING: Numbering = { known: new Set(['1.1', '1.2', '1.18', '1.19', '3.4a']), renames: { '1.17': '1.18', '1.16': '1.17', '2.30': '2.31' } };

function oldStore(): Store {
  let review = createReview({ id: 'r-1', title: 'Review 2025', stage: null, numbers: ['1.1', '1.16', '2.30', '9.9'], now: JAN });
  review = setLevel(review, '1.16', 'secure', JAN);
  review = setPriority(review, '1.16', true, JAN);
  review = addEvidence(review, '1.16', { id: 'e-1', note: 'Led the curriculum review', date: '2026-01-05', url: '' }, JAN);
  review = addEvidence(review, '9.9', { id: 'e-2', note: 'Kept however the standards change', date: '2026-01-06', url: '' }, JAN);
  return { ...emptyStore(), reviews: [review] };
}

/** A Storage over a Map, as a browser tab sees localStorage. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(entries));
  return {
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
  };
}

describe('itemRenames', () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  it('reads item renumberings from the redirects registry, and no other redirect', () => {
    root = mkdtempSync(join(tmpdir(), 'arwain-redirects-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(
      join(root, 'content', 'redirects.yaml'),
      '- from: /standards/1.17/\n  to: /standards/1.18/\n- from: /standards/2.5a/\n  to: /standards/leading-learning-and-teaching/\n- from: /case-studies/old/\n  to: /case-studies/new/\n',
    );
    expect(itemRenames(readRedirects(root))).toEqual({ '1.17': '1.18' });
  });

  it('reads the real registry', () => {
    expect(() => itemRenames(readRedirects(process.cwd()))).not.toThrow();
  });
});

describe('reconcile', () => {
  it('moves a renumbered item, following renumberings of renumberings, with everything recorded for it', () => {
    expect(currentNumber('1.16', NUMBERING)).toBe('1.18');
    const store = oldStore();
    const { store: moved, renamed } = reconcile(store, NUMBERING);
    // 2.30 moved to 2.31, which the standards do not have either: it stays as it is.
    expect(renamed).toEqual([{ from: '1.16', to: '1.18' }]);
    const review = moved.reviews[0]!;
    expect(review.items.map((i) => i.number)).toEqual(['1.1', '1.18', '2.30', '9.9']);
    const before = store.reviews[0]!.items.find((i) => i.number === '1.16')!;
    expect(review.items[1]).toEqual({ ...before, number: '1.18' });
  });

  it('keeps an item the standards no longer have as it is, and returns the same store when nothing moves', () => {
    const { store } = reconcile(oldStore(), NUMBERING);
    expect(goneItems(store.reviews[0]!, NUMBERING.known).map((i) => i.number)).toEqual(['2.30', '9.9']);
    expect(goneItems(store.reviews[0]!, NUMBERING.known)[1]!.evidence[0]!.note).toBe('Kept however the standards change');
    expect(reconcile(store, NUMBERING).store).toBe(store);
  });

  it('never merges two items into one: an old number whose new number the review has stays aside', () => {
    const review = createReview({ id: 'r-2', title: 'Both', stage: null, numbers: ['1.17', '1.18'], now: JAN });
    const { store, renamed } = reconcile({ ...emptyStore(), reviews: [review] }, NUMBERING);
    expect(store.reviews[0]!.items.map((i) => i.number)).toEqual(['1.17', '1.18']);
    expect(renamed).toEqual([]);
  });
});

describe('stored reviews naming items the standards no longer have', () => {
  it('open, with renumbered items moved and saved so, and the rest kept aside', () => {
    const storage = memoryStorage({ [STORE_KEY]: serialiseStore(oldStore()) });
    const read = new LocalReviews(storage, NUMBERING).load();
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.renamed).toEqual([{ from: '1.16', to: '1.18' }]);
    expect(read.store.reviews[0]!.items.map((i) => i.number)).toEqual(['1.1', '1.18', '2.30', '9.9']);
    expect(parseStore(storage.getItem(STORE_KEY)!)).toEqual({ ok: true, store: read.store });
  });

  it('export to a file that imports, unknown items and all', () => {
    const text = serialiseStore(reconcile(oldStore(), NUMBERING).store);
    const parsed = parseStore(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && reconcile(parsed.store, NUMBERING).store.reviews[0]!.items.map((i) => i.number)).toEqual(['1.1', '1.18', '2.30', '9.9']);
  });
});
