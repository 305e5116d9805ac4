import { describe, expect, it } from 'vitest';
import { makeZip } from '../../../../tests/fixtures/zip';
import { sharedText, SHARED_FORMAT, type SharedReview } from '../../../lib/review/shared-format';
import { cohortEngine, type EngineReply } from './engine';
import { deflateRawSync } from 'node:zlib';
import { inflate, isSharedEntry, listZip, readZip, ZipError, type ZipEntry, type ZipSource } from './zip';

/*
 * The .zip reader: archives written here as a shared folder's download has
 * them (ZIP64 too, as OneDrive and SharePoint write it), and the ones it must
 * refuse (bombs, damage, encryption, other methods), each refused by name while
 * the rest are read.
 */

const source = (bytes: Uint8Array, reads: [number, number][] = []): ZipSource => ({
  size: bytes.length,
  read: (offset, length) => {
    reads.push([offset, length]);
    return Promise.resolve(new Uint8Array(bytes.subarray(offset, offset + length)));
  },
});

const texts = (entries: ZipEntry[]) => entries.map((e) => ('bytes' in e ? { name: e.name, text: new TextDecoder().decode(e.bytes) } : e));

async function readAll(bytes: Uint8Array, maxBytes = 2 * 1024 * 1024, windowBytes?: number, reads?: [number, number][]) {
  const from = source(bytes, reads);
  const entries: ZipEntry[] = [];
  for await (const entry of readZip(from, await listZip(from), maxBytes, windowBytes)) entries.push(entry);
  return texts(entries);
}

async function problem(bytes: Uint8Array, maxFiles?: number): Promise<{ problem: string; value?: string | undefined }> {
  try {
    await listZip(source(bytes), maxFiles);
  } catch (error) {
    if (error instanceof ZipError) return { problem: error.problem, value: error.value };
    throw error;
  }
  throw new Error('read');
}

