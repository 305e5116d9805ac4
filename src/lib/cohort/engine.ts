import type { Level } from '../review/model';
import { aggregate, middleLevel } from './aggregate';
import { compareCohorts, type ChangeView } from './change';
import type { RowContext } from './disclosure';
import { loadFiles, type Person, type Skipped } from './load';
import { sharedReviewSchema, type SharedReview } from './shared-format';
import { cohortView, type CohortView } from './views';

/*
 * The cohort's work, apart from the page: reading files (many at once),
 * checking them, holding the loaded reviews and working out what may be shown.
 * It runs in a Web Worker (`cohort.worker.ts`), so 5,000 files never freeze
 * the page; the page gets back only the figures it may show, never the
 * reviews. Where a browser has no workers, the page runs it itself.
 */

export type EngineRequest =
  | { type: 'add'; id: number; into: 'people' | 'earlier'; files: readonly File[]; renames: Record<string, string>; maxBytes: number }
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

/** How many files are read at once: enough to keep the disk busy, few enough not to hold them all in memory at once. */
export const READ_AT_ONCE = 16;

/**
 * Reads files, `READ_AT_ONCE` at a time, in their order; a file over `maxBytes` is refused unread.
 * @example await readFiles(files, 5e6, (done) => post(done))
 */
export async function readFiles(files: readonly File[], maxBytes: number, progress: (done: number) => void): Promise<{ texts: { name: string; text: string }[]; unreadable: Skipped[] }> {
  const texts: ({ name: string; text: string } | null)[] = files.map(() => null);
  const unreadable: (Skipped | null)[] = files.map(() => null);
  let next = 0;
  let done = 0;
  const reader = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      if (file.size > maxBytes) unreadable[i] = { file: file.name, problem: 'too-large' };
      else {
        try {
          texts[i] = { name: file.name, text: await file.text() };
        } catch {
          unreadable[i] = { file: file.name, problem: 'unreadable' };
        }
      }
      progress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, files.length) }, reader));
  return { texts: texts.filter((t) => t !== null), unreadable: unreadable.filter((s) => s !== null) };
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
  const handlers = {
    add: async (request: Extract<EngineRequest, { type: 'add' }>) => {
      const total = request.files.length;
      let last = 0;
      const { texts, unreadable } = await readFiles(request.files, request.maxBytes, (done) => {
        // Often enough to see it move, rarely enough not to flood the page.
        if (done === total || done - last >= Math.max(1, Math.floor(total / 50))) reply({ type: 'progress', id: request.id, done: (last = done), total });
      });
      const { people, skipped } = loadFiles(texts, state[request.into], request.renames);
      state[request.into] = [...state[request.into], ...people];
      reply({ type: 'added', id: request.id, added: people.length, skipped: [...unreadable, ...skipped] });
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
