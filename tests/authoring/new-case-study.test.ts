import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../fixtures/content';

/*
 * AUTHORING.md, followed to the letter: a consortium adds a source and a case
 * study (the guide's own example files) and a line in the feed list, builds,
 * and the case study is in the site, the search index, the feed and the data.
 * Builds a copy of the project, so it takes about a minute.
 */

const guide = readFileSync(join(root, 'AUTHORING.md'), 'utf8');
/** The code block that follows a heading of the guide. */
function example(heading: string, language: string): string {
  const section = guide.slice(guide.indexOf(heading));
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(section);
  if (!match) throw new Error(`AUTHORING.md has no ${language} example under "${heading}"`);
  return `${match[1]}\n`;
}

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'arwain-authoring-'));
  cpSync(root, project, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist|\.git|test-results|\.astro)$/.test(source),
  });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  const source = example('## Add a source', 'yaml');
  writeFileSync(join(project, 'content/sources/pen-y-bryn-cluster-2026.yaml'), source);
  writeFileSync(join(project, 'content/en/case-studies/pen-y-bryn-coaching.mdx'), example('## Add a case study', 'mdx'));
  appendFileSync(join(project, 'content/feed.yaml'), '- { id: case-studies/pen-y-bryn-coaching, added: 2026-12-01 }\n');
  execSync('npm run build', { cwd: project, stdio: 'pipe', env: { ...process.env, ARWAIN_BASE: '/' } });
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a case study written by following AUTHORING.md', () => {
  it('is published in English, and in Welsh with the English fallback notice', () => {
    const page = readFileSync(join(project, 'dist/case-studies/pen-y-bryn-coaching/index.html'), 'utf8');
    expect(page).toContain('Growing middle leaders in Pen-y-bryn cluster');
    // The guide's <Standard>, <Callout> and <Quote> components render.
    expect(page).toContain('undertakes the role of mentor and coach when appropriate');
    expect(page).toContain('What made the difference');
    expect(page).toContain('Headteacher, Ysgol Pen-y-bryn');
    const welsh = readFileSync(join(project, 'dist/cy/case-studies/pen-y-bryn-coaching/index.html'), 'utf8');
    expect(welsh).toContain('Nid yw’r testun hwn ar gael yn Gymraeg eto');
  });

  it('is listed on the case studies page and on the statements it cites', () => {
    expect(readFileSync(join(project, 'dist/case-studies/index.html'), 'utf8')).toContain('/case-studies/pen-y-bryn-coaching/');
    expect(readFileSync(join(project, 'dist/standards/3.13/index.html'), 'utf8')).toContain('Growing middle leaders in Pen-y-bryn cluster');
  });

  it('is in the search index', () => {
    const fragments = join(project, 'dist/pagefind/fragment');
    const indexed = readdirSync(fragments)
      .filter((name) => name.startsWith('en_'))
      .map((name) => gunzipSync(readFileSync(join(fragments, name))).toString('utf8'));
    expect(indexed.some((text) => text.includes('/case-studies/pen-y-bryn-coaching/') && text.includes('Pen-y-bryn'))).toBe(true);
  });

  it('is in the news feed and the data files', () => {
    expect(readFileSync(join(project, 'dist/feed.xml'), 'utf8')).toContain('Growing middle leaders in Pen-y-bryn cluster');
    const data = JSON.parse(readFileSync(join(project, 'dist/data/case-studies.json'), 'utf8')) as unknown;
    expect(JSON.stringify(data)).toContain('pen-y-bryn-coaching');
    expect(existsSync(join(project, 'dist/data/case-studies.csv'))).toBe(true);
  });
});
