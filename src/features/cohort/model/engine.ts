import type { Level } from '../../../lib/review/model';
import { aggregate, middleLevel } from './aggregate';
import { compareCohorts, type ChangeView } from './change';
import type { RowContext } from './disclosure';
import { admitFiles, type Checked, type Person, type Skipped } from './load';
import { parseShared, sharedReviewSchema, type SharedReview } from '../../../lib/review/shared-format';
import { cohortView, type CohortView } from './views';
import { blobSource, listZip, readZip, ZipError, type ZipListed } from './zip';

/*
 * The cohort's work, apart from the page: reading files (many at once, each
 * checked as soon as it is read, while others are still being read), holding
 * the loaded reviews and working out what may be shown. The page hands the
 * files over in batches (`files`), so that handing over 5,000 is never one
 * long task; reading starts with the first batch.
 * It runs in a Web Worker (`cohort.worker.ts`), so 5,000 files never freeze
 * the page; the page gets back only the figures it may show, never the
 * reviews. Where a browser has no workers, the page runs it itself.
 */

export type EngineRequest =
  /** Adds `count` files: `files` now, the rest in `files` requests with the same id. */
  | { type: 'add'; id: number; into: 'people' | 'earlier'; count: number; files: readonly File[]; renames: Record<string, string>; maxBytes: number }
  | { type: 'files'; id: number; files: readonly File[] }
  | { type: 'restore'; id: number; text: string }
  | { type: 'clear'; id: number }
  | { type: 'view'; id: number; stage: string | null; min: number; context: RowContext }
  | { type: 'keep'; id: number };

export interface NamedPerson {
  name: string;
  stage: string | null;
  date: string;
  /** The middle level in each key area of the context, or null where none was reviewed. */
  areas: (Level | null)[];
}

export interface CohortResult {
  view: CohortView;
  change: ChangeView;
  people: number;
  earlier: number;
  from: string | null;
  to: string | null;
  /** Whether any review has a name (the named people are listed only when `view.named`). */
  names: boolean;
  named: NamedPerson[];
}

export type EngineReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'added'; id: number; added: number; skipped: Skipped[] }
  | { type: 'view'; id: number; result: CohortResult }
  | { type: 'kept'; id: number; text: string; people: number; earlier: number }
  | { type: 'done'; id: number };

/**
 * Files read together, as one piece. The browser reads a piece of many small
 * files several times faster than each file alone (each read is a round trip to
 * the browser's own process); a piece is still small (25 × 15 KB).
 */
export const FILES_PER_READ = 25;

/** Pieces read at once: enough to keep the browser's file reading busy while others are checked. */
export const READS_AT_ONCE = 4;

/** How often progress is sent at most (ms): often enough to see it move, rarely enough not to flood the page. */
const PROGRESS_EVERY_MS = 100;

/** Files handed over so far for one `add`, and readers waiting for more. */
interface Intake {
  files: File[];
  waiting: (() => void)[];
}

/**
 * The texts of `files`, read as one piece; null for a file that cannot be read.
 * @example await readPiece([a, b]) // ['{"format":…', '{"format":…']
 */
export async function readPiece(files: readonly File[]): Promise<(string | null)[]> {
  try {
    const bytes = new Uint8Array(await new Blob(files as File[]).arrayBuffer());
    const decoder = new TextDecoder();
    let at = 0;
    return files.map((file) => decoder.decode(bytes.subarray(at, (at += file.size))));
  } catch {
    // A file could not be read (moved, or changed since it was chosen): each alone, to find which.
    return Promise.all(files.map((file) => file.text().catch(() => null)));
  }
}

/** The types a browser may give a .zip file. */
const ZIP_TYPES = new Set(['application/zip', 'application/x-zip-compressed', 'application/x-zip']);

/**
 * Whether a chosen file is a .zip (a shared folder downloaded from SharePoint,
 * Teams, OneDrive or Google Drive is one), by its name or its type.
 * @example isZip({ name: 'Cohort 2026.zip', type: '' }) // true
 */
