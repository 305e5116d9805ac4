import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../fixtures/content';
import { copyProject, removeCopy, writeFiles } from '../fixtures/project';
import { freePort, run, tail } from '../fixtures/run';

/*
 * AUTHORING.md, followed to the letter in a copy of the project: a consortium
 * adds a source, a case study and a recommendation (the guide's own example
 * files, at the guide's own paths), their lines in the feed list and the
 * spelling list, and does nothing else. Then the project's tests run there, as
 * they would for that author: the content check, the unit tests, the build, the checks over the
 * built site and the browser tests whose expectations come from the content.
 * Everything must pass with no other step: no count in a test, no address to
 * record by hand.
 */

const guide = readFileSync(join(root, 'AUTHORING.md'), 'utf8');

/** The example file under a heading of the guide: the path it names and the code block that follows. */
function example(heading: string, language: string): { path: string; text: string } {
  const section = guide.slice(guide.indexOf(heading));
  const match = new RegExp('`(content/[^`]+)`[^`]*?:\\n\\n```' + language + '\\n([\\s\\S]*?)\\n```').exec(section);
  if (!match) throw new Error(`AUTHORING.md has no ${language} example with its file name under "${heading}"`);
  return { path: match[1]!, text: `${match[2]}\n` };
}

/** The feed line the guide gives, for an entry such as `case-studies/pen-y-bryn-coaching`. */
function feedLine(id: string): string {
  const line = /`(- \{ id: case-studies\/<name>, added: [\d-]+ \})`/.exec(guide)?.[1];
  if (!line) throw new Error('AUTHORING.md gives no line for content/feed.yaml');
  return `${line.replace('case-studies/<name>', id)}\n`;
}

const idOf = (path: string) => path.replace(/^content\/en\//, '').replace(/\.mdx$/, '');
const source = example('## Add a source', 'yaml');
const caseStudy = example('## Add a case study', 'mdx');
const recommendation = example('## Add a recommendation', 'mdx');
const allowed = example('## Add a case study', 'text');
let project: string;

beforeAll(() => {
  project = copyProject(root, {}, 'arwain-authoring-');
  const feed = readFileSync(join(project, 'content/feed.yaml'), 'utf8') + feedLine(idOf(caseStudy.path)) + feedLine(idOf(recommendation.path));
  const allowList = `${readFileSync(join(project, allowed.path), 'utf8')}\n${allowed.text}`;
  writeFiles(project, { [source.path]: source.text, [caseStudy.path]: caseStudy.text, [recommendation.path]: recommendation.text, 'content/feed.yaml': feed, [allowed.path]: allowList });
});

afterAll(() => {
  if (project) removeCopy(project);
});

/** Runs a step of the suite in the copy, failing with the end of its output. */
async function step(command: string, args: string[], env: Record<string, string> = {}) {
  const result = await run(command, args, project, env);
  expect(result.status, tail(result.output)).toBe(0);
  return result.output;
}

const page = (path: string) => readFileSync(join(project, 'dist', path, 'index.html'), 'utf8');

describe('a source, case study and recommendation added by following AUTHORING.md', () => {
  it('pass the content check', async () => {
    // `npm run check` less `astro check`: content cannot change the types, and the type check takes minutes.
    await step('npx', ['tsx', 'scripts/check.ts']);
  }, 120_000);

  it('pass the unit tests', async () => {
    await step('npx', ['vitest', 'run', '--project', 'unit']);
  }, 600_000);

  it('build, recording their new addresses', async () => {
    const output = await step('npm', ['run', 'build']);
    expect(output).toMatch(/Recorded \d+ new addresses in content\/published-urls\.txt/);
    expect(readFileSync(join(project, 'content/published-urls.txt'), 'utf8')).toContain(`\n/${idOf(caseStudy.path)}/\n`);
  }, 600_000);

  it('are published in English, and in Welsh with the English fallback notice', () => {
    const english = page(idOf(caseStudy.path));
    expect(english).toContain('Growing middle leaders in Pen-y-bryn cluster');
    // The guide's <Standard>, <Callout> and <Quote> components render.
    expect(english).toContain('undertakes the role of mentor and coach when appropriate');
    expect(english).toContain('What made the difference');
    expect(english).toContain('Headteacher, Ysgol Pen-y-bryn');
    expect(page(`cy/${idOf(caseStudy.path)}`)).toContain('Nid yw’r testun hwn ar gael yn Gymraeg eto');
    expect(page(idOf(recommendation.path))).toContain('give coaches protected time in the timetable');
  });

  it('are listed, linked to each other and to the statements they cite', () => {
    expect(page('case-studies')).toContain(`/${idOf(caseStudy.path)}/`);
    expect(page('recommendations')).toContain(`/${idOf(recommendation.path)}/`);
    expect(page('recommendations')).toContain('Pen-y-bryn cluster');
    expect(page('standards/3.13')).toContain('Growing middle leaders in Pen-y-bryn cluster');
    expect(page('standards/3.7a')).toContain('Time for coaching in the timetable');
    expect(page(idOf(recommendation.path))).toContain(`/${idOf(caseStudy.path)}/`);
  });

  it('are in the search index, the news feed and the data files', () => {
    const fragments = join(project, 'dist/pagefind/fragment');
    const indexed = readdirSync(fragments)
      .filter((name) => name.startsWith('en_'))
      .map((name) => gunzipSync(readFileSync(join(fragments, name))).toString('utf8'));
    expect(indexed.some((text) => text.includes(`/${idOf(caseStudy.path)}/`) && text.includes('Pen-y-bryn'))).toBe(true);
    const feed = readFileSync(join(project, 'dist/feed.xml'), 'utf8');
    expect(feed).toContain('Growing middle leaders in Pen-y-bryn cluster');
    expect(feed).toContain('Time for coaching in the timetable');
    expect(readFileSync(join(project, 'dist/data/case-studies.json'), 'utf8')).toContain('pen-y-bryn-coaching');
    expect(readFileSync(join(project, 'dist/data/recommendations.csv'), 'utf8')).toContain('Time for coaching in the timetable');
  });

  it('pass the checks over the built site', async () => {
    await step('npx', ['vitest', 'run', '--project', 'site']);
  }, 600_000);

  it('pass the browser tests whose expectations come from the content', async () => {
    // Those tagged @content count and group what the content holds; the rest of the browser
    // tests are about the interface, which a new entry does not change, and run in `npm test`.
    const port = String(await freePort());
    await step('npx', ['playwright', 'test', '--project=desktop', '--grep', '@content'], { ARWAIN_TEST_PORT: port });
  }, 600_000);
});
