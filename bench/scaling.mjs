// @ts-check
// How the build grows with the content: `npm run build` (Astro, then Pagefind) in
// temporary copies of the project with the real content and with 10× and 100×
// as many case studies, recommendations and pathways (bench/synthetic.ts). The
// six key areas stay fixed. Each copy is deleted as soon as it is measured, and
// on exit whatever happens.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { readContent, splitEntryId } from '../src/lib/content/reader.ts';
import { copyProject as copy, removeCopy as remove } from '../tests/fixtures/project.ts';
import { addSyntheticContent } from './synthetic.ts';
import { pagefindIndexBytes, walkFiles } from './support.mjs';

/** @type {Set<string>} */
const copies = new Set();
/** @type {import('node:child_process').ChildProcess | undefined} */
let building;
const removeCopies = () => {
  building?.kill('SIGTERM');
  for (const dir of copies) remove(dir);
  copies.clear();
};
process.on('exit', removeCopies);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));

/**
 * A copy of the project at `root` in a temporary folder (tests/fixtures/project.ts),
 * remembered so that it is deleted on exit.
 * @param {string} root
 */
function copyProject(root) {
  const dir = copy(root, {}, 'arwain-bench-');
  copies.add(dir);
  return dir;
}

/** @param {string} dir */
function removeCopy(dir) {
  remove(dir);
  copies.delete(dir);
}

/**
 * Runs `npm run build` in `dir`; resolves with its exit code, wall and CPU time, output and peak memory.
 * @param {string} dir
 * @returns {Promise<{ code: number | null, seconds: number, cpuSeconds: number, output: string, peakBytes: number }>}
 */
function build(dir) {
  const env = { ...process.env };
  // Build for the root of a host (the copy records its own addresses, and is deleted).
  for (const name of ['ARWAIN_BASE', 'ARWAIN_SITE']) delete env[name];
  // GNU time reports the CPU time of the whole build, steadier than wall time on a
  // busy machine, and the peak memory of its largest process (Astro's Node).
  const timeFile = join(dir, '.bench-time');
  const [command, args] = existsSync('/usr/bin/time') ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(/** @type {string} */ (command), /** @type {string[]} */ (args), { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    building = child;
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      building = undefined;
      const seconds = (performance.now() - start) / 1000;
      const [kilobytes = NaN, user = NaN, system = NaN] = existsSync(timeFile) ? (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
      resolve({ code, seconds, cpuSeconds: user + system, output: stripVTControlCharacters(output), peakBytes: kilobytes * 1024 });
    });
  });
}

/**
 * Counts the English entries and the Welsh versions of the collections that scale.
 * @param {string} dir
 */
function countEntries(dir) {
  const { entries } = readContent(dir);
  /** @param {'caseStudies' | 'recommendations' | 'pathways'} collection @param {string} locale */
  const count = (collection, locale) => entries.filter((e) => e.collection === collection && splitEntryId(e.id).locale === locale).length;
  /** @type {('caseStudies' | 'recommendations' | 'pathways')[]} */
  const scaling = ['caseStudies', 'recommendations', 'pathways'];
  return {
    'case-studies': count('caseStudies', 'en'),
    recommendations: count('recommendations', 'en'),
    pathways: count('pathways', 'en'),
    welsh: scaling.reduce((n, c) => n + count(c, 'cy'), 0),
  };
}

/** @type {import('./report.mjs').Spec[]} */
export const SCALING_ROWS = [
  { name: 'case studies (en)', unit: 'count' },
  { name: 'recommendations (en)', unit: 'count' },
  { name: 'pathways (en)', unit: 'count' },
  { name: 'Welsh versions of these', unit: 'count' },
  { name: 'HTML pages built', unit: 'count' },
  { name: 'pages Pagefind indexed', unit: 'count' },
  { name: 'build time (s)', unit: 'seconds' },
  { name: '  of which Astro (s)', unit: 'seconds' },
  { name: '  of which Pagefind (s)', unit: 'seconds' },
  { name: 'build CPU time (s)', unit: 'seconds' },
  { name: 'build ms per page', unit: 'ms' },
  { name: 'ms per page / real', unit: 'ratio' },
  { name: 'ms per added page', unit: 'ms' },
  { name: 'CPU ms per added page', unit: 'ms' },
  { name: 'peak memory (MB)', unit: 'megabytes' },
  { name: 'dist size (MB)', unit: 'megabytes' },
  { name: 'dist files', unit: 'count' },
  { name: 'Pagefind index, en (KB)', unit: 'bytes' },
  { name: 'Pagefind index, cy (KB)', unit: 'bytes' },
];