export function isZip(file: Pick<File, 'name' | 'type'>): boolean {
  return /\.zip$/i.test(file.name) || ZIP_TYPES.has(file.type);
}

/**
 * The shared files in a .zip, read and checked exactly as loose files are, each
 * named `archive.zip/folder/file.json`; an archive that cannot be read is one
 * skipped file, named by itself. `opened(count)` once the archive says how many
 * .json files it holds, `read()` after each is checked.
 * @example await readZipFile(file, 2e6, (count) => …, () => …) // [{ name: 'cohort.zip/alys.json', result }, …]
 */
export async function readZipFile(file: File, maxBytes: number, opened: (count: number) => void, read: () => void): Promise<Checked[]> {
  const source = blobSource(file);
  let listed: ZipListed[];
  try {
    listed = await listZip(source);
  } catch (error) {
    read();
    return [error instanceof ZipError ? { name: file.name, unread: error.problem, value: error.value } : { name: file.name, unread: 'unreadable' }];
  }
  opened(listed.length);
  const decoder = new TextDecoder();
  const checked: Checked[] = [];
  for await (const entry of readZip(source, listed, maxBytes)) {
    const name = `${file.name}/${entry.name}`;
    checked.push('bytes' in entry ? { name, result: parseShared(decoder.decode(entry.bytes)) } : { name, unread: entry.problem, value: entry.value });
    read();
  }
  return checked;
}

/**
 * Reads and checks `count` files as they arrive in `intake`, a piece at a time and
 * `READS_AT_ONCE` pieces at once, each file checked as soon as it is read, keeping
 * their order; a file over `maxBytes` is refused unread. A .zip is opened and its
 * shared files read in its place, each counted as a file: `progress` has the
 * files read and the files in all (which grows as each .zip is opened).
 * @example await readAndCheck(intake, 5000, 5e6, (done, total) => post(done, total))
 */
export async function readAndCheck(intake: Intake, count: number, maxBytes: number, progress: (done: number, total: number) => void): Promise<Checked[]> {
  const checked = new Array<Checked[]>(count);
  let next = 0;
  let done = 0;
  let total = count;
  /**
   * The places of the next piece's files, once a whole piece has arrived (or the
   * last files have); empty when all are taken. Waiting for a whole piece keeps
   * pieces whole when the page hands files over a few at a time on a busy machine.
   */
  const take = async (): Promise<number[]> => {
    while (intake.files.length - next < FILES_PER_READ && intake.files.length < count) await new Promise<void>((resolve) => intake.waiting.push(resolve));
    const from = next;
    next = Math.min(count, intake.files.length, from + FILES_PER_READ);
    return Array.from({ length: next - from }, (_, k) => from + k);
  };
  const reader = async () => {
    for (let places = await take(); places.length > 0; places = await take()) {
      const zips = places.filter((i) => isZip(intake.files[i]!));
      const loose = places.filter((i) => !isZip(intake.files[i]!));
      const small = loose.filter((i) => intake.files[i]!.size <= maxBytes);
      const texts = await readPiece(small.map((i) => intake.files[i]!));
      for (const i of loose) checked[i] = [{ name: intake.files[i]!.name, unread: 'too-large' }];
      small.forEach((i, k) => {
        const text = texts[k];
        const name = intake.files[i]!.name;
        checked[i] = [typeof text === 'string' ? { name, result: parseShared(text) } : { name, unread: 'unreadable' }];
      });
      if (loose.length > 0) progress((done += loose.length), total);
      for (const i of zips) {
        checked[i] = await readZipFile(
          intake.files[i]!,
          maxBytes,
          (files) => progress(done, (total += files - 1)),
          () => progress((done += 1), total),
        );
      }
    }
  };
  await Promise.all(Array.from({ length: READS_AT_ONCE }, reader));
  return checked.flat();
}

