import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { s } from '../../islands/chart';
import { h } from '../../islands/dom';
import { addEvidence, createReview, setLevel, setPriority } from './edits';
import { CURRENT_VERSION, emptyStore, FORMAT, MAX_FILE_BYTES, MAX_REVIEWS, parseStore, serialiseStore, type Store } from './storage-format';
import { mergeStores } from './import-merge';
import { root } from '../../../tests/fixtures/content';
import type { Json } from '../../../tests/fixtures/json';

const JAN = new Date('2026-01-10T12:00:00Z');
const MAR = new Date('2026-03-15T12:00:00Z');

function sampleStore(): Store {
  let review = createReview({ id: 'r-2026', title: 'Review 2026 – Adolygiad “ŵ”', stage: 'existing-leaders', numbers: ['1.14', '3.4a'], now: JAN });
  review = setLevel(review, '1.14', 'secure', MAR);
  review = setPriority(review, '3.4a', true, MAR);
  review = addEvidence(review, '1.14', { id: 'e-1', note: 'Line one\nLine two, with "quotes", commas & 5 < 6', date: '2026-03-01', url: 'https://example.org/a?b=c&d=e' }, MAR);
  const other = createReview({ id: 'r-2025', title: 'Review 2025', stage: null, numbers: ['1.1'], now: JAN });
  return { ...emptyStore(), reviews: [other, review] };
}

/** A file as a person might hand-edit or an attacker craft it: the sample with a change. */
function tampered(change: (data: Json) => void): string {
  const data: Json = JSON.parse(serialiseStore(sampleStore()));
  change(data);
  return JSON.stringify(data);
}

describe('round trip', () => {
  it('export then import gives exactly the same reviews, byte for byte', () => {
    const store = sampleStore();
    const text = serialiseStore(store);
    const result = parseStore(text);
    expect(result).toEqual({ ok: true, store });
    expect(result.ok && serialiseStore(result.store)).toBe(text);
  });

  it('an empty store round-trips too', () => {
    expect(parseStore(serialiseStore(emptyStore()))).toEqual({ ok: true, store: emptyStore() });
  });
});

describe('migration', () => {
  const v0 = {
    format: FORMAT,
    version: 0,
    reviews: [
      {
        id: 'r-old',
        title: 'Adolygiad 2024',
        stage: 'future-senior-leader',
        created: '2024-09-01T09:00:00.000Z',
        items: {
          '3.4a': { level: 'developing', evidence: [{ note: 'Coached two NQTs', date: '2024-10-01', url: 'https://example.org/coaching' }] },
          '1.14': { level: 'secure', evidence: [] },
          '1.2': { level: 'not-started', evidence: [{ note: 'Read the consortium’s model', date: '2024-09-20' }] },
        },
      },
    ],
  };

  it('lifts version 0 (no priorities, items as a map) to the current version', () => {
    const result = parseStore(JSON.stringify(v0));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.store.version).toBe(CURRENT_VERSION);
    const [review] = result.store.reviews;
    expect(review).toMatchObject({ id: 'r-old', title: 'Adolygiad 2024', stage: 'future-senior-leader', created: '2024-09-01T09:00:00.000Z', updated: '2024-09-01T09:00:00.000Z' });
    expect(review!.items.map((i) => [i.number, i.level, i.priority])).toEqual([
      ['1.2', 'not-started', false],
      ['1.14', 'secure', false],
      ['3.4a', 'developing', false],
    ]);
    expect(review!.items[2]!.evidence).toEqual([{ id: 'e1-r-old', note: 'Coached two NQTs', date: '2024-10-01', url: 'https://example.org/coaching' }]);
    expect(review!.items[0]!.evidence[0]).not.toHaveProperty('url');
    expect(review!.items[1]!.history).toEqual([{ on: '2024-09-01', level: 'secure', priority: false }]);
  });

  it('lifts version 1 (no change times) as it is: the new fields are optional', () => {
    const v1: Json = JSON.parse(serialiseStore(sampleStore()));
    v1.version = 1;
    for (const review of v1.reviews) for (const item of review.items) delete item.changed;
    const result = parseStore(JSON.stringify(v1));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, store: { version: CURRENT_VERSION } });
    expect(result.ok && result.store.reviews).toEqual(v1.reviews);
  });

  it('then round-trips in the current version', () => {
    const result = parseStore(JSON.stringify(v0));
    if (!result.ok) throw new Error('expected the migration to succeed');
    expect(parseStore(serialiseStore(result.store))).toEqual({ ok: true, store: result.store });
  });

  it('checks a version 0 file against version 0’s own schema, and the migrated result against the current one', () => {
    const broken = structuredClone(v0) as Json;
    broken.reviews[0].items['1.14'].level = 'expert';
    expect(parseStore(JSON.stringify(broken))).toMatchObject({ ok: false, error: { problem: 'invalid', at: 'reviews[0].items.1.14.level' } });
    const markup = structuredClone(v0) as Json;
    markup.reviews[0].items['1.2'].evidence[0].note = '<script>alert(1)</script>';
    expect(parseStore(JSON.stringify(markup))).toMatchObject({ ok: false, error: { problem: 'markup' } });
  });
});