describe('reading a .zip', () => {
  it('reads stored and deflated .json entries in order, after a long comment, passing over folders, other files and what macOS adds', async () => {
    const zip = makeZip(
      [
        { name: 'Cohort 2026/' },
        { name: 'Cohort 2026/alys.json', data: '{"a":"Siân"}' },
        { name: 'Cohort 2026/bryn.JSON', data: '{"b":2}', method: 0 },
        { name: 'Cohort 2026/notes.txt', data: 'hello' },
        { name: '__MACOSX/Cohort 2026/._alys.json', data: 'mac' },
        { name: 'Cohort 2026/._carys.json', data: 'mac' },
        { name: 'Cohort 2026/empty.json', data: '' },
      ],
      { comment: 'x'.repeat(65_535) },
    );
    expect(await readAll(zip)).toEqual([
      { name: 'Cohort 2026/alys.json', text: '{"a":"Siân"}' },
      { name: 'Cohort 2026/bryn.JSON', text: '{"b":2}' },
      { name: 'Cohort 2026/empty.json', text: '' },
    ]);
  });

  it('names only .json files, not folders or macOS copies, as shared files', () => {
    expect(['a.json', 'f/a.Json', 'f.json/', '__MACOSX/a.json', 'f/__MACOSX/a.json', 'f/._a.json', 'a.json.txt'].map(isSharedEntry)).toEqual([true, true, false, false, false, false, false]);
  });

  it('reads the same in small windows as in one, a window a read', async () => {
    const zip = makeZip(Array.from({ length: 30 }, (_, k) => ({ name: `p${k}.json`, data: `{"n":${k}}`, method: k % 2 ? 0 : 8 })));
    const reads: [number, number][] = [];
    const small = await readAll(zip, 1000, 200, reads);
    expect(small).toEqual(await readAll(zip));
    expect(small).toHaveLength(30);
    // The end, the central directory, then each window once.
    expect(reads.length).toBeGreaterThan(4);
    expect(reads.length).toBeLessThan(30);
  });

  it('inflates what zlib deflates, at every level and block type, up to and including its limit', async () => {
    // Random bytes (stored blocks), repetitive text (fixed and dynamic codes), long runs (far copies), and nothing.
    let seed = 7;
    const random = Uint8Array.from({ length: 100_000 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const text = Buffer.from(JSON.stringify(Array.from({ length: 3000 }, (_, k) => ({ number: `${k % 6}.${k % 40}`, level: k % 5, note: 'evidence '.repeat(k % 7) }))));
    const samples = [random, text, Buffer.alloc(300_000, 'a'), Buffer.from('{}'), Buffer.alloc(0)];
    for (const sample of samples) {
      for (const level of [0, 1, 6, 9]) {
        const deflated = deflateRawSync(sample, { level });
        expect(Buffer.from((await inflate(deflated, sample.length)) as Uint8Array).equals(sample), `${sample.length} bytes at level ${level}`).toBe(true);
      }
      if (sample.length > 0) expect(await inflate(deflateRawSync(sample), sample.length - 1)).toBe('too-large');
    }
  });

  it('names truncated or garbage deflate data damaged, and stops a bomb at its limit', async () => {
    const text = Buffer.from('{"levels":"'.padEnd(50_000, 'abcdefghij') + '"}');
    const deflated = deflateRawSync(text);
    expect(await inflate(deflated.subarray(0, deflated.length - 10), 1e6)).toBe('zip-damaged');
    expect(await inflate(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]), 1e6)).toBe('zip-damaged');
    // 256 MB of zeros, about 250 KB deflated.
    expect(await inflate(deflateRawSync(Buffer.alloc(256 * 1024 * 1024)), 2 * 1024 * 1024)).toBe('too-large');
  });

  it('stops inflating a bomb at the limit, whatever size it claims, and reads the rest', async () => {
    const zeros = '0'.repeat(10 * 1024 * 1024);
    const zip = makeZip([
      { name: 'bomb.json', data: zeros, size: 100 },
      { name: 'bomb-honest.json', data: zeros },
      { name: 'stored-large.json', data: 'x'.repeat(3000), method: 0 },
      { name: 'ok.json', data: '{}' },
    ]);
    expect(zip.length).toBeLessThan(30_000);
    expect(await readAll(zip, 2000)).toEqual([
      { name: 'bomb.json', problem: 'too-large' },
      { name: 'bomb-honest.json', problem: 'too-large' },
      { name: 'stored-large.json', problem: 'too-large' },
      { name: 'ok.json', text: '{}' },
    ]);
  });

  it('names encrypted entries, other methods and damaged data, and reads the rest', async () => {
    const zip = makeZip([
      { name: 'secret.json', data: '{}', flags: 1 },
      { name: 'bzip.json', data: '{}', method: 12 },
      { name: 'lies.json', data: '{"a":1}', size: 3 },
      { name: 'ok.json', data: '{"ok":true}' },
    ]);
    expect(await readAll(zip)).toEqual([
      { name: 'secret.json', problem: 'zip-encrypted' },
      { name: 'bzip.json', problem: 'zip-method', value: '12' },
      { name: 'lies.json', problem: 'zip-damaged' },
      { name: 'ok.json', text: '{"ok":true}' },
    ]);
  });

  it('names an entry whose deflated data or local header is broken', async () => {
    const zip = makeZip([
      { name: 'a.json', data: '{"a":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}' },
      { name: 'b.json', data: '{"b":1}' },
      { name: 'c.json', data: '{"c":1}' },
    ]);
    const broken = Buffer.from(zip);
    broken.fill(0xff, 30 + 'a.json'.length, 30 + 'a.json'.length + 4);
    const b = broken.indexOf('b.json') - 30;
    broken.writeUInt32LE(0, b);
    expect(await readAll(broken)).toEqual([
      { name: 'a.json', problem: 'zip-damaged' },
      { name: 'b.json', problem: 'zip-damaged' },
      { name: 'c.json', text: '{"c":1}' },
    ]);
  });

  it('reads a ZIP64 archive (sizes and places in its extra fields and ZIP64 end record), with a long comment too', async () => {
    const entries = [
      { name: 'Shared/alys.json', data: '{"a":"Siân"}' },
      { name: 'Shared/notes.txt', data: 'hello' },
      { name: 'Shared/bryn.json', data: '{"b":2}', method: 0 },
    ];
    const expected = [
      { name: 'Shared/alys.json', text: '{"a":"Siân"}' },
      { name: 'Shared/bryn.json', text: '{"b":2}' },
    ];
    expect(await readAll(makeZip(entries, { zip64: true }))).toEqual(expected);
    expect(await readAll(makeZip(entries, { zip64: true, comment: 'y'.repeat(65_535) }))).toEqual(expected);
    // A bomb is stopped whatever the ZIP64 field claims.
    const bomb = makeZip([{ name: 'big.json', data: ' '.repeat(3_000_000), size: 10 }], { zip64: true });
    expect(await readAll(bomb)).toEqual([{ name: 'big.json', problem: 'too-large' }]);
  });

  it('refuses a ZIP64 archive whose record or extra field is missing or wrong', async () => {
    const zip = makeZip([{ name: 'a.json', data: '{}' }], { zip64: true });
    const at = (signature: number[]) => zip.indexOf(Buffer.from([0x50, 0x4b, ...signature]));
    // The ZIP64 end record's signature damaged.
    const record = Buffer.from(zip);
    record.writeUInt32LE(0, at([6, 6]));
    expect(await problem(record)).toEqual({ problem: 'zip-broken' });
    // The locator says the record is on another disk (a split archive).
    const split = Buffer.from(zip);
    split.writeUInt32LE(2, at([6, 7]) + 16);
    expect(await problem(split)).toEqual({ problem: 'zip-broken' });
    // An entry says "see the ZIP64 field" but has none.
    const noField = Buffer.from(zip);
    noField.writeUInt16LE(0x9999, at([1, 2]) + 46 + 'a.json'.length);
    expect(await problem(noField)).toEqual({ problem: 'zip-broken' });
    // A field too short for the figures it must hold.
    const short = Buffer.from(zip);
    short.writeUInt16LE(16, at([1, 2]) + 46 + 'a.json'.length + 2);
    expect(await problem(short)).toEqual({ problem: 'zip-broken' });
  });

  it('refuses a truncated, garbage or empty archive, one that claims ZIP64 without its record, one with no .json file, and one with too many', async () => {
    const zip = makeZip([
      { name: 'a.json', data: '{}' },
      { name: 'b.json', data: '{}' },
      { name: 'c.json', data: '{}' },
    ]);
    expect(await problem(zip.subarray(0, zip.length - 30))).toEqual({ problem: 'zip-broken' });
    expect(await problem(zip.subarray(0, zip.length / 2))).toEqual({ problem: 'zip-broken' });
    expect(await problem(Buffer.from('{"format":"arwain-shared-review"} and more text than an end record'))).toEqual({ problem: 'zip-broken' });
    expect(await problem(new Uint8Array(0))).toEqual({ problem: 'zip-broken' });
    const shifted = Buffer.from(zip);
    shifted.writeUInt32LE(shifted.readUInt32LE(shifted.length - 6) + 1, shifted.length - 6);
    expect(await problem(shifted)).toEqual({ problem: 'zip-broken' });
    const zip64 = Buffer.from(zip);
    zip64.writeUInt16LE(0xffff, zip64.length - 12);
    expect(await problem(zip64)).toEqual({ problem: 'zip-broken' });
    const big = Buffer.from(zip);
    big.writeUInt32LE(0xffffffff, big.indexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 20);
    expect(await problem(big)).toEqual({ problem: 'zip-broken' });
    expect(await problem(makeZip([{ name: 'f/' }, { name: 'a.txt', data: 'x' }]))).toEqual({ problem: 'zip-no-files' });
    expect(await problem(zip, 2)).toEqual({ problem: 'zip-too-many', value: '2' });
    expect(await listZip(source(zip), 3)).toHaveLength(3);
  });
});

