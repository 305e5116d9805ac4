// @ts-check
/*
 * Mutation testing of the pure logic (`npm run test:mutation`, outside `npm test`): StrykerJS
 * changes the code one small way at a time (a `<` for a `<=`, a condition for `true`, a string
 * emptied) and runs the unit tests that reach it; a change no test notices ("a surviving mutant")
 * is behaviour the tests do not pin down. `scripts/mutation.mjs` runs one group of modules at a
 * time (ARWAIN_MUTATION_GROUP), each with its own incremental file, so a rerun tests only the
 * mutants whose code or tests changed. Reports go to reports/mutation/ (not kept in git).
 */
import { MUTATION_GROUPS } from './scripts/mutation-groups.mjs';

const group = process.env['ARWAIN_MUTATION_GROUP'] ?? 'all';
const mutate = group === 'all' ? Object.values(MUTATION_GROUPS).flat() : MUTATION_GROUPS[group];
if (!mutate) throw new Error(`No mutation group "${group}"; the groups are ${Object.keys(MUTATION_GROUPS).join(', ')}`);
const reports = `reports/mutation/${group}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit project only, with Vitest's related mode: each mutant runs the tests that import its file.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // Tests live beside the code they test: a group's glob must not reach them.
  mutate: [...mutate, '!**/*.test.ts'],
  // Two cores at most: the machine runs other work beside it.
  concurrency: Number(process.env['ARWAIN_MUTATION_CONCURRENCY'] ?? 2),
  incremental: true,
  incrementalFile: `${reports}/incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 80, low: 60, break: null },
  // Only what the unit tests read goes into Stryker's sandbox.
  ignorePatterns: ['dist', 'public', 'bench', 'tests/e2e', 'tests/site', 'tests/authoring', '.astro', 'test-results', 'playwright-report', 'bench-results'],
  // Vitest does not check types, and a `// @ts-nocheck` line added to every file would move the lines of byte-exact fixtures.
  disableTypeChecks: false,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
