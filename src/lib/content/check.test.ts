import { afterAll, describe, expect, it } from 'vitest';
import { cy } from '../../i18n/cy';
import { en } from '../../i18n/en';
import { checkContent, checkDictionaries } from './check';
import { formatProblem } from './problems';
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
});
