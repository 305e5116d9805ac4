import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cy } from '../../src/i18n/cy';
import { en } from '../../src/i18n/en';
import { checkContent, checkDictionaries, formatCheckProblems } from '../../src/lib/content-check';
import { root } from '../fixtures/content';

/*
 * `npm run check` against broken copies of the real content: each case adds or
 * changes one file the way an author might get it wrong, and the message must
 * name the file, the line or field, and the fix.
 */

const made: string[] = [];
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'arwain-check-'));
  made.push(dir);
  cpSync(join(root, 'content'), dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const caseStudy = (frontmatter: string, body = 'Text.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const GOOD = 'title: A case study\nsummary: One sentence.\nsource: csc-leadership\nsubject: A school\nstandards: ["3.13"]';

describe('npm run check', () => {
  it('finds nothing wrong with the real content and dictionaries', () => {
    expect(checkContent(join(root, 'content'))).toEqual([]);
    expect(checkDictionaries({ en, cy }, (l) => `src/i18n/${l}.ts`)).toEqual([]);
  });

  it('names a missing field and a wrong type, with their lines', () => {
    const dir = contentWith({ 'en/recommendations/new.mdx': caseStudy('title: New\nsource: csc-leadership\naudience: schools\naddressedTo: "Schools should:"\norder: first\nstandards: ["3.13"]', 'do it') });
    expect(formatCheckProblems(checkContent(dir))).toBe(
      'content/en/recommendations/new.mdx:6: order: Invalid input: expected number, received string.',
    );
    const dir2 = contentWith({ 'en/case-studies/new.mdx': caseStudy('title: New\nsource: csc-leadership\nsubject: A school\nstandards: ["3.13"]') });
    expect(checkContent(dir2)).toEqual([
      { file: 'content/en/case-studies/new.mdx', line: undefined, field: 'summary', message: 'is required but missing; add it (see AUTHORING.md).' },
    ]);
  });

  it('says which value an enumerated field expects, and flags unknown fields', () => {
    const dir = contentWith({ 'en/recommendations/new.mdx': caseStudy('title: New\nsource: csc-leadership\naudience: teachers\naddressedTo: "Schools should:"\norder: 1\nstandards: ["3.13"]\nauthor: Me', 'do it') });
    const messages = formatCheckProblems(checkContent(dir));
    expect(messages).toContain('content/en/recommendations/new.mdx:4: audience: Invalid option: expected one of "national"|"local-authorities-and-consortia"|"schools"');
    expect(messages).toContain('author: is not a field of this collection (author); check the spelling against AUTHORING.md.');
  });

  it('reports YAML that does not parse, with its line', () => {
    const dir = contentWith({ 'en/case-studies/new.mdx': caseStudy(`${GOOD}\naddressedTo: Schools should: do this`) });
    const [problem] = checkContent(dir);
    expect(problem).toMatchObject({ file: 'content/en/case-studies/new.mdx', line: 7, field: 'frontmatter' });
    expect(problem!.message).toMatch(/^is not valid YAML: .+ put quotes around text that contains a colon\.$/);
  });

  it('reports an unknown standard number, in the frontmatter and in the text', () => {
    const dir = contentWith({ 'en/case-studies/new.mdx': caseStudy(GOOD.replace('["3.13"]', '["3.13", "9.9"]'), 'See <Standard number="2.12" /> and [this](/standards/9.9/).') });
    expect(formatCheckProblems(checkContent(dir)).split('\n')).toEqual([
      'content/en/case-studies/new.mdx:6: standards[1]: "9.9" is not a statement or action in the standards; check the number against /standards/.',
      'content/en/case-studies/new.mdx:9: link: "/standards/9.9/" is not a page of the site; link to an existing address such as /standards/1.14/ or /case-studies/, ending with "/".',
      'content/en/case-studies/new.mdx:9: <Standard number>: "2.12" is not a statement or action in the standards; use a number from /standards/, such as "1.14" or "3.4a".',
    ]);
  });

  it('reports a duplicate address and a file name that is not a slug', () => {
    const dir = contentWith({ 'en/case-studies/RCT-Aspiring-Leaders.mdx': caseStudy(GOOD) });
    expect(formatCheckProblems(checkContent(dir)).split('\n')).toEqual([
      'content/en/case-studies/RCT-Aspiring-Leaders.mdx: file name: "RCT-Aspiring-Leaders" becomes the page\'s address: use only lower-case letters, digits and single hyphens, e.g. "rct-aspiring-leaders".',
      'content/en/case-studies/rct-aspiring-leaders.mdx: file name: has the same address as content/en/case-studies/RCT-Aspiring-Leaders.mdx; rename one of them.',
    ]);
  });

  it('reports a page whose address the site already uses, and a file that is not MDX', () => {
    const dir = contentWith({ 'en/pages/standards.mdx': '---\ntitle: S\ndescription: D\n---\n', 'en/pages/notes.md': '# Notes' });
    expect(formatCheckProblems(checkContent(dir)).split('\n')).toEqual([
      'content/en/pages/notes.md: file name: is not an .mdx file, so it is not published; rename it to notes.mdx.',
      'content/en/pages/standards.mdx: file name: would be published at /standards/, which the site already uses; choose another name.',
    ]);
  });

  it('reports an unknown source and a translation without an English original', () => {
    const dir = contentWith({
      'en/case-studies/new.mdx': caseStudy(GOOD.replace('csc-leadership', 'csc-leadrship')),
      'cy/case-studies/only-welsh.mdx': caseStudy(`${GOOD}\ntranslation:\n  status: draft`),
    });
    const messages = formatCheckProblems(checkContent(dir));
    expect(messages).toContain('content/en/case-studies/new.mdx:4: source: there is no source (a file in content/sources/) "csc-leadrship"; expected one of: csc-leadership,');
    expect(messages).toContain('content/cy/case-studies/only-welsh.mdx: file name: has no English original content/en/case-studies/only-welsh.mdx;');
  });

  it('reports a duplicate item number in a key area', () => {
    const file = 'en/key-areas/securing-accountability.mdx';
    const text = readFileSync(join(root, 'content', file), 'utf8').replace('number: "5.2"', 'number: "5.1"');
    expect(formatCheckProblems(checkContent(contentWith({ [file]: text })))).toMatch(
      /^content\/en\/key-areas\/securing-accountability\.mdx: knowledge-and-skills\[1\]\.number: "5\.1" is used twice/,
    );
  });

  it('reports a missing Welsh key, and one the English does not have', () => {
    expect(checkDictionaries({ en: { 'nav.home': 'Home', 'nav.about': 'About' }, cy: { 'nav.home': 'Hafan', 'nav.extra': 'Ychwanegol' } }, (l) => `src/i18n/${l}.ts`)).toEqual([
      { file: 'src/i18n/cy.ts', field: 'nav.about', message: 'is missing: add it with the Welsh for "About".' },
      { file: 'src/i18n/cy.ts', field: 'nav.extra', message: 'is not in the English dictionary (src/i18n/en.ts); add it there or remove it here.' },
    ]);
  });
});
