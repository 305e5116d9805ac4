// @ts-check
// npm run bench: measures the site built in dist/ (run `npm run build` first) and
// prints every figure beside its change since bench/baseline.json. Figures are
// never pass or fail: it exits 0 when it measured, 1 when something could not be.
//
//   npm run bench                          everything (about 4 minutes on 2 cores, more when busy)
//   npm run bench -- --quick               no Lighthouse, no 100× build (1–2 minutes)
//   npm run bench -- --update-baseline     also write these figures to bench/baseline.json
//   npm run bench -- --only=pages,finding  some sections: pages, welsh, finding, review, plan, offline, cohort, lighthouse, build
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCohort, COHORT_BUDGET_MS, COHORT_ROWS } from './cohort.mjs';
import { benchCohortBrowser, COHORT_BROWSER_ROWS, COHORT_TASK_BUDGET_MS } from './cohort-browser.mjs';
import { benchFinding, benchRelevance } from './finding.mjs';
import { benchLighthouse, LIGHTHOUSE_COLUMNS } from './lighthouse.mjs';
import { benchOffline, OFFLINE_ROWS } from './offline.mjs';
import { benchPages, discoverPages, PAGE_COLUMNS } from './pages.mjs';
import { benchPlan, PLAN_ROWS } from './plan.mjs';
import { Report } from './report.mjs';
import { benchReview, REVIEW_BUDGETS, REVIEW_ROWS } from './review.mjs';
import { CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { benchScaling, SCALING_ROWS } from './scaling.mjs';
import { benchWelshShare, WELSH_COLUMNS } from './welsh-share.mjs';
import { FIRST_QUERY_KB, PAGE_BUDGETS, SEARCH_WITH_QUERY_KB } from '../tests/budgets.ts';
import { coldVisit } from '../tests/site/cold-visit.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const base = process.env.ARWAIN_BASE ?? '/';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const update = args.includes('--update-baseline');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const unknown = args.filter((a) => !['--quick', '--update-baseline'].includes(a) && !a.startsWith('--only='));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}; expected --quick, --update-baseline or --only=pages,welsh,finding,review,plan,offline,cohort,lighthouse,build.`);
  process.exit(1);
}
/** @param {string} section */
const wanted = (section) => !only || only.includes(section);

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first; the bench measures what is there.`);
  process.exit(1);
}

/** @type {Partial<Record<string, number>>} */
const BUDGETS = {
  'filter ms per keystroke p95 (real)': 16,
  'filter ms per keystroke p95 (10x)': 16,
  'standards JS gzip (KB)': 30,
  'pagefind bytes fetched for one query, en: total (KB)': FIRST_QUERY_KB,
  'pagefind bytes fetched for one query, cy: total (KB)': FIRST_QUERY_KB,
  'search page and one query, en (KB)': SEARCH_WITH_QUERY_KB.en,
  'search page and one query, cy (KB)': SEARCH_WITH_QUERY_KB.cy,
};

const started = performance.now();
const report = new Report(join(root, 'bench', 'baseline.json'));
/** @type {string[]} */
const problems = [];
/** @param {number} since */
const elapsed = (since) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

/**
 * Runs one section; a failure is reported and the other sections still run.
 * @param {string} name
 * @param {() => Promise<void> | void} run
 */
async function section(name, run) {
  if (!wanted(name)) return;
  const start = performance.now();
  try {
    await run();
  } catch (error) {
    problems.push(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.log(`\n${name}: could not be measured: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`  (${name} took ${elapsed(start)})`);
}

