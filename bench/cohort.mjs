// @ts-check
import { performance } from 'node:perf_hooks';
/** @import { Report } from './report.mjs' */

/*
 * The cohort view's work: 500 generated shared files (each a full review of
 * every item, as a programme's largest cohort might send) read, checked and
 * aggregated, as the page does when a lead drops them in. The issue's target
 * is under 1 s on a mid-range laptop. Pure code, timed in Node; median of 5.
 */

export const COHORT_ROWS = ['500 shared files: read and check (ms)', '500 shared files: aggregate (ms)', '500 shared files: load and aggregate (ms)'];
export const COHORT_BUDGET_MS = 1000;

const LEVELS = ['not-started', 'developing', 'secure', 'leading'];

/**
 * @param {number} count
 * @param {string[]} numbers
 */
function generate(count, numbers) {
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
 * Measures loading and aggregating 500 shared files; sets the figures in `report`.
 * @example await benchCohort({ report })
 * @param {{ report: Report }} options
 */
export async function benchCohort({ report }) {
  // Loaded only when this section runs (the bench runs under tsx, which reads TypeScript).
  const load = await import('../src/lib/cohort/load.ts');
  const { aggregate } = await import('../src/lib/cohort/aggregate.ts');
  const standards = await import('../src/lib/item-number.ts');
  /** @type {string[]} */
  const numbers = [];
  for (let area = 1; area <= 6; area += 1) for (let n = 1; n <= 29; n += 1) numbers.push(`${area}.${n}`);
  const order = numbers.filter((n) => standards.parseItemNumber(n)).slice(0, 172);
  const files = generate(500, order);
  /** @type {{ read: number[], aggregate: number[], total: number[] }} */
  const timings = { read: [], aggregate: [], total: [] };
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    const { people, skipped } = load.loadFiles(files, []);
    const read = performance.now();
    if (people.length !== 500 || skipped.length) throw new Error(`expected 500 people, got ${people.length} (${skipped.length} skipped)`);
    aggregate(
      people.map((p) => p.shared),
      order,
    );
    const end = performance.now();
    timings.read.push(read - start);
    timings.aggregate.push(end - read);
    timings.total.push(end - start);
  }
  const values = [median(timings.read), median(timings.aggregate), median(timings.total)].map((ms) => Math.round(ms * 10) / 10);
  COHORT_ROWS.forEach((row, i) => report.set('cohort', row, 'value', values[i]));
  return { bytes: files.reduce((n, f) => n + f.text.length, 0) };
}
