// @ts-check
/*
 * `npm run test:mutation [-- group…]`: Stryker over each group of `mutation-groups.mjs` in turn
 * (all of them when none is named), then the mutation score of every module, the figure the
 * README quotes. Incremental: a rerun tests only mutants whose code or tests changed; add `--force`
 * to test every mutant again.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MUTATION_GROUPS } from './mutation-groups.mjs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !(name in MUTATION_GROUPS));
if (unknown.length > 0) {
  console.error(`No mutation group ${unknown.join(', ')}; the groups are ${Object.keys(MUTATION_GROUPS).join(', ')}`);
  process.exit(2);
}
const groups = named.length > 0 ? named : Object.keys(MUTATION_GROUPS);

/** Killed and timed-out mutants are detected; survivors and mutants no test reaches are not. */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/**
 * The score of each file of a Stryker JSON report: detected / (detected + undetected), as Stryker counts it.
 * @param {string} path
 * @returns {{ file: string, score: number, detected: number, survived: number, noCoverage: number, ignored: number }[]}
 */
function scores(path) {
  /** @type {unknown} */
  const json = JSON.parse(readFileSync(path, 'utf8'));
  const report = /** @type {{ files: Record<string, { mutants: { status: string }[] }> }} */ (json);
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = (/** @type {(status: string) => boolean} */ test) => mutants.filter((mutant) => test(mutant.status)).length;
    const detected = count((status) => DETECTED.has(status));
    const undetected = count((status) => UNDETECTED.has(status));
    return {
      file,
      score: undetected + detected === 0 ? 100 : (100 * detected) / (detected + undetected),
      detected,
      survived: count((status) => status === 'Survived'),
      noCoverage: count((status) => status === 'NoCoverage'),
      ignored: count((status) => status === 'Ignored'),
    };
  });
}

const rows = [];
for (const group of groups) {
  console.log(`\n== mutation testing: ${group} (${MUTATION_GROUPS[group]?.join(', ')})`);
  const run = spawnSync('stryker', ['run', 'stryker.config.mjs', ...(force ? ['--force'] : [])], {
    stdio: 'inherit',
    env: { ...process.env, ARWAIN_MUTATION_GROUP: group },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  rows.push(...scores(`reports/mutation/${group}/mutation.json`));
}

console.log('\nmutation score per module (killed or timed out, of the mutants not ignored):');
for (const row of rows) {
  const rest = [row.survived && `${row.survived} survived`, row.noCoverage && `${row.noCoverage} not reached`, row.ignored && `${row.ignored} ignored as equivalent`].filter(Boolean);
  console.log(`  ${row.score.toFixed(1).padStart(5)}%  ${row.file}  (${row.detected} detected${rest.length ? `, ${rest.join(', ')}` : ''})`);
}
