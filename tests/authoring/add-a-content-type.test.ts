import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../fixtures/content';
import { copyProject, removeCopy, writeFiles } from '../fixtures/project';
import { run, tail } from '../fixtures/run';

/*
 * AUTHORING.md's "Add a content type", followed to the letter in a copy of the
 * project: its schema, registry entry, names in both languages, two page
 * templates and an entry in each language (the guide's own code, at the guide's
 * own paths), and nothing else. Then the content check, the unit tests about
 * content and structure, and the build run there:
 * the list and the entries are published in both languages, the citation
 * renders, and the translation status and site search know the type. Then the
 * entry cites a statement that does not exist, and the check and the build both
 * stop, naming the file and the field. One build and one build stopped at its
 * first step, so this stays under two minutes.
 */

const guide = readFileSync(join(root, 'AUTHORING.md'), 'utf8');
const section = guide.slice(guide.indexOf('## Add a content type'), guide.indexOf('\n## ', guide.indexOf('## Add a content type') + 1));

/** Each code block of the section with the last file path named before it. */
function blocks(): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const pattern = /```(ts|astro|mdx)\n([\s\S]*?)\n```/g;
  for (const match of section.matchAll(pattern)) {
    const before = section.slice(0, match.index);
    const path = [...before.matchAll(/`((?:src|content)\/[^`]+)`/g)].at(-1)?.[1];
    if (!path) throw new Error(`AUTHORING.md, "Add a content type": no file named before the block "${match[2]!.slice(0, 40)}…"`);
    found.push({ path, text: `${match[2]}\n` });
  }
  return found;
}

/** Inserts `text` before the last line of `file` that closes its object (`}` or `} …;`). */
function beforeClosing(file: string, text: string, closing: RegExp): string {
  const index = [...file.matchAll(closing)].at(-1)?.index;
  if (index === undefined) throw new Error(`no ${closing} to insert before`);
  return file.slice(0, index) + text + file.slice(index);
}

/** What following one block of the guide does to the project's files. */
function follow(project: string, { path, text }: { path: string; text: string }): string {
  const current = () => readFileSync(join(project, path), 'utf8');
  if (path === 'src/lib/content/schemas/content.ts') return `${current()}\n${text}`;
  if (path === 'src/lib/content/registry.ts') {
    const imported = current().replace(/(import \{[^}]*)( \} from '\.\/schemas\/content';)/, '$1, eventSchema$2');
    return beforeClosing(imported, text, /^\} as const satisfies/gm);
  }
  if (/^src\/i18n\/\w+\/core\.ts$/.test(path)) return beforeClosing(current(), text, /^\}/gm);
  return text;
}

const steps = blocks();
const entry = steps.find((s) => s.path.startsWith('content/en/'))!;
const slug = entry.path.replace(/^content\/en\/events\/|\.mdx$/g, '');
let project: string;

beforeAll(() => {
  project = copyProject(root, {}, 'arwain-content-type-');
  for (const step of steps) writeFiles(project, { [step.path]: follow(project, step) });
});

afterAll(() => {
  if (project) removeCopy(project);
});

const page = (path: string) => readFileSync(join(project, 'dist', path, 'index.html'), 'utf8');

describe('a content type added by following AUTHORING.md', () => {
  it('the guide gives its schema, registry entry, names in both languages, templates and entries', () => {
    expect(steps.map((s) => s.path)).toEqual([
      'src/lib/content/schemas/content.ts',
      'src/lib/content/registry.ts',
      'src/i18n/en/core.ts',
      'src/i18n/cy/core.ts',
      'src/pages/[...lang]/events/index.astro',
      'src/pages/[...lang]/events/[slug].astro',
      'content/en/events/coaching-conversations.mdx',
      'content/cy/events/coaching-conversations.mdx',
    ]);
  });

  it('passes the content check', async () => {
    const result = await run('npx', ['tsx', 'scripts/check.ts'], project);
    expect(result.status, tail(result.output)).toBe(0);
  }, 120_000);

  it('passes the unit tests about content and structure', async () => {
    // The rest of the unit tests are about code a content type does not touch, and run in `npm test`.
    const tests = [
      'src/lib/content/check.test.ts',
      'src/lib/content/problems.test.ts',
      'src/lib/content/reader.test.ts',
      'src/lib/content/registry.test.ts',
      'src/lib/content/translation-status.test.ts',
      'tests/unit/import-graph.test.ts',
      'tests/unit/i18n.test.ts',
    ];
    const result = await run('npx', ['vitest', 'run', '--project', 'unit', ...tests], project);
    expect(result.status, tail(result.output)).toBe(0);
  }, 300_000);

  it('builds, recording its new addresses', async () => {
    const result = await run('npm', ['run', 'build'], project);
    expect(result.status, tail(result.output)).toBe(0);
    const recorded = readFileSync(join(project, 'content/published-urls.txt'), 'utf8');
    expect(recorded).toContain('\n/events/\n');
    expect(recorded).toContain(`\n/events/${slug}/\n`);
  }, 600_000);

  it('publishes the list and the entry in both languages, the entry with the statement it cites', () => {
    expect(page('events')).toContain(`/events/${slug}/`);
    expect(page('events')).toContain('Coaching conversations for middle leaders');
    expect(page('cy/events')).toContain(`/cy/events/${slug}/`);
    expect(page('cy/events')).toContain('Sgyrsiau hyfforddi i arweinwyr canol');
    const english = page(`events/${slug}`);
    expect(english).toContain('The standards this event supports');
    // Statement 3.13, cited in the entry's `standards`, rendered with its text and a link to its page.
    expect(english).toContain('undertakes the role of mentor and coach when appropriate');
    expect(english).toContain('href="/standards/3.13/"');
    const welsh = page(`cy/events/${slug}`);
    expect(welsh).toContain('Y safonau y mae’r digwyddiad hwn yn eu cefnogi');
    expect(welsh).toContain('href="/cy/standards/3.13/"');
    expect(welsh).toContain('10 Mawrth 2027');
  });

  it('is in the translation status, site search and the search form', () => {
    const status = page('translation-status');
    expect(status).toMatch(/<caption[^>]*>\s*Events/);
    expect(status).toContain(`/events/${slug}/`);
    expect(page('search')).toMatch(/<option value="event"[^>]*>Event<\/option>/);
    expect(page(`events/${slug}`)).toContain('data-pagefind-filter="type:event"');
    const fragments = join(project, 'dist/pagefind/fragment');
    const indexed = readdirSync(fragments)
      .filter((name) => name.startsWith('en_'))
      .map((name) => gunzipSync(readFileSync(join(fragments, name))).toString('utf8'));
    expect(indexed.some((text) => text.includes(`/events/${slug}/`) && text.includes('Coaching conversations'))).toBe(true);
  });

  it('stops the check and the build, naming the file and the field, when an entry cites a statement that does not exist', async () => {
    writeFiles(project, { [entry.path]: entry.text.replace('standards: ["3.13"]', 'standards: ["3.13", "9.9"]') });
    const expected = `${entry.path}:6: standards[1]: "9.9" is not a statement or action in the standards`;
    const check = await run('npx', ['tsx', 'scripts/check.ts'], project);
    expect(check.status).not.toBe(0);
    expect(check.output).toContain(expected);
    // The build stops at its first step, loading the content, with the same line and no stack trace.
    const build = await run('npx', ['astro', 'build'], project);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(expected);
    expect(build.output).not.toMatch(/Stack trace|^\s+at |CitedStandards/m);
  }, 300_000);
});
