import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import base from './vitest.config';

/*
 * The unit project alone, for mutation testing (`npm run test:mutation`): Stryker's Vitest runner
 * runs every project of the config it is given, and only the unit tests are fast and pure enough to
 * run once per mutant. The settings are the unit project's own, read from vitest.config.ts, so the
 * two cannot drift apart.
 */
const unit = base.test?.projects?.find((project): project is TestProjectInlineConfiguration => typeof project === 'object' && 'test' in project && project.test?.name === 'unit');
if (!unit?.test) throw new Error('vitest.config.ts has no project named "unit"');

// Instrumented code on a busy machine is slower: the size-limit tests build megabytes of reviews.
// Stryker sets its own time limit for each mutant from the first, unmutated run.
export default defineConfig({ test: { ...unit.test, testTimeout: 60_000 } });
