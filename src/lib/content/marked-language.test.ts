import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { markedRuns, markProblem, MarkError } from './marked-language';
import { glossarySchema } from './schemas/glossary';

describe('marked other-language words', () => {
  it('leaves a text without marks as one plain run', () => {
    expect(markedRuns('Two words, no hyphen.')).toEqual([{ text: 'Two words, no hyphen.' }]);
  });

  it('splits several marks in either language, keeping the text between them', () => {
    expect(markedRuns('“{cy:Dirprwy}” softens it: {cy:dirprwy bennaeth}, {cy:dirprwy benaethiaid}.')).toEqual([
      { text: '“' },
      { text: 'Dirprwy', lang: 'cy' },
      { text: '” softens it: ' },
      { text: 'dirprwy bennaeth', lang: 'cy' },
      { text: ', ' },
      { text: 'dirprwy benaethiaid', lang: 'cy' },
      { text: '.' },
    ]);
    expect(markedRuns('{en:middle managers}')).toEqual([{ text: 'middle managers', lang: 'en' }]);
  });

  it('refuses a language the site does not have', () => {
    expect(() => markedRuns('Ystyr {fr:gestion} yw')).toThrow(MarkError);
    expect(() => markedRuns('Ystyr {fr:gestion} yw')).toThrow(/"fr" is not a language of the site/);
    expect(() => markedRuns('{EN:area}')).toThrow(/"EN"/);
  });

  it('refuses unbalanced braces, naming the place', () => {
    expect(() => markedRuns('between {cy:dysgwyr and pupils')).toThrow(/unbalanced "\{" at character 9/);
    expect(() => markedRuns('between cy:dysgwyr} and pupils')).toThrow(/unbalanced "\}"/);
    expect(() => markedRuns('{cy:{en:nested}}')).toThrow(MarkError);
    expect(() => markedRuns('a {cy dysgwyr} b')).toThrow(/unbalanced/);
  });

  it('refuses an empty mark or space around the words', () => {
    expect(() => markedRuns('{cy:}')).toThrow(MarkError);
    expect(() => markedRuns('{cy: dysgwyr}')).toThrow(/\{cy:dysgwyr\}/);
  });

  it('reports a mark in the text’s own language as a problem', () => {
    expect(markProblem('It is {en:English}.', 'en')).toMatch(/the language of the text itself/);
    expect(markProblem('It is {cy:Cymraeg}.', 'en')).toBeUndefined();
    expect(markProblem('It is {cy:Cymraeg.', 'en')).toMatch(/unbalanced/);
  });
});

describe('the glossary schema and the marks', () => {
  const entry = { en: 'learners', cy: 'dysgwyr', group: 'people', basis: 'termcymru', note: { en: 'Learners ({cy:dysgwyr}).', cy: 'Dysgwyr ({en:learners}).' } };

  it('accepts well-formed marks', () => {
    expect(glossarySchema.safeParse({ learners: entry }).success).toBe(true);
  });

  it('refuses a malformed mark, naming the term and the field', () => {
    const result = glossarySchema.safeParse({ learners: { ...entry, note: { ...entry.note, cy: 'Dysgwyr ({en:learners).' } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['learners.note.cy', expect.stringMatching(/unbalanced "\{"/)]]);
  });

  it('holds for every note of content/glossary.yaml', () => {
    const terms = glossarySchema.parse(parse(readFileSync('content/glossary.yaml', 'utf8')));
    const marked = Object.values(terms).flatMap((term) => [...markedRuns(term.note.en), ...markedRuns(term.note.cy)]);
    expect(marked.some((run) => run.lang === 'cy')).toBe(true);
    expect(marked.some((run) => run.lang === 'en')).toBe(true);
  });
});
