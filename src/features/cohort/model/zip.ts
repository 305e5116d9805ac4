/*
 * A small reader for .zip files: a programme lead who collects the shared
 * files in a shared folder (SharePoint, Teams, OneDrive, Google Drive) gets
 * one .zip when downloading it. The central directory is read first (what the
 * archive holds), then the entries' data in windows of a few megabytes, so
 * 5,000 entries are a few reads of the file, not 5,000. Only .json files are
 * read; deflated ones through the platform's DecompressionStream, never beyond
 * the size a loose file may have, whatever the archive says they are.
 * ZIP64 is read (OneDrive and SharePoint write it for folder downloads, whatever
 * their size). Not read: split or encrypted archives, and methods other than
 * stored and deflate.
 */

/** Where an archive's bytes come from: a File in the browser, bytes in a test. */
export interface ZipSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Why a whole archive could not be read. */
export type ZipProblem = 'zip-broken' | 'zip-too-many' | 'zip-no-files';

/** Why one entry of an archive could not be read. */
export type ZipEntryProblem = 'zip-encrypted' | 'zip-method' | 'zip-damaged' | 'too-large';

/** An archive that cannot be read, and why. */
export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly value?: string,
  ) {
    super(`zip: ${problem}${value ? ` (${value})` : ''}`);
  }
}

/** An entry of the central directory that will be read. */
export interface ZipListed {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
  /** Where the entry's part of the archive ends (the next entry's start, or the central directory's). */
  end: number;
}

export type ZipEntry = { name: string; bytes: Uint8Array } | { name: string; problem: ZipEntryProblem; value?: string };

/** Shared files read from one archive at most (an archive of more is refused, not read in part). */
export const MAX_ZIP_FILES = 10_000;

/** The most of an archive read at once (bytes). */
export const ZIP_WINDOW_BYTES = 8 * 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const ZIP64_END_SIZE = 56;
const ZIP64_LOCATOR_SIZE = 20;
/** A 32-bit field holding this says "the real figure is in the ZIP64 record". */
const MAX32 = 0xffffffff;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
// Exact up to 2^53 bytes: more than any file a browser will hand over.
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;
const names = new TextDecoder();

/**
 * Whether an entry is one to read: a .json file, not a folder, and not the
 * copies of files' details that macOS adds (`__MACOSX/`, `._name`).
 * @example isSharedEntry('cohort/alys.json') // true
 * @example isSharedEntry('__MACOSX/cohort/._alys.json') // false
 */
export function isSharedEntry(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return /\.json$/i.test(name) && !name.endsWith('/') && !/(^|\/)__MACOSX\//.test(name) && !base.startsWith('._');
}

/** Where the end-of-central-directory record starts in `tail`, or -1 (the last one whose comment fits). */
function findEnd(tail: Uint8Array): number {
  for (let at = tail.length - EOCD_SIZE; at >= 0; at -= 1) {
    if (u32(tail, at) === EOCD && at + EOCD_SIZE + u16(tail, at + 20) <= tail.length) return at;
  }
  return -1;
}

/** Where the central directory is and how many entries it has, from the end record or, for ZIP64, the record it points to. */
async function directoryOf(source: ZipSource, tail: Uint8Array, tailStart: number, at: number): Promise<{ count: number; cdSize: number; cdOffset: number; endAt: number }> {
  const locator = at - ZIP64_LOCATOR_SIZE;
  if (locator < 0 || u32(tail, locator) !== ZIP64_LOCATOR) {
    const count = u16(tail, at + 10);
    // Only on one disk; a field saying "see the ZIP64 record" with no record is damage.
    if (u16(tail, at + 4) !== 0 || u16(tail, at + 6) !== 0 || u16(tail, at + 8) !== count) throw new ZipError('zip-broken');
    return { count, cdSize: u32(tail, at + 12), cdOffset: u32(tail, at + 16), endAt: tailStart + at };
  }
  // ZIP64: the locator says where the ZIP64 end record is; it has the real figures.
  const recordAt = u64(tail, locator + 8);
  if (u32(tail, locator + 4) !== 0 || u32(tail, locator + 16) !== 1 || recordAt + ZIP64_END_SIZE > tailStart + locator) throw new ZipError('zip-broken');
  const record = await source.read(recordAt, ZIP64_END_SIZE);
  const count = u64(record, 32);
  if (u32(record, 0) !== ZIP64_END || u32(record, 16) !== 0 || u32(record, 20) !== 0 || u64(record, 24) !== count) throw new ZipError('zip-broken');
  return { count, cdSize: u64(record, 40), cdOffset: u64(record, 48), endAt: recordAt };
}