const validPeople = (value: unknown): Person[] =>
  Array.isArray(value)
    ? value.filter((p: unknown): p is Person => typeof p === 'object' && p !== null && 'file' in p && typeof p.file === 'string' && 'shared' in p && sharedReviewSchema.safeParse(p.shared).success)
    : [];

function namedPeople(people: readonly SharedReview[], context: RowContext): NamedPerson[] {
  return people
    .filter((person) => person.name !== undefined)
    .map((person) => ({
      name: person.name!,
      stage: person.stage,
      date: person.date,
      areas: context.areas.map((area) => {
        const levels = person.items.filter((item) => context.areaOf.get(item.number) === area).map((item) => item.level);
        return levels.length ? middleLevel(levels) : null;
      }),
    }));
}

/**
 * The cohort's engine: answers requests, sending progress and replies through `reply`.
 * @example const engine = cohortEngine((reply) => postMessage(reply)); onmessage = (e) => void engine(e.data);
 */
export function cohortEngine(reply: (message: EngineReply) => void): (request: EngineRequest) => Promise<void> {
  const state: { people: Person[]; earlier: Person[] } = { people: [], earlier: [] };
  const shared = (list: Person[]) => list.map((p) => p.shared);
  const intakes = new Map<number, Intake>();
  const handlers = {
    add: async (request: Extract<EngineRequest, { type: 'add' }>) => {
      const intake: Intake = { files: [...request.files], waiting: [] };
      intakes.set(request.id, intake);
      let sent = 0;
      let told = request.count;
      const checked = await readAndCheck(intake, request.count, request.maxBytes, (done, total) => {
        // Sent at once when a .zip is opened (the number of files changes) or all are read.
        if (done < total && total === told && performance.now() - sent < PROGRESS_EVERY_MS) return;
        told = total;
        sent = performance.now();
        reply({ type: 'progress', id: request.id, done, total });
      });
      intakes.delete(request.id);
      const { people, skipped } = admitFiles(checked, state[request.into], request.renames);
      state[request.into] = [...state[request.into], ...people];
      reply({ type: 'added', id: request.id, added: people.length, skipped });
    },
    files: (request: Extract<EngineRequest, { type: 'files' }>) => {
      const intake = intakes.get(request.id);
      if (!intake) return;
      intake.files.push(...request.files);
      intake.waiting.splice(0).forEach((wake) => wake());
    },
    restore: (request: Extract<EngineRequest, { type: 'restore' }>) => {
      try {
        const data = JSON.parse(request.text) as { people?: unknown; earlier?: unknown };
        Object.assign(state, { people: validPeople(data.people), earlier: validPeople(data.earlier) });
      } catch {
        Object.assign(state, { people: [], earlier: [] });
      }
      reply({ type: 'done', id: request.id });
    },
    clear: (request: Extract<EngineRequest, { type: 'clear' }>) => {
      Object.assign(state, { people: [], earlier: [] });
      reply({ type: 'done', id: request.id });
    },
    view: (request: Extract<EngineRequest, { type: 'view' }>) => {
      const input = { people: shared(state.people), earlier: shared(state.earlier), stage: request.stage, min: request.min, context: request.context };
      const view = cohortView(input);
      const { from, to } = aggregate(input.people, []);
      const inView = view.stage === null ? input.people : input.people.filter((p) => (p.stage ?? '-') === view.stage);
      const result: CohortResult = {
        view,
        change: compareCohorts(input),
        people: state.people.length,
        earlier: state.earlier.length,
        from,
        to,
        names: input.people.some((p) => p.name !== undefined),
        named: view.named ? namedPeople(inView, request.context) : [],
      };
      reply({ type: 'view', id: request.id, result });
    },
    keep: (request: Extract<EngineRequest, { type: 'keep' }>) => {
      reply({ type: 'kept', id: request.id, text: JSON.stringify({ people: state.people, earlier: state.earlier }), people: state.people.length, earlier: state.earlier.length });
    },
  };
  return async (request) => {
    await (handlers[request.type] as (r: EngineRequest) => void | Promise<void>)(request);
  };
}
