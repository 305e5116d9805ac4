import type { EngineReply, EngineRequest } from './model/engine';

/*
 * The page's side of the cohort engine: requests go to the Web Worker and
 * come back as promises, with progress on the way. Should the worker not
 * start (an old browser, or a host whose policy forbids workers), the engine
 * is loaded into the page instead and the requests are sent again, so the
 * view still works, only less smoothly.
 */

type Request = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never;
type Final = Exclude<EngineReply, { type: 'progress' }>;
type Progress = (done: number, total: number) => void;
type AddRequest = Omit<Extract<EngineRequest, { type: 'add' }>, 'id' | 'count' | 'files'>;

export interface EngineClient {
  send(request: Exclude<Request, { type: 'add' | 'files' }>, progress?: Progress): Promise<Final>;
  /** Adds `files`, handed over in batches (`batchEnd`), a task apart. */
  add(request: AddRequest, files: readonly File[], progress?: Progress): Promise<Final>;
}

/**
 * Files handed to the worker in one message, at most. Handing a file over costs
 * the page a moment the first time: the browser looks the file up (its size and
 * date) with a round trip to its own process, which waits longer the busier the
 * machine is. 5,000 in one message froze the page for seconds.
 */
export const FILES_PER_MESSAGE = 50;

/**
 * The time one task of the hand-over aims at (ms). Handing a file over costs the
 * page twice: looking it up (its size and date, a round trip to the browser's own
 * process) and then copying its handle into the message; both grow with the
 * machine's load (50 files took 77–250 ms at load 6–15). So the files' sizes are
 * read within this time, and the next batch is sized by how long the last took.
 */
export const HAND_OVER_MS = 25;

/**
 * Where the next batch of `files` from `from` ends: at least one file, at most
 * `most`, and no more once `now()` reaches `until`. Each file's size is read
 * here, so the browser looks it up now, within the time allowed.
 * @example batchEnd(files, 0, 50, performance.now() + HAND_OVER_MS, () => performance.now()) // 50, or fewer on a busy machine
 */
export function batchEnd(files: readonly Pick<File, 'size'>[], from: number, most: number, until: number, now: () => number): number {
  let end = from;
  do {
    void files[end]?.size;
    end += 1;
  } while (end < files.length && end - from < most && now() < until);
  return Math.min(end, files.length);
}

/**
 * How many files the next batch may take, given that the last `count` took `ms`
 * to hand over: as many as fit in `HAND_OVER_MS` at that pace, at least one,
 * at most twice as many as before and never over `FILES_PER_MESSAGE`.
 * @example nextBatchSize(50, 100) // 12
 */
export function nextBatchSize(count: number, ms: number): number {
  const fit = Math.floor((count * HAND_OVER_MS) / Math.max(ms, 0.1));
  return Math.max(1, Math.min(FILES_PER_MESSAGE, count * 2, fit));
}

interface Waiting {
  request: EngineRequest;
  /** Batches of files sent after the request, to send again should the engine move into the page. */
  more: EngineRequest[];
  resolve(reply: Final): void;
  progress?: Progress | undefined;
}

/** Lets the page handle input and paint (a message, not a timer: timers slow to a second in a hidden tab). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Starts the engine, in a worker when the browser allows.
 * @example const reply = await startEngine().send({ type: 'view', stage: null, min: 3, context });
 */
export function startEngine(): EngineClient {
  const waiting = new Map<number, Waiting>();
  let next = 0;
  const receive = (reply: EngineReply) => {
    const entry = waiting.get(reply.id);
    if (!entry) return;
    if (reply.type === 'progress') return entry.progress?.(reply.done, reply.total);
    waiting.delete(reply.id);
    entry.resolve(reply);
  };
  let post: (request: EngineRequest) => void;
  const inPage = () => {
    const engine = import('./model/engine').then((module) => module.cohortEngine(receive));
    post = (request) => void engine.then((run) => run(request));
    for (const entry of waiting.values()) [entry.request, ...entry.more].forEach((request) => post(request));
  };
  try {
    const worker = new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<EngineReply>) => receive(event.data));
    worker.addEventListener('error', () => {
      worker.terminate();
      inPage();
    });
    post = (request) => worker.postMessage(request);
  } catch {
    inPage();
  }
  const start = (request: EngineRequest, progress?: Progress): { entry: Waiting; reply: Promise<Final> } => {
    let resolve: (reply: Final) => void = () => undefined;
    const reply = new Promise<Final>((done) => (resolve = done));
    const entry: Waiting = { request, more: [], resolve, progress };
    waiting.set(request.id, entry);
    post(request);
    return { entry, reply };
  };
  return {
    send: (request, progress) => start({ ...request, id: (next += 1) }, progress).reply,
    add: async (request, files, progress) => {
      const id = (next += 1);
      let most = FILES_PER_MESSAGE;
      /** The next batch, and a measure of how long handing it over took: the one after is sized by it. */
      const batch = (from: number) => {
        const began = performance.now();
        const taken = files.slice(
          from,
          batchEnd(files, from, most, began + HAND_OVER_MS, () => performance.now()),
        );
        return { taken, sent: () => (most = nextBatchSize(taken.length, performance.now() - began)) };
      };
      const first = batch(0);
      const { entry, reply } = start({ ...request, type: 'add', id, count: files.length, files: first.taken }, progress);
      first.sent();
      for (let from = first.taken.length; from < files.length;) {
        await nextTask();
        const next = batch(from);
        const more: EngineRequest = { type: 'files', id, files: next.taken };
        entry.more.push(more);
        post(more);
        next.sent();
        from += next.taken.length;
      }
      return reply;
    },
  };
}