/**
 * An entry's sizes and where its local header is, from its central record at `p`, or from its
 * ZIP64 extra field (`extra`, the record's extra fields) for each figure that says to look there.
 */
function entrySizes(cd: Uint8Array, p: number, extra: Uint8Array): { size: number; compressedSize: number; offset: number } {
  const sizes = { size: u32(cd, p + 24), compressedSize: u32(cd, p + 20), offset: u32(cd, p + 42) };
  if (sizes.size !== MAX32 && sizes.compressedSize !== MAX32 && sizes.offset !== MAX32) return sizes;
  // The ZIP64 field holds, in this order, only those of the three that are MAX32.
  for (let q = 0; q + 4 <= extra.length; q += 4 + u16(extra, q + 2)) {
    if (u16(extra, q) !== ZIP64_EXTRA) continue;
    const end = q + 4 + u16(extra, q + 2);
    let at = q + 4;
    for (const key of ['size', 'compressedSize', 'offset'] as const) {
      if (sizes[key] !== MAX32) continue;
      if (at + 8 > end || end > extra.length) throw new ZipError('zip-broken');
      sizes[key] = u64(extra, at);
      at += 8;
    }
    return sizes;
  }
  throw new ZipError('zip-broken');
}

/**
 * The .json entries of an archive, in its order, with where each one's data lies.
 * Throws a `ZipError` for an archive that cannot be read, holds no .json file or more than `maxFiles`.
 * @example await listZip(source) // [{ name: 'cohort/alys.json', method: 8, … }]
 */
export async function listZip(source: ZipSource, maxFiles = MAX_ZIP_FILES): Promise<ZipListed[]> {
  if (source.size < EOCD_SIZE) throw new ZipError('zip-broken');
  // The end record and its comment, and the ZIP64 locator that may come just before them.
  const tailStart = Math.max(0, source.size - EOCD_SIZE - MAX_COMMENT - ZIP64_LOCATOR_SIZE);
  const tail = await source.read(tailStart, source.size - tailStart);
  const at = findEnd(tail);
  if (at < 0) throw new ZipError('zip-broken');
  const { count, cdSize, cdOffset, endAt } = await directoryOf(source, tail, tailStart, at);
  if (cdOffset + cdSize > endAt) throw new ZipError('zip-broken');
  const cd = await source.read(cdOffset, cdSize);
  const all: { offset: number; entry?: ZipListed }[] = [];
  let wanted = 0;
  let p = 0;
  for (let k = 0; k < count; k += 1) {
    if (p + 46 > cd.length || u32(cd, p) !== CENTRAL) throw new ZipError('zip-broken');
    const nameLength = u16(cd, p + 28);
    const next = p + 46 + nameLength + u16(cd, p + 30) + u16(cd, p + 32);
    if (next > cd.length) throw new ZipError('zip-broken');
    const extra = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + u16(cd, p + 30));
    const { size, compressedSize, offset } = entrySizes(cd, p, extra);
    if (offset >= cdOffset) throw new ZipError('zip-broken');
    const name = names.decode(cd.subarray(p + 46, p + 46 + nameLength));
    const listed = isSharedEntry(name) ? { name, flags: u16(cd, p + 8), method: u16(cd, p + 10), compressedSize, size, offset, end: cdOffset } : undefined;
    if (listed && (wanted += 1) > maxFiles) throw new ZipError('zip-too-many', String(maxFiles));
    all.push(listed ? { offset, entry: listed } : { offset });
    p = next;
  }
  if (wanted === 0) throw new ZipError('zip-no-files');
  // Each entry's part ends where the next one (in the file's order) starts.
  const byOffset = all.map((e) => e.offset).sort((a, b) => a - b);
  const entries = all.flatMap((e) => (e.entry ? [e.entry] : []));
  for (const entry of entries) {
    let lo = 0;
    let hi = byOffset.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byOffset[mid]! <= entry.offset) lo = mid + 1;
      else hi = mid;
    }
    entry.end = lo < byOffset.length ? byOffset[lo]! : cdOffset;
  }
  return entries;
}

