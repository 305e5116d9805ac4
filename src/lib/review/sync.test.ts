import { describe, expect, it } from 'vitest';
import { addEvidence, createReview, removeEvidence, removeItem, setLevel, setPriority } from './edits';
import { LocalReviews, reviewKeys } from './local-store';

const STORE_KEY = reviewKeys('/').store;
import type { Review } from './model';
import { emptyStore, serialiseStore, type Store } from './storage-format';
import { mergeTabs } from './sync';

/*
 * Two tabs share one storage (issue 14, "two tabs lose work"): changes to
 * different items are all kept, the later change to the same item wins, and
 * tabs that write at the same moment, each unaware of the other, end with the
 * same reviews.
 */

const NUMBERS = ['1.1a', '1.2a', '1.3a', '1.4a', '2.1a', '2.2a', '3.1a', '3.2a', '3.3a', '4.1a'];
const T0 = new Date('2026-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function base(): Store {
  return { ...emptyStore(), reviews: [createReview({ id: 'r-1', title: 'Review', stage: null, numbers: NUMBERS, now: T0 })] };
}

const edit = (store: Store, change: (review: Review) => Review): Store => ({ ...store, reviews: store.reviews.map((r) => (r.id === 'r-1' ? change(r) : r)) });
const levels = (store: Store) => Object.fromEntries(store.reviews[0]!.items.map((i) => [i.number, i.level]));

describe('mergeTabs', () => {
  it('keeps changes to different items from both sides', () => {
    const start = base();
    const ours = edit(start, (r) => setLevel(r, '1.1a', 'secure', at(1)));
    const theirs = edit(start, (r) => setLevel(r, '2.1a', 'leading', at(1)));
    expect(levels(mergeTabs(start, ours, theirs))).toMatchObject({ '1.1a': 'secure', '2.1a': 'leading' });
  });

  it('keeps the later change to the same item, and evidence the other side added to it', () => {
    const start = base();
    const ours = edit(start, (r) => addEvidence(r, '1.1a', { id: 'e-ours', note: 'Typed here', date: '2026-03-01', url: '' }, at(1)));
    const theirs = edit(start, (r) => setLevel(r, '1.1a', 'developing', at(2)));
    for (const merged of [mergeTabs(start, ours, theirs), mergeTabs(start, theirs, ours)]) {
      const item = merged.reviews[0]!.items[0]!;
      expect(item.level).toBe('developing');
      expect(item.evidence.map((e) => e.id)).toEqual(['e-ours']);
    }
  });

  it('keeps our change when the other side wrote an older version over it without seeing it', () => {
    const start = base();
    const ours = edit(start, (r) => setLevel(r, '1.1a', 'secure', at(1)));
    // The other tab had not yet seen our write: its copy of 1.1a is the old one.
    const theirs = edit(start, (r) => setLevel(r, '2.1a', 'leading', at(1)));
    expect(levels(mergeTabs(ours, ours, theirs))).toMatchObject({ '1.1a': 'secure', '2.1a': 'leading' });
  });

  it('drops what one side removed unless the other changed it since', () => {
    const start = base();
    const removed = edit(start, (r) => removeItem(r, '1.1a', at(1)));
    expect(levels(mergeTabs(start, start, removed))).not.toHaveProperty('1.1a');
    const changed = edit(start, (r) => setLevel(r, '1.1a', 'leading', at(2)));
    expect(levels(mergeTabs(start, changed, removed))).toHaveProperty('1.1a', 'leading');
    const deleted = { ...start, reviews: [] };
    expect(mergeTabs(start, start, deleted).reviews).toEqual([]);
    expect(mergeTabs(start, changed, deleted).reviews.map((r) => r.id)).toEqual(['r-1']);
  });

  it('keeps reviews started in either tab', () => {
    const start = base();
    const ours = { ...start, reviews: [...start.reviews, createReview({ id: 'r-ours', title: 'Ours', stage: null, numbers: [], now: at(1) })] };
    const theirs = { ...start, reviews: [...start.reviews, createReview({ id: 'r-theirs', title: 'Theirs', stage: null, numbers: [], now: at(1) })] };
    expect(mergeTabs(start, ours, theirs).reviews.map((r) => r.id)).toEqual(['r-1', 'r-theirs', 'r-ours']);
  });
});

/**
 * A browser with tabs that share one storage: each tab reads its own copy,
 * and a write reaches the storage, and the other tabs (with a `storage` event),
 * only when it is delivered, so a tab can write without having seen another's write.
 */
class Browser {
  stored: string | null = null;
  private readonly queue: { from: Tab; text: string }[] = [];
  readonly tabs: Tab[] = [];

  open(): Tab {
    const tab = new Tab(this, this.stored);
    this.tabs.push(tab);
    return tab;
  }

  send(from: Tab, text: string): void {
    this.queue.push({ from, text });
  }

  /** Delivers every write, and the writes those cause, in order. */
  deliver(): void {
    for (let write = this.queue.shift(); write; write = this.queue.shift()) {
      this.stored = write.text;
      for (const tab of this.tabs) if (tab !== write.from) tab.event(write.text);
    }
  }
}

class Tab {
  private copy: string | null;
  readonly local: LocalReviews;
  shown: Store;

