import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { BROKEN_CONTENT, filesOf, matches } from '../fixtures/broken-content';
import { root } from '../fixtures/content';
import { copyProject, removeCopy } from '../fixtures/project';
import { run } from '../fixtures/run';

/*
 * `npm run check` and the build must refuse the same content for the same
 * reasons. Every broken fixture goes into one copy of the project at once; the
 * build there must fail, printing exactly the problems the check finds, in the
 * project's own words and with no stack trace. One build, stopped at its first
 * step (loading the content), so this takes seconds, not a build per fixture.
 */

let project: string;
let build: { status: number | null; output: string };

beforeAll(async () => {
  project = copyProject(root, filesOf(BROKEN_CONTENT), 'arwain-agree-');
  build = await run('npx', ['astro', 'build'], project);
}, 300_000);

afterAll(() => {
  if (project) removeCopy(project);
});

describe('npm run check and the build, on every broken fixture at once', () => {
  it('the build fails', () => {
    expect(build.status, build.output).not.toBe(0);
  });

  it('the build prints exactly the problems the check finds, and nothing of its own', () => {
    const checked = checkContent(project).map(formatProblem);
    const printed = build.output
      .split('\n')
      .filter((line) => line.startsWith('  content/'))
      .map((line) => line.slice(2));
    expect(build.output).toContain(`The content has ${checked.length} problems:`);
    expect(printed.sort()).toEqual([...checked].sort());
  });

  it('reports every problem each fixture expects', () => {
    const checked = checkContent(project).map(formatProblem);
    for (const fixture of BROKEN_CONTENT) {
      for (const expected of fixture.expected)
        expect(
          checked.some((line) => matches(line, expected)),
          `${fixture.name}: ${expected}`,
        ).toBe(true);
    }
  });

  it('shows no stack trace and none of Astro’s own validation text', () => {
    expect(build.output).not.toMatch(/Stack trace|^\s+at |InvalidContentEntryDataError|\*\*:/m);
  });
});