/**
 * Inflates raw deflate `data`, stopping once it grows beyond `limit` bytes.
 * @example await inflate(deflateRawSync(bytes), 2e6) // bytes
 */
export async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array | 'too-large' | 'zip-damaged'> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      total += part.value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(part.value);
    }
  } catch {
    return 'zip-damaged';
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** Why an entry will not be read, before reading it; null if it will be. */
function refusal(entry: ZipListed, maxBytes: number): Exclude<ZipEntry, { bytes: Uint8Array }> | null {
  const { name } = entry;
  if (entry.flags & 1) return { name, problem: 'zip-encrypted' };
  if (entry.method !== 0 && entry.method !== 8) return { name, problem: 'zip-method', value: String(entry.method) };
  if (entry.compressedSize > maxBytes || (entry.method === 0 && entry.size > maxBytes)) return { name, problem: 'too-large' };
  if (entry.method === 0 && entry.compressedSize !== entry.size) return { name, problem: 'zip-damaged' };
  return null;
}

/** One entry's data, from `window` (the archive's bytes from `start`). */
async function readEntry(entry: ZipListed, window: Uint8Array, start: number, maxBytes: number): Promise<ZipEntry> {
  const { name } = entry;
  const local = entry.offset - start;
  if (local + 30 > window.length || u32(window, local) !== LOCAL) return { name, problem: 'zip-damaged' };
  const from = local + 30 + u16(window, local + 26) + u16(window, local + 28);
  const to = from + entry.compressedSize;
  if (to > entry.end - start || to > window.length) return { name, problem: 'zip-damaged' };
  const data = window.subarray(from, to);
  if (entry.method === 0) return { name, bytes: data };
  const bytes = await inflate(data, maxBytes);
  if (typeof bytes === 'string') return { name, problem: bytes };
  // The size the archive gives is not trusted for the limit, but a different one means damage.
  return bytes.length === entry.size ? { name, bytes } : { name, problem: 'zip-damaged' };
}

/**
 * The entries of `listed` (from `listZip`), in order, each with its bytes or why
 * it could not be read; the archive is read a window at a time, the next window
 * while the last is inflated. No entry grows beyond `maxBytes`.
 * @example for await (const entry of readZip(source, await listZip(source), 2e6)) …
 */
export async function* readZip(source: ZipSource, listed: readonly ZipListed[], maxBytes: number, windowBytes = ZIP_WINDOW_BYTES): AsyncGenerator<ZipEntry> {
  // Windows: runs of entries whose parts lie close together, read at once (an entry refused unread needs no bytes).
  let current = { start: Infinity, end: 0, entries: [] as ZipListed[] };
  const windows = [current];
  for (const entry of listed) {
    if (refusal(entry, maxBytes)) {
      current.entries.push(entry);
      continue;
    }
    const end = Math.min(entry.end, entry.offset + 30 + 0x1ffff + entry.compressedSize);
    const start = Math.min(current.start, entry.offset);
    const last = Math.max(current.end, end);
    if (current.start !== Infinity && last - start > windowBytes) {
      current = { start: entry.offset, end, entries: [entry] };
      windows.push(current);
      continue;
    }
    Object.assign(current, { start, end: last });
    current.entries.push(entry);
  }
  const load = (w: typeof current): Promise<Uint8Array | null> =>
    w.start === Infinity ? Promise.resolve(new Uint8Array(0)) : source.read(w.start, Math.min(w.end, source.size) - w.start).catch(() => null);
  let coming = load(windows[0]!);
  for (let k = 0; k < windows.length; k += 1) {
    const w = windows[k]!;
    const bytes = await coming;
    if (windows[k + 1]) coming = load(windows[k + 1]!);
    // One at a time: in Chromium, inflating several at once was slower, not faster (the streams' overhead, not zlib, is most of the cost).
    for (const entry of w.entries) {
      const refused = refusal(entry, maxBytes);
      if (refused) yield refused;
      else if (!bytes) yield { name: entry.name, problem: 'zip-damaged' };
      else yield await readEntry(entry, bytes, w.start, maxBytes);
    }
  }
}

/**
 * An archive's bytes from a Blob (a File the lead chose), read a slice at a time.
 * @example listZip(blobSource(file))
 */
export function blobSource(blob: Blob): ZipSource {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}
