import type { EngineReply, EngineRequest } from '../../lib/cohort/engine';

/*
 * The page's side of the cohort engine: requests go to the Web Worker and
 * come back as promises, with progress on the way. Should the worker not
 * start (an old browser, or a host whose policy forbids workers), the engine
 * is loaded into the page instead and the requests are sent again, so the
 * view still works, only less smoothly.
 */

type Request = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never;
type Final = Exclude<EngineReply, { type: 'progress' }>;

export interface EngineClient {
  send(request: Request, progress?: (done: number, total: number) => void): Promise<Final>;
}

interface Waiting {
  request: EngineRequest;
  resolve(reply: Final): void;
  progress?: ((done: number, total: number) => void) | undefined;
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
    const engine = import('../../lib/cohort/engine').then((module) => module.cohortEngine(receive));
    post = (request) => void engine.then((run) => run(request));
    for (const entry of waiting.values()) post(entry.request);
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
  return {
    send: (request, progress) =>
      new Promise((resolve) => {
        const full: EngineRequest = { ...request, id: (next += 1) };
        waiting.set(full.id, { request: full, resolve, progress });
        post(full);
      }),
  };
}