describe('hostile and broken files are refused whole, with a reason', () => {
  const problem = (text: string) => {
    const result = parseStore(text);
    return result.ok ? 'accepted' : result.error.problem;
  };

  it('refuses what is not JSON, or not a review file', () => {
    expect(problem('')).toBe('empty');
    expect(problem('   \n')).toBe('empty');
    expect(problem('<html><script>alert(1)</script></html>')).toBe('not-json');
    expect(problem('{"format": "arwain-review", "version": 1, "reviews": [')).toBe('not-json');
    expect(problem('"arwain-review"')).toBe('not-review-file');
    expect(problem('null')).toBe('not-review-file');
    expect(problem('[]')).toBe('not-review-file');
    expect(problem('{"reviews": []}')).toBe('not-review-file');
    expect(problem('{"format": "someone-else", "version": 1, "reviews": []}')).toBe('not-review-file');
  });

  it('refuses versions it does not know', () => {
    expect(parseStore(tampered((d) => (d.version = CURRENT_VERSION + 1)))).toEqual({ ok: false, error: { problem: 'newer-version', value: String(CURRENT_VERSION + 1) } });
    expect(problem(tampered((d) => (d.version = -1)))).toBe('unsupported-version');
    expect(problem(tampered((d) => (d.version = 1.5)))).toBe('unsupported-version');
    expect(problem(tampered((d) => (d.version = '1')))).toBe('unsupported-version');
    expect(problem(tampered((d) => delete d.version))).toBe('unsupported-version');
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const huge = `{"format":"arwain-review","version":1,"reviews":[],"padding":"${'x'.repeat(MAX_FILE_BYTES)}"}`;
    expect(problem(huge)).toBe('too-large');
    // Bytes, not characters: a Welsh ŵ is two bytes.
    expect(problem('ŵ'.repeat(MAX_FILE_BYTES / 2 + 1))).toBe('too-large');
  });

  it('refuses markup in notes and titles, saying where', () => {
    expect(parseStore(tampered((d) => (d.reviews[1].items[0].evidence[0].note = '<script>alert("x")</script>')))).toEqual({
      ok: false,
      error: { problem: 'markup', at: 'reviews[1].items[0].evidence[0].note' },
    });
    expect(problem(tampered((d) => (d.reviews[0].title = 'Review <img src=x onerror=alert(1)>')))).toBe('markup');
  });

  it('refuses links that are not http or https', () => {
    expect(parseStore(tampered((d) => (d.reviews[1].items[0].evidence[0].url = 'javascript:alert(1)')))).toEqual({
      ok: false,
      error: { problem: 'invalid', at: 'reviews[1].items[0].evidence[0].url' },
    });
  });

  it('refuses the wrong schema: extra or missing fields, wrong types, duplicates, unknown items', () => {
    expect(problem(tampered((d) => (d.reviews[0].extra = true)))).toBe('invalid');
    expect(problem(tampered((d) => (d.__proto__polluted = true)))).toBe('invalid');
    expect(problem(tampered((d) => delete d.reviews[0].items[0].priority))).toBe('invalid');
    expect(problem(tampered((d) => (d.reviews[0].items[0].level = 'excellent')))).toBe('invalid');
    expect(problem(tampered((d) => (d.reviews[1].items[1].number = '1.14')))).toBe('invalid');
    expect(problem(tampered((d) => (d.reviews[1].id = 'r-2025')))).toBe('invalid');
    expect(problem(tampered((d) => (d.reviews[0].created = 'yesterday')))).toBe('invalid');
    expect(problem(tampered((d) => (d.reviews[0].items[0].number = '01.1')))).toBe('invalid');
    // A well-formed number the standards do not have is not a problem of the file: see review-reconcile.test.ts.
    expect(problem(tampered((d) => (d.reviews[0].items[0].number = '9.9')))).toBe('accepted');
  });

  it('refuses more reviews than the limit', () => {
    expect(problem(tampered((d) => (d.reviews = Array.from({ length: MAX_REVIEWS + 1 }, (_, i) => ({ ...d.reviews[0], id: `r-${i}` })))))).toBe('invalid');
  });
});

