import { afterAll, describe, expect, it } from 'vitest';
import { cy } from '../../i18n/cy';
import { en } from '../../i18n/en';
import { checkContent, checkDictionaries, findContentProblems } from './check';
import { formatProblem } from './problems';
import { readContent, type ContentSnapshot } from './reader';
import { BROKEN_CONTENT, filesOf, matches } from '../../../tests/fixtures/broken-content';
import { root } from '../../../tests/fixtures/content';
import { copyContent, removeCopy } from '../../../tests/fixtures/project';

/*
 * `npm run check` against broken copies of the real content: each fixture
 * (tests/fixtures/broken-content.ts) breaks files the way an author might, and
 * the messages must name the file, the line or field, and the fix. The same
 * fixtures go through the build in tests/authoring/check-and-build-agree.test.ts.
 */

const made: string[] = [];
afterAll(() => made.forEach(removeCopy));

describe('npm run check', () => {
  it('finds nothing wrong with the real content and dictionaries', () => {
    expect(checkContent(root)).toEqual([]);
    expect(checkDictionaries({ en, cy }, (l) => `src/i18n/${l}.ts`)).toEqual([]);
  });

  for (const fixture of BROKEN_CONTENT) {
    it(`reports ${fixture.name}`, () => {
      const dir = copyContent(filesOf([fixture]));
      made.push(dir);
      const lines = checkContent(dir).map(formatProblem);
      expect(lines, lines.join('\n')).toHaveLength(fixture.expected.length);
      fixture.expected.forEach((expected, i) => expect(matches(lines[i]!, expected), `${lines[i]}\n  expected ${expected}`).toBe(true));
    });
  }

  it('reports a missing Welsh key, and one the English does not have', () => {
    expect(checkDictionaries({ en: { 'nav.home': 'Home', 'nav.about': 'About' }, cy: { 'nav.home': 'Hafan', 'nav.extra': 'Ychwanegol' } }, (l) => `src/i18n/${l}.ts`)).toEqual([
      { file: 'src/i18n/cy.ts', field: 'nav.about', message: 'is missing: add it with the Welsh for "About".' },
      { file: 'src/i18n/cy.ts', field: 'nav.extra', message: 'is not in the English dictionary (src/i18n/en.ts); add it there or remove it here.' },
    ]);
  });

  it('reports a dictionary with no English as all extra, and names a language it does not know by its code', () => {
    expect(checkDictionaries({ cy: { a: 'A' } }, (l) => `src/i18n/${l}.ts`)).toEqual([
      { file: 'src/i18n/cy.ts', field: 'a', message: 'is not in the English dictionary (src/i18n/en.ts); add it there or remove it here.' },
    ]);
    expect(checkDictionaries({ en: { a: 'A' }, ga: {} }, (l) => `src/i18n/${l}.ts`)).toEqual([{ file: 'src/i18n/ga.ts', field: 'a', message: 'is missing: add it with the ga for "A".' }]);
  });
});

describe('findContentProblems over the real content, changed in memory', () => {
  const snapshot = readContent(root);
  const caseStudy = snapshot.entries.find((e) => e.collection === 'caseStudies' && e.id === 'en/csc-serving-headteacher-programmes')!;
  const recommendation = snapshot.entries.find((e) => e.collection === 'recommendations' && e.id === 'en/estyn-r6')!;
  const problems = (change: Partial<ContentSnapshot>) => findContentProblems({ ...snapshot, ...change }).map(formatProblem);
  const asCaseStudy = (name: string) => ({ ...caseStudy, id: `en/${name}`, filePath: `content/en/case-studies/${name}.mdx` });

  it('reserves the site’s addresses for pages only: a case study may be called "standards"', () => {
    expect(problems({ entries: [...snapshot.entries, asCaseStudy('standards')] })).toEqual([
      'content/feed.yaml: case-studies/standards: content/en/case-studies/standards.mdx has no date for the news feed; add the line "- { id: case-studies/standards, added: YYYY-MM-DD }" with the day it was added.',
    ]);
  });

  it('suggests a file name without the hyphens its odd characters would leave at either end, and asks no feed date until it is fixed', () => {
    expect(problems({ entries: [...snapshot.entries, asCaseStudy('_Draft_')] })).toEqual([
      'content/en/case-studies/_Draft_.mdx: file name: "_Draft_" becomes its address and id: use only lower-case letters, digits and single hyphens, e.g. "draft".',
    ]);
    expect(problems({ entries: [...snapshot.entries, asCaseStudy('New__Draft')] })).toEqual([
      'content/en/case-studies/New__Draft.mdx: file name: "New__Draft" becomes its address and id: use only lower-case letters, digits and single hyphens, e.g. "new-draft".',
    ]);    // A name that starts like a slug is still checked to its end.
    expect(problems({ entries: [...snapshot.entries, asCaseStudy('draft_2')] })).toEqual([
      'content/en/case-studies/draft_2.mdx: file name: "draft_2" becomes its address and id: use only lower-case letters, digits and single hyphens, e.g. "draft-2".',
    ]);
  });

  it('reports a recommendation’s unknown case study and the unknown source it is quoted in, with their lines and what there is', () => {
    const entries = snapshot.entries.map((e) => (e === recommendation ? { ...e, data: { ...e.data, caseStudy: 'nowhere', quotedIn: 'elsewhere' } } : e));
    // What there is changes with the content: the message lists it, sorted.
    expect(problems({ entries })).toEqual([
      expect.stringMatching(/^content\/en\/recommendations\/estyn-r6\.mdx:5: quotedIn: there is no source \(a file in content\/sources\/\) "elsewhere"; expected one of: .*\bcsc-leadership, .*\.$/),
      expect.stringMatching(/^content\/en\/recommendations\/estyn-r6\.mdx:10: caseStudy: there is no case study "nowhere"; expected one of: .*\bcsc-serving-headteacher-programmes, .*\.$/),
    ]);
  });

  it('reports an unknown source of a recommendation and of the continuum, with their lines', () => {
    const entries = snapshot.entries.map((e) => (e === recommendation || e.id === 'en/continuum' ? { ...e, data: { ...e.data, source: 'gone' } } : e));
    expect(problems({ entries })).toEqual([
      expect.stringMatching(/^content\/en\/continuum\.yaml:5: source: there is no source \(a file in content\/sources\/\) "gone"; expected one of: .*\bcsc-leadership, .*\.$/),
      expect.stringMatching(/^content\/en\/recommendations\/estyn-r6\.mdx:4: source: there is no source \(a file in content\/sources\/\) "gone"; expected one of: .*\bcsc-leadership, .*\.$/),
    ]);
  });

  it('reports a missing feed file', () => {
    expect(problems({ feedDates: undefined })).toEqual(['content/feed.yaml: file: is missing; it lists when each case study and recommendation was added, for the news feed at /feed.xml.']);
  });

  it('keeps the line a problem already has', () => {
    expect(problems({ problems: [{ file: caseStudy.filePath, line: 99, field: 'title', message: 'x' }] })).toEqual(['content/en/case-studies/csc-serving-headteacher-programmes.mdx:99: title: x']);
  });
});