describe('the engine, given a .zip', () => {
  const shared = (n: number): SharedReview => ({
    format: SHARED_FORMAT,
    version: 1,
    review: `r-${n}`,
    stage: null,
    date: '2026-03-15',
    items: [{ number: '1.1', level: 'secure', priority: false }],
  });

  it('reads its shared files as loose ones, in place, a person twice once, counting files as it opens the archive', async () => {
    const zip = makeZip([
      { name: 'cohort/p1.json', data: sharedText(shared(1)) },
      { name: 'cohort/bad.json', data: 'not json' },
      { name: 'cohort/p2.json', data: sharedText(shared(2)) },
      { name: 'cohort/p1-again.json', data: sharedText(shared(1)) },
      { name: 'cohort/secret.json', data: '{}', flags: 1 },
    ]);
    const files = [
      new File([sharedText(shared(2))], 'p2.json', { type: 'application/json' }),
      new File([new Uint8Array(zip)], 'cohort.zip', { type: 'application/zip' }),
      new File(['garbage'], 'broken.zip'),
      new File([sharedText(shared(3))], 'p3.json'),
    ];
    const replies: EngineReply[] = [];
    await cohortEngine((reply) => replies.push(reply))({ type: 'add', id: 1, into: 'people', count: files.length, files, renames: {}, maxBytes: 10_000 });
    expect(replies.find((r) => r.type === 'added')).toEqual({
      type: 'added',
      id: 1,
      added: 3,
      skipped: [
        { file: 'cohort.zip/cohort/bad.json', problem: 'not-json', at: undefined, value: undefined },
        { file: 'cohort.zip/cohort/p2.json', problem: 'duplicate', value: 'p2.json' },
        { file: 'cohort.zip/cohort/p1-again.json', problem: 'duplicate', value: 'cohort.zip/cohort/p1.json' },
        { file: 'cohort.zip/cohort/secret.json', problem: 'zip-encrypted' },
        { file: 'broken.zip', problem: 'zip-broken' },
      ],
    });
    const progress = replies.filter((r) => r.type === 'progress');
    // 4 files chosen; 8 once the archive says it holds 5 (3 loose, 5 in the archive, the broken one).
    expect(progress[0]).toMatchObject({ total: 4 });
    expect(progress.at(-1)).toEqual({ type: 'progress', id: 1, done: 8, total: 8 });
    expect(progress.every((p) => p.type === 'progress' && p.done <= p.total)).toBe(true);
  });
});
