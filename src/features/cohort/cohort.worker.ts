import { cohortEngine, type EngineRequest } from './model/engine';

/*
 * The cohort's engine in a Web Worker: files are read and checked, and the
 * figures worked out, off the page's thread (see `engine.ts`).
 */

const scope = globalThis as unknown as { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void };
const engine = cohortEngine((reply) => scope.postMessage(reply));
scope.addEventListener('message', (event) => void engine(event.data));