describe('mergeStores', () => {
  const ids = () => {
    let n = 0;
    return () => `r-new-${(n += 1)}`;
  };

  it('adds imported reviews and leaves every stored one as it was', () => {
    const stored = { ...emptyStore(), reviews: [sampleStore().reviews[0]!] };
    const merged = mergeStores(stored, sampleStore(), ids());
    expect(merged).toMatchObject({ added: 1, copied: 0, unchanged: 1 });
    expect(merged!.store.reviews.map((r) => r.id)).toEqual(['r-2025', 'r-2026']);
    expect(merged!.store.reviews[0]).toBe(stored.reviews[0]);
  });

  it('keeps both when a file holds a different review with a stored id', () => {
    const incoming = sampleStore();
    const changed = { ...incoming, reviews: [{ ...incoming.reviews[0]!, title: 'Renamed' }] };
    const merged = mergeStores(sampleStore(), changed, ids())!;
    expect(merged).toMatchObject({ added: 0, copied: 1, unchanged: 0 });
    expect(merged.store.reviews.map((r) => [r.id, r.title])).toEqual([
      ['r-2025', 'Review 2025'],
      ['r-2026', 'Review 2026 – Adolygiad “ŵ”'],
      ['r-new-1', 'Renamed'],
    ]);
  });

  it('refuses a merge that would pass the limit', () => {
    const many = { ...emptyStore(), reviews: Array.from({ length: MAX_REVIEWS }, (_, i) => ({ ...sampleStore().reviews[0]!, id: `r-${i}` })) };
    expect(mergeStores(many, sampleStore(), ids())).toBeUndefined();
  });
});

describe('notes are shown as text, never as HTML', () => {
  /* A minimal stand-in for the browser's document: it records what the island builds. */
  class FakeNode {
    children: FakeNode[] = [];
    attributes = new Map<string, string>();
    constructor(
      readonly tag: string,
      readonly text = '',
    ) {}
    setAttribute(name: string, value: string) {
      this.attributes.set(name, value);
    }
    append(...nodes: FakeNode[]) {
      this.children.push(...nodes);
    }
    replaceChildren() {
      this.children = [];
    }
  }
  const original = (globalThis as { document?: unknown }).document;
  afterEach(() => {
    (globalThis as { document?: unknown }).document = original;
  });
  const fakeDocument = () => {
    (globalThis as { document?: unknown }).document = {
      createElement: (tag: string) => new FakeNode(tag),
      createElementNS: (_ns: string, tag: string) => new FakeNode(tag),
      createTextNode: (text: string) => new FakeNode('#text', text),
    };
  };

  it('puts a note containing <script> in a text node, whole', () => {
    fakeDocument();
    const note = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const p = h('p', { class: 'aw-review-evidence__note' }, note) as unknown as FakeNode;
    expect(p.children).toHaveLength(1);
    expect(p.children[0]).toMatchObject({ tag: '#text', text: note });
  });

  it('refuses event-handler and style attributes, which a strict CSP would block', () => {
    fakeDocument();
    expect(() => h('a', { onclick: 'alert(1)' })).toThrow(/onclick/);
    expect(() => s('rect', { style: 'fill:red' })).toThrow(/style/);
  });

  it('no island parses HTML: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    const files = ['src/features', 'src/islands'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map((file) => join(dir, file)),
    );
    expect(files).toContain('src/features/review/review.client.ts');
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
    }
  });
});
