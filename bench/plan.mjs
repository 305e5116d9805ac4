// @ts-check
// The development plan (/review/plan/) for a review of all 172 items, each
// with a step and every seventh a priority with a mentor's comment: how long
// the plan's script takes to draw it (performance marks in the page), and from
// the navigation until it is drawn. Median of 3; wall-clock in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, parseJson, serveDist } from './support.mjs';
/** @import { Report } from './report.mjs' */

export const PLAN_ROWS = ['plan of 172 items: draw (ms)', 'plan of 172 items: navigation to drawn (ms)', 'plan of 172 items: elements drawn'];

/** @param {string} dist */
function itemNumbers(dist) {
  const data = /** @type {{ keyAreas: { items: { number: string }[] }[] }} */ (parseJson(readFileSync(join(dist, 'data', 'standards.json'), 'utf8')));
  return data.keyAreas.flatMap((k) => k.items.map((i) => i.number));
}

/** @param {string[]} numbers */
function store(numbers) {
  const levels = ['not-started', 'developing', 'secure', 'leading'];
  const at = '2026-03-01T09:00:00.000Z';
  const review = {
    id: 'r-bench-plan',
    title: 'Leadership review 2026',
    stage: 'new-head-teacher',
    created: at,
    updated: at,
    items: numbers.map((number, i) => ({ number, level: levels[i % 4], priority: i % 7 === 0, evidence: [], history: [] })),
    plan: {
      actions: numbers.map((number, i) => ({ id: `a-${i}`, item: number, what: `Lead a staff session on ${number}`, who: 'Deputy headteacher', by: '2026-06-30', status: 'under-way', updatedAt: at })),
      removed: [],
    },
    comments: numbers
      .filter((_, i) => i % 7 === 0)
      .map((number, i) => ({ id: `c-${i}`, item: number, mentor: 'Rhian', date: '2026-03-05', text: 'Ask a partner school how they did this.', done: false, updatedAt: at })),
  };
  return JSON.stringify({ format: 'arwain-review', version: 2, reviews: [review] });
}

/**
 * Measures the plan page into `report` (section `plan`, column `value`).
 * @param {{ dist: string, base?: string, report: Report }} options
 */
export async function benchPlan({ dist, base = '/', report }) {
  const server = await serveDist(dist, base);
  const browser = await launchBrowser();
  const text = store(itemNumbers(dist));
  try {
    /** @type {{ draw: number, total: number, elements: number }[]} */
    const runs = [];
    for (let i = 0; i < 3; i += 1) {
      const context = await browser.newContext();
      await context.addInitScript((value) => window.localStorage.setItem('arwain.reviews', value), text);
      const page = await context.newPage();
      await page.goto(`${server.url}review/plan/`);
      await page.waitForSelector('[data-aw-island="plan"][data-aw-ready]');
      runs.push(
        await page.evaluate(() => {
          const [start] = performance.getEntriesByName('aw-plan:draw-start');
          const [drawn] = performance.getEntriesByName('aw-plan:drawn');
          return { draw: drawn && start ? drawn.startTime - start.startTime : NaN, total: drawn?.startTime ?? NaN, elements: document.querySelectorAll('[data-aw-part="plan"] *').length };
        }),
      );
      await context.close();
    }
    /** @param {'draw' | 'total' | 'elements'} key */
    const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[1] ?? NaN;
    report.set('plan', PLAN_ROWS[0] ?? '', 'value', median('draw'));
    report.set('plan', PLAN_ROWS[1] ?? '', 'value', median('total'));
    report.set('plan', PLAN_ROWS[2] ?? '', 'value', median('elements'));
  } finally {
    await browser.close();
    await server.close();
  }
}
