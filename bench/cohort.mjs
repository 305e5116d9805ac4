// @ts-check
import { performance } from 'node:perf_hooks';
/** @import { Report } from './report.mjs' */

/*
 * The cohort view's work: 500 and 5,000 generated shared files (each a full
 * review of every item; 5,000 is a consortium's whole programme over a few
 * years) read in pieces of 25 files, four at once, each checked as it is read, and their figures worked out under the
 * disclosure rule (every view: all stages and the earlier-cohort comparison),
 * by the same engine the page runs in a Web Worker. The issue's target is
 * 5,000 in under 3 s. Timed in Node; median of 3 (5 for 500).
 */

export const COHORT_SIZES = [500, 5000];
export const COHORT_ROWS = COHORT_SIZES.flatMap((n) => [`${n} shared files: read and check (ms)`, `${n} shared files: figures under the rule (ms)`, `${n} shared files: read, check and figures (ms)`]);
/** The issue's target for 5,000 files in the browser; the Node figure here is the engine's share of it. */
export const COHORT_BUDGET_MS = 3000;

const LEVELS = ['not-started', 'developing', 'secure', 'leading'];

/**
 * @param {number} count
 * @param {string[]} numbers
 */
export function generate(count, numbers) {
  return Array.from({ length: count }, (_, p) => ({
    name: `person-${p}.json`,
    text: `${JSON.stringify(
      {
        format: 'arwain-shared-review',
        version: 1,
        review: `r-${p.toString(16).padStart(6, '0')}`,
        ...(p % 3 === 0 ? { name: `Person ${p}` } : {}),
        stage: p % 2 ? 'middle-leaders' : null,
        date: `2026-0${1 + (p % 9)}-1${p % 10}`,
        items: numbers.map((number, i) => ({ number, level: LEVELS[(p + i) % 4], priority: (p + i) % 11 === 0 })),
      },
      null,
      2,
    )}\n`,
  }));
}

/** @param {number[]} values */
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Times the engine on `count` files: reading and checking, then the figures.
 * @param {number} count
 * @param {string[]} order
 * @param {number} runs
 */
async function timeEngine(count, order, runs) {
  const { cohortEngine } = await import('../src/features/cohort/model/engine.ts');
  const files = generate(count, order).map((f) => new File([f.text], f.name, { type: 'application/json' }));
  const areaOf = new Map(order.map((n) => [n, Number(n.split('.')[0])]));
  const context = { order, areaOf, areas: [1, 2, 3, 4, 5, 6] };
  /** @type {{ read: number[], figures: number[], total: number[] }} */
  const timings = { read: [], figures: [], total: [] };
  for (let run = 0; run < runs; run += 1) {
    /** @type {import('../src/features/cohort/model/engine.ts').EngineReply[]} */
    const replies = [];
    const engine = cohortEngine((reply) => replies.push(reply));
    const start = performance.now();
    await engine({ type: 'add', id: 1, into: 'people', count: files.length, files, renames: {}, maxBytes: 5e6 });
    const read = performance.now();
    await engine({ type: 'view', id: 2, stage: null, min: 3, context });
    const end = performance.now();
    const added = replies.find((r) => r.type === 'added');
    if (added?.type !== 'added' || added.added !== count) throw new Error(`expected ${count} people, got ${added?.type === 'added' ? added.added : 'none'}`);
    timings.read.push(read - start);
    timings.figures.push(end - read);
    timings.total.push(end - start);
  }
  return { values: [median(timings.read), median(timings.figures), median(timings.total)], bytes: files.reduce((n, f) => n + f.size, 0) };
}

/**
 * Measures reading, checking and working out the figures of 500 and 5,000 shared files; sets the figures in `report`.
 * @example await benchCohort({ report })
 * @param {{ report: Report }} options
 */
export async function benchCohort({ report }) {
  // Loaded only when this section runs (the bench runs under tsx, which reads TypeScript).
  const standards = await import('../src/lib/content/item-number.ts');
  /** @type {string[]} */
  const numbers = [];
  for (let area = 1; area <= 6; area += 1) for (let n = 1; n <= 29; n += 1) numbers.push(`${area}.${n}`);
  const order = numbers.filter((n) => standards.parseItemNumber(n)).slice(0, 172);
  /** @type {Record<number, number>} */
  const bytes = {};
  for (const count of COHORT_SIZES) {
    const { values, bytes: size } = await timeEngine(count, order, count > 1000 ? 3 : 5);
    bytes[count] = size;
    values.forEach((ms, i) => report.set('cohort', COHORT_ROWS[COHORT_SIZES.indexOf(count) * 3 + i] ?? '', 'value', Math.round(ms * 10) / 10));
  }
  return { bytes };
}