/**
 * Builds the project at `root` with each factor of content (1 = the real
 * content) into `report`, one after another. Returns the column names measured
 * and any failures, each with the tail of the build's output.
 * @param {{ root: string, factors: number[], report: { set(section: string, row: string, column: string, value: number): void }, section?: string, log?: (line: string) => void }} options
 */
export async function benchScaling({ root, factors, report, section = 'build', log = () => {} }) {
  /** @type {string[]} */
  const columns = [];
  /** @type {{ column: string, message: string }[]} */
  const failures = [];
  /** @type {{ seconds: number, cpuSeconds: number, pages: number, msPerPage: number } | undefined} */
  let real;
  for (const factor of factors) {
    const column = factor === 1 ? '1x (real)' : `${factor}x`;
    const dir = copyProject(root);
    try {
      if (factor > 1) addSyntheticContent(dir, factor);
      const entries = countEntries(dir);
      log(
        `  building ${column} (load average ${(loadavg()[0] ?? 0).toFixed(1)}): ${entries['case-studies']} case studies, ${entries.recommendations} recommendations, ${entries.pathways} pathways, ${entries.welsh} Welsh versions…`,
      );
      const result = await build(dir);
      if (result.code !== 0) {
        failures.push({ column, message: `npm run build failed (exit ${result.code}) after ${result.seconds.toFixed(1)} s:\n${result.output.split('\n').slice(-25).join('\n')}` });
        continue;
      }
      const dist = join(dir, 'dist');
      /** @type {string[]} */
      const files = walkFiles(dist);
      const pages = files.filter((f) => f.endsWith('.html')).length;
      const pagefind = Number(/Finished in ([\d.]+) seconds/.exec(result.output)?.[1]);
      const indexed = Number(/Indexed (\d+) pages/.exec(result.output)?.[1]);
      const msPerPage = (result.seconds * 1000) / pages;
      /** @param {string} row @param {number} value */
      const set = (row, value) => report.set(section, row, column, value);
      set('case studies (en)', entries['case-studies']);
      set('recommendations (en)', entries.recommendations);
      set('pathways (en)', entries.pathways);
      set('Welsh versions of these', entries.welsh);
      set('HTML pages built', pages);
      set('pages Pagefind indexed', indexed);
      set('build time (s)', result.seconds);
      set('  of which Astro (s)', result.seconds - pagefind);
      set('  of which Pagefind (s)', pagefind);
      set('build CPU time (s)', result.cpuSeconds);
      set('build ms per page', msPerPage);
      set('peak memory (MB)', result.peakBytes);
      set(
        'dist size (MB)',
        files.reduce((n, f) => n + statSync(f).size, 0),
      );
      set('dist files', files.length);
      set('Pagefind index, en (KB)', pagefindIndexBytes(dist, 'en'));
      set('Pagefind index, cy (KB)', pagefindIndexBytes(dist, 'cy'));
      if (factor === 1) real = { seconds: result.seconds, cpuSeconds: result.cpuSeconds, pages, msPerPage };
      else if (real) {
        set('ms per page / real', msPerPage / real.msPerPage);
        // The cost of each page added to the real content: flat from 10× to 100× when
        // the build grows linearly (ms per page alone falls, as the start-up is shared).
        set('ms per added page', ((result.seconds - real.seconds) * 1000) / (pages - real.pages));
        set('CPU ms per added page', ((result.cpuSeconds - real.cpuSeconds) * 1000) / (pages - real.pages));
      }
      columns.push(column);
    } finally {
      removeCopy(dir);
    }
  }
  return { columns, failures };
}