  constructor(
    private readonly browser: Browser,
    stored: string | null,
  ) {
    this.copy = stored;
    const storage = {
      getItem: (key: string) => (key === STORE_KEY ? this.copy : null),
      setItem: (key: string, value: string) => {
        if (key !== STORE_KEY) return;
        this.copy = value;
        this.browser.send(this, value);
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    this.local = new LocalReviews(storage, { known: new Set(NUMBERS), renames: {} });
    const read = this.local.load();
    this.shown = read.ok ? read.store : emptyStore();
  }

  /** What the page does for a change: take in what is stored, change, write. */
  change(update: (review: Review) => Review): void {
    const read = this.local.sync(this.shown);
    if (read.ok) this.shown = read.store;
    this.shown = edit(this.shown, update);
    this.local.write(this.shown);
  }

  event(text: string): void {
    this.copy = text;
    const read = this.local.receive(text, this.shown);
    if (read.ok) this.shown = read.store;
  }
}

describe('two tabs writing at the same moment', () => {
  it('end with every change, in both tabs and in storage', () => {
    const browser = new Browser();
    browser.stored = serialiseStore(base());
    const [a, b] = [browser.open(), browser.open()];
    const pairs = [
      ['1.2a', '3.1a'],
      ['1.3a', '3.2a'],
      ['1.4a', '3.3a'],
      ['2.2a', '4.1a'],
    ] as const;
    pairs.forEach(([ours, theirs], index) => {
      // Both tabs change an item before either write is delivered.
      a.change((r) => setLevel(r, ours, 'secure', at(10 + index)));
      b.change((r) => setLevel(r, theirs, 'developing', at(10 + index)));
      if (index % 2 === 1) browser.deliver();
    });
    browser.deliver();
    const expected = Object.fromEntries([...pairs.map(([x]) => [x, 'secure']), ...pairs.map(([, y]) => [y, 'developing'])]);
    expect(levels(a.shown)).toMatchObject(expected);
    expect(a.shown).toEqual(b.shown);
    expect(serialiseStore(a.shown)).toBe(browser.stored);
  });

  it('agree on one level when both change the same item at the same moment', () => {
    const browser = new Browser();
    browser.stored = serialiseStore(base());
    const [a, b] = [browser.open(), browser.open()];
    a.change((r) => setLevel(r, '1.1a', 'secure', at(5)));
    b.change((r) => setLevel(r, '1.1a', 'leading', at(5)));
    browser.deliver();
    expect(a.shown).toEqual(b.shown);
    expect(serialiseStore(a.shown)).toBe(browser.stored);
  });
});

describe('merging one item per field (issue 24)', () => {
  const item = (store: Store) => store.reviews[0]!.items[0]!;
  const note = { id: 'e-theirs', note: 'Led INSET', date: '2026-03-01', url: '' };

  it('keeps a level set in one tab and evidence added in the other, at the same moment or either order', () => {
    for (const [levelAt, noteAt] of [
      [5, 5],
      [5, 6],
      [6, 5],
    ] as const) {
      const start = base();
      const ours = edit(start, (r) => setLevel(r, '1.1a', 'secure', at(levelAt)));
      const theirs = edit(start, (r) => addEvidence(r, '1.1a', note, at(noteAt)));
      for (const [base0, x, y] of [
        [start, ours, theirs],
        [ours, ours, theirs],
        [theirs, theirs, ours],
      ] as const) {
        const merged = item(mergeTabs(base0, x, y));
        expect(merged.level).toBe('secure');
        expect(merged.evidence.map((e) => e.id)).toEqual(['e-theirs']);
        expect(merged.history.at(-1)).toMatchObject({ level: 'secure' });
      }
    }
  });

  it('keeps the later of two levels and the later of two priorities, each on its own', () => {
    const start = base();
    const ours = edit(
      edit(start, (r) => setLevel(r, '1.1a', 'secure', at(1))),
      (r) => setPriority(r, '1.1a', true, at(4)),
    );
    const theirs = edit(start, (r) => setLevel(r, '1.1a', 'leading', at(3)));
    for (const merged of [mergeTabs(start, ours, theirs), mergeTabs(start, theirs, ours)]) expect(item(merged)).toMatchObject({ level: 'leading', priority: true });
  });

  it('a stale copy in the other tab does not bring back evidence removed here', () => {
    const start = edit(base(), (r) => addEvidence(r, '1.1a', note, at(1)));
    const ours = edit(start, (r) => removeEvidence(r, '1.1a', 'e-theirs', at(2)));
    const theirs = edit(start, (r) => setLevel(r, '1.1a', 'developing', at(3)));
    for (const merged of [mergeTabs(ours, ours, theirs), mergeTabs(theirs, theirs, ours)]) expect(item(merged)).toMatchObject({ level: 'developing', evidence: [] });
  });

  it('two tabs in one browser agree, and keep the level and the evidence', () => {
    const browser = new Browser();
    browser.stored = serialiseStore(base());
    const [a, b] = [browser.open(), browser.open()];
    a.change((r) => setLevel(r, '1.1a', 'secure', at(5)));
    b.change((r) => addEvidence(r, '1.1a', note, at(5)));
    browser.deliver();
    expect(a.shown).toEqual(b.shown);
    expect(item(a.shown)).toMatchObject({ level: 'secure', evidence: [{ id: 'e-theirs' }] });
    expect(serialiseStore(a.shown)).toBe(browser.stored);
  });
});