function chromiumVersion() {
  try {
    return /Chromium [\d.]+/.exec(execFileSync(CHROMIUM_PATH ?? 'chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[0];
  } catch {
    return undefined;
  }
}

/**
 * The package.json of an installed package.
 * @param {string} name
 * @returns {unknown}
 */
const packageJson = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
const lighthousePackage = /** @type {{ version: string }} */ (packageJson('lighthouse'));
const environment = {
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  chromium: CHROMIUM_PATH ? chromiumVersion() : 'Playwright’s Chromium',
  lighthouse: lighthousePackage.version,
};
console.log(`Measuring ${dist} (built ${statSync(join(dist, 'index.html')).mtime.toISOString().slice(0, 16).replace('T', ' ')})`);
console.log(`${environment.cpus}; Node ${environment.node}; ${environment.chromium}; load average ${(loadavg()[0] ?? 0).toFixed(2)}${quick ? '; --quick: no Lighthouse, no 100× build' : ''}`);

await section('pages', async () => {
  const pages = await benchPages({ dist, base, report });
  report.table('pages', {
    title: 'Pages: what one visit loads, by page type (KB; gz = gzip -9; fresh cache; "other" = Pagefind index, images, as sent)',
    rowHeader: 'page, language',
    rows: pages.map((p) => p.row),
    columns: PAGE_COLUMNS,
  });
  console.log(
    `  Pages: ${discoverPages(dist)
      .map((p) => `${p.type} /${p.path}${p.query ?? ''}`)
      .join(', ')}; Welsh under /cy/.`,
  );
  // The budgets of tests/budgets.ts, which tests/site/budgets.test.ts enforces, beside the figures.
  console.log('  Budgets (tests/budgets.ts; cold visit worked out from the files, gzip -9):');
  for (const budget of PAGE_BUDGETS) {
    for (const prefix of ['', 'cy/']) {
      const visit = coldVisit(`${base.replace(/\/?$/, '/')}${prefix}${budget.path.slice(1)}`);
      const kb = visit.bytes / 1024;
      const within = kb <= budget.kb && visit.requests <= budget.requests;
      console.log(`    ${budget.name}${prefix ? ', cy' : ''}: ${kb.toFixed(1)} of ${budget.kb} KB, ${visit.requests} of ${budget.requests} requests: ${within ? 'within' : 'OVER'}`);
    }
  }
});

await section('welsh', () => {
  const rows = benchWelshShare({ dist, report });
  report.table('welsh', {
    title: 'Welsh pages: share of the main content’s words not marked English, by page type (%; a page passes at 95%)',
    rowHeader: 'page type',
    rows,
    columns: WELSH_COLUMNS,
  });
});

await section('finding', async () => {
  const figures = await benchFinding({ dist, base });
  for (const [name, value] of Object.entries(figures)) report.set('finding', name, 'value', value);
  report.table('finding', {
    title: 'Finding a standard',
    rows: Object.keys(figures),
    columns: [{ name: 'value', unit: 'plain' }],
    suffix: (name) => {
      const budget = BUDGETS[name];
      return budget === undefined ? '' : `  (budget ${budget}: ${(figures[name] ?? Infinity) <= budget ? 'within' : 'OVER'})`;
    },
  });
  await benchRelevance({ dist, report });
});

await section('review', async () => {
  const { storeBytes } = await benchReview({ dist, base, report });
  report.table('review', {
    title: 'My leadership review: weight, and main-thread time to open and import (median of 3; page work = parse, style, layout, paint, script, GC)',
    rows: REVIEW_ROWS,
    columns: [{ name: 'value' }],
    suffix: (name) => {
      const budget = REVIEW_BUDGETS[name];
      return budget === undefined ? '' : `  (target ${budget >= 1024 ? `${budget / 1024} KB` : `${budget} ms`}: ${(report.get('review', name, 'value') ?? Infinity) <= budget ? 'within' : 'OVER'})`;
    },
  });
  console.log(
    "  Page JS counts every script the page loads (the site header's too). With a review, the summary's module follows the island's start, and the portfolio's (for printing) when the page is idle.",
  );
  console.log(`  The 1 MB store is ${storeBytes} bytes of full reviews with evidence, as much as the tool keeps; the review of 172 items is one full review.`);
});

await section('plan', async () => {
  await benchPlan({ dist, base, report });
  report.table('plan', {
    title: 'My development plan: one review of all 172 items, each with a step, every seventh a priority with a comment (median of 3, wall-clock)',
    rows: PLAN_ROWS.map((name) => ({ name, unit: name.endsWith('(ms)') ? 'ms' : 'count' })),
    columns: [{ name: 'value' }],
  });
});

await section('offline', async () => {
  await benchOffline({ dist, base, report });
  report.table('offline', {
    title:
      'Offline: the service worker’s precache on a first visit (the app shell, shared by both languages), each language’s “Make this site available offline”, and a first visit’s navigation until the site is ready offline (median of 3, wall-clock)',
    rows: OFFLINE_ROWS.map((name) => ({ name, unit: name.endsWith('(ms)') ? 'ms' : 'count' })),
    columns: [{ name: 'value' }],
  });
});

await section('cohort', async () => {
  const { bytes } = await benchCohort({ report });
  report.table('cohort', {
    title:
      'Cohort view: 500 and 5,000 generated shared files of 172 items each, read in pieces of 25 files, four at once, checked and their figures worked out under the disclosure rule, by the engine the page runs in a Web Worker (in Node; median of 5, or 3 for 5,000)',
    rows: COHORT_ROWS,
    columns: [{ name: 'value' }],
    suffix: (name) =>
      name.startsWith('5000') && name.includes('read, check and figures')
        ? `  (target ${COHORT_BUDGET_MS} ms: ${(report.get('cohort', name, 'value') ?? Infinity) <= COHORT_BUDGET_MS ? 'within' : 'OVER'})`
        : '',
  });
  console.log(`  The files are ${((bytes[500] ?? 0) / 1024 / 1024).toFixed(1)} MB (500) and ${((bytes[5000] ?? 0) / 1024 / 1024).toFixed(1)} MB (5,000) together.`);
  await benchCohortBrowser({ dist, base, report });
  report.table('cohort', {
    title: 'Cohort view in Chromium: the same files chosen in the page, loose and in one .zip, until the figures are drawn, and the longest main-thread task meanwhile',
    rows: COHORT_BROWSER_ROWS,
    columns: [{ name: 'value' }],
    suffix: (name) => {
      const value = report.get('cohort', name, 'value') ?? Infinity;
      if (name.startsWith('5000') && name.includes('wall')) return `  (target ${COHORT_BUDGET_MS} ms: ${value <= COHORT_BUDGET_MS ? 'within' : 'OVER'})`;
      return name.includes('longest') ? `  (target ${COHORT_TASK_BUDGET_MS} ms: ${value <= COHORT_TASK_BUDGET_MS ? 'within' : 'OVER'})` : '';
    },
  });
});

if (!quick) {
  await section('lighthouse', async () => {
    const { pages, lost } = await benchLighthouse({ dist, base, report });
    report.table('lighthouse', {
      title: `Lighthouse ${environment.lighthouse} (mobile defaults, simulated throttling; one run per page)`,
      rowHeader: 'page, language',
      rows: pages.map((p) => p.row),
      columns: LIGHTHOUSE_COLUMNS,
    });
    const lines = [...lost].filter(([, audits]) => audits.length > 0).map(([row, audits]) => `    ${row}: ${audits.join(', ')}`);
    console.log(`  Audits below full marks (accessibility, best practices, SEO): ${lines.length === 0 ? 'none' : `\n${lines.join('\n')}`}`);
  });
}

await section('build', async () => {
  const factors = quick ? [1, 10] : [1, 10, 100];
  console.log('\nBuilding copies of the project (real content, then synthetic)…');
  const { columns, failures } = await benchScaling({ root, factors, report, log: (line) => console.log(line) });
  report.table('build', {
    title: 'Build and output as the content grows (npm run build, Astro then Pagefind, in a temporary copy)',
    rows: SCALING_ROWS,
    columns: columns.map((name) => ({ name })),
  });
  console.log('  The key areas stay at six (the schema allows no more); the case studies, recommendations and pathways');
  console.log('  are multiplied with synthetic ones, half of them with a draft Welsh version. The build grows linearly');
  console.log('  when "ms per added page" stays flat from 10x to 100x. Build times are wall-clock, and other work on the');
  console.log('  machine adds to them; CPU time (all processes of the build, both cores) varies less.');
  for (const failure of failures) {
    problems.push(`build ${failure.column}: ${failure.message}`);
    console.log(`\n  ${failure.column}: ${failure.message}`);
  }
});

if (update) {
  if (problems.length > 0) console.log('\nNot writing bench/baseline.json: some figures could not be measured.');
  else {
    const kept = report.writeBaseline({ ...environment, quick });
    console.log(`\nWrote bench/baseline.json${kept > 0 ? ` (kept ${kept} figures this run did not measure)` : ''}.`);
  }
}
console.log(`\nBench took ${elapsed(started)}.`);
if (problems.length > 0) {
  console.error(`\nCould not measure:\n${problems.join('\n')}`);
  process.exit(1);
}
