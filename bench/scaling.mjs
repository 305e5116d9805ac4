// How the build grows with the content: `npm run build` (Astro, then Pagefind) in
// temporary copies of the project with the real content and with 10× and 100×
// as many case studies, recommendations and pathways (bench/synthetic.mjs). The
// six key areas stay fixed. Each copy is deleted as soon as it is measured, and
// on exit whatever happens.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSyntheticContent } from './synthetic.mjs';
import { pagefindIndexBytes, walkFiles } from './support.mjs';

/** What a copy leaves out: installed packages, builds, test output, caches. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'blob-report']);

const copies = new Set();
let building;
const removeCopies = () => {
  building?.kill('SIGTERM');
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies.clear();
};
process.on('exit', removeCopies);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));

/**
 * Copies the project at `root` into a new temporary folder. Its node_modules is
 * a folder of links to the project's packages rather than one link to the whole
 * folder: Astro keeps its content cache in node_modules/.astro, and a shared one
 * would let these builds and anyone else's build in the project overwrite each
 * other's cache, and start each scale warm.
 */
function copyProject(root) {
  const dir = mkdtempSync(join(tmpdir(), 'arwain-bench-'));
  copies.add(dir);
  for (const name of readdirSync(root)) {
    if (!SKIP.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  const packages = realpathSync(join(root, 'node_modules'));
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(packages)) {
    if (!name.startsWith('.') || name === '.bin') symlinkSync(join(packages, name), join(dir, 'node_modules', name));
  }
  return dir;
}

function removeCopy(dir) {
  rmSync(dir, { recursive: true, force: true });
  copies.delete(dir);
}

/** Runs `npm run build` in `dir`; resolves with its exit code, wall and CPU time, output and peak memory. */
function build(dir) {
  const env = { ...process.env };
  // Build for the root of a host, and never record these addresses as published.
  for (const name of ['ARWAIN_BASE', 'ARWAIN_SITE', 'ARWAIN_RECORD_URLS']) delete env[name];
  // GNU time reports the CPU time of the whole build, steadier than wall time on a
  // busy machine, and the peak memory of its largest process (Astro's Node).
  const timeFile = join(dir, '.bench-time');
  const [command, args] = existsSync('/usr/bin/time') ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    building = child;
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      building = undefined;
      const seconds = (performance.now() - start) / 1000;
      const [kilobytes, user, system] = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [];
      resolve({ code, seconds, cpuSeconds: user + system, output: output.replace(/\x1b\[[0-9;]*m/g, ''), peakBytes: kilobytes * 1024 });
    });
  });
}

/** Counts the English entries and the Welsh versions of the collections that scale. */
function countEntries(dir) {
  const count = (locale, collection) => {
    const folder = join(dir, 'content', locale, collection);
    return existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.mdx')).length : 0;
  };
  const collections = ['case-studies', 'recommendations', 'pathways'];
  return {
    ...Object.fromEntries(collections.map((c) => [c, count('en', c)])),
    welsh: collections.reduce((n, c) => n + count('cy', c), 0),
  };
}

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
 */
export async function benchScaling({ root, factors, report, section = 'build', log = () => {} }) {
  const columns = [];
  const failures = [];
  let real;
  for (const factor of factors) {
    const column = factor === 1 ? '1x (real)' : `${factor}x`;
    const dir = copyProject(root);
    try {
      if (factor > 1) addSyntheticContent(dir, factor);
      const entries = countEntries(dir);
      log(`  building ${column} (load average ${loadavg()[0].toFixed(1)}): ${entries['case-studies']} case studies, ${entries.recommendations} recommendations, ${entries.pathways} pathways, ${entries.welsh} Welsh versions…`);
      const result = await build(dir);
      if (result.code !== 0) {
        failures.push({ column, message: `npm run build failed (exit ${result.code}) after ${result.seconds.toFixed(1)} s:\n${result.output.split('\n').slice(-25).join('\n')}` });
        continue;
      }
      const dist = join(dir, 'dist');
      const files = walkFiles(dist);
      const pages = files.filter((f) => f.endsWith('.html')).length;
      const pagefind = Number(/Finished in ([\d.]+) seconds/.exec(result.output)?.[1]);
      const indexed = Number(/Indexed (\d+) pages/.exec(result.output)?.[1]);
      const msPerPage = (result.seconds * 1000) / pages;
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
      set('dist size (MB)', files.reduce((n, f) => n + statSync(f).size, 0));
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
