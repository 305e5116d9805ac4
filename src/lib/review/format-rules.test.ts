import { describe, expect, it } from 'vitest';
import { createReview } from './edits';
import { checkEvidence, checkTitle, isDay, isHttpUrl, LIMITS, reviewSchema } from './model';
import { array, boolean, object, record, string } from './schema';
import { emptyStore, FORMAT, parseStore, serialiseStore, storeSchema, utf8Bytes } from './storage-format';

/*
 * The review's rules at their edges (src/lib/review/model.ts, schema.ts,
 * storage-format.ts): the longest text accepted, the days that are not days,
 * the messages a developer reads, the sizes in bytes of awkward text, and the
 * version numbers a file may not carry.
 */

const NOW = new Date('2026-03-01T09:00:00.000Z');
const review = (id: string, numbers = ['1.1']) => createReview({ id, title: 'Adolygiad', stage: null, numbers, now: NOW });

describe('what a person types', () => {
  it('accepts a note and a title at their longest, and not a letter more', () => {
    const ok = { date: '2026-03-01', url: '' };
    expect(checkEvidence({ ...ok, note: 'a'.repeat(LIMITS.note) })).toEqual([]);
    expect(checkEvidence({ ...ok, note: 'a'.repeat(LIMITS.note + 1) })).toEqual(['note-too-long']);
    expect(checkTitle('a'.repeat(LIMITS.title))).toBeUndefined();
    expect(checkTitle('a'.repeat(LIMITS.title + 1))).toBe('title-too-long');
    expect(checkTitle(` ${'a'.repeat(LIMITS.title)} `)).toBeUndefined();
  });

  it('takes a link of only spaces as no link', () => {
    expect(checkEvidence({ note: 'Led INSET', date: '2026-03-01', url: '   ' })).toEqual([]);
    expect(checkEvidence({ note: 'Led INSET', date: '2026-03-01', url: ' https://hwb.gov.wales/ ' })).toEqual([]);
  });

  it('accepts a link up to 2000 characters, without white space in it', () => {
    const base = 'https://example.org/';
    expect(isHttpUrl(base + 'a'.repeat(LIMITS.url - base.length))).toBe(true);
    expect(isHttpUrl(base + 'a'.repeat(LIMITS.url - base.length + 1))).toBe(false);
    expect(isHttpUrl('https://example.org/a b')).toBe(false);
    expect(isHttpUrl('https://example.org/a\tb')).toBe(false);
  });

  it('knows the days that are not days', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2026-12-31')).toBe(true);
    for (const day of ['2025-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01', '2026-01-01x']) {
      expect(isDay(day), day).toBe(false);
    }
  });
});

describe('the validator’s messages', () => {
  it('names an item listed twice, and a review id used twice', () => {
    const twice = { ...review('r-a', ['1.1', '1.2']), items: [...review('r-a').items, ...review('r-a').items] };
    expect(reviewSchema.safeParse(twice)).toEqual({ success: false, issues: [{ path: ['items', 1, 'number'], message: '1.1 is listed twice' }] });
    const store = { ...emptyStore(), reviews: [review('r-a'), review('r-b'), review('r-a')] };
    expect(storeSchema.safeParse(store)).toEqual({ success: false, issues: [{ path: ['reviews', 2, 'id'], message: 'the id r-a is used twice' }] });
  });

  it('refuses a list that is not a list, and an object that is a list', () => {
    expect(array(boolean, 5).safeParse(5)).toEqual({ success: false, issues: [{ path: [], message: 'expected a list' }] });
    expect(array(boolean, 5).safeParse({ length: 1 })).toEqual({ success: false, issues: [{ path: [], message: 'expected a list' }] });
    expect(object({}).safeParse([])).toEqual({ success: false, issues: [{ path: [], message: 'expected an object' }] });
    expect(record(string(), boolean).safeParse(null)).toEqual({ success: false, issues: [{ path: [], message: 'expected an object' }] });
  });

  it('stops at 20 problems wherever they are found, unknown fields included', () => {
    const unknown = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`field${i}`, true]));
    const result = object({}).safeParse(unknown);
    expect(result.success).toBe(false);
    expect(!result.success && result.issues).toHaveLength(20);
    const list = array(boolean, Infinity).safeParse(Array.from({ length: 30 }, () => 'x'));
    expect(!list.success && list.issues).toHaveLength(20);
  });
});

describe('utf8Bytes', () => {
  it('counts as UTF-8 does: one to four bytes a character, three for a lone surrogate', () => {
    const texts = [
      '',
      'a',
      'ŵ',
      '€',
      '😀',
      'a😀b',
      '\ud800',
      '\udc00',
      '\ud800a',
      '\ud800\udc00',
      '\udbff\udfff',
      '\ud800\udfff',
      '\udbff\udc00',
      '\ud7ff\udc00',
      '\ue000',
      '€\udc00',
      '\udc00\ud800',
      '\u07ff\u0800',
      '\u007f\u0080',
      '\udc00\udc00',
      '\ud800€',
      '\ud800\ue000',
    ];
    for (const text of texts) expect(utf8Bytes(text), JSON.stringify(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('parseStore at its edges', () => {
  it('reads a file of exactly the largest size, and refuses one byte more', () => {
    const text = serialiseStore({ ...emptyStore(), reviews: [review('r-a')] });
    expect(parseStore(text, { maxBytes: text.length }).ok).toBe(true);
    expect(parseStore(text, { maxBytes: text.length - 1 })).toEqual({ ok: false, error: { problem: 'too-large' } });
    const welsh = serialiseStore({ ...emptyStore(), reviews: [{ ...review('r-a'), title: 'ŵŷ' }] });
    expect(parseStore(welsh, { maxBytes: utf8Bytes(welsh) }).ok).toBe(true);
    expect(parseStore(welsh, { maxBytes: utf8Bytes(welsh) - 1 })).toEqual({ ok: false, error: { problem: 'too-large' } });
  });

  it('names the version it cannot read', () => {
    for (const [version, value] of [
      ['-1', '-1'],
      ['1.5', '1.5'],
      ['"3"', '3'],
      ['null', 'null'],
    ]) {
      expect(parseStore(`{"format":"${FORMAT}","version":${version},"reviews":[]}`), version).toEqual({ ok: false, error: { problem: 'unsupported-version', value } });
    }
    expect(parseStore(`{"format":"${FORMAT}","reviews":[]}`)).toEqual({ ok: false, error: { problem: 'unsupported-version', value: 'undefined' } });
  });

  it('gives migrated evidence ids that fit the id rule, however long the review’s id', () => {
    const id = 'r'.repeat(40);
    const v0 = {
      format: FORMAT,
      version: 0,
      reviews: [{ id, title: 'Hen', created: '2024-09-01T09:00:00.000Z', items: { '1.1': { level: 'secure', evidence: [{ note: 'Nodyn', date: '2024-09-02' }] } } }],
    };
    const result = parseStore(JSON.stringify(v0));
    expect(result.ok).toBe(true);
    const evidence = result.ok ? result.store.reviews[0]!.items[0]!.evidence[0]! : undefined;
    expect(evidence?.id).toBe(`e1-${id}`.slice(0, 40));
    expect(evidence?.id).toHaveLength(40);
  });
});
