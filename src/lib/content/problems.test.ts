import { describe, expect, it } from 'vitest';
import { findEntryReferenceProblems, findReferenceProblems, findStandardsProblems, formatProblems, type KeyAreaFile } from './problems';

function keyArea(overrides: Partial<KeyAreaFile> & Pick<KeyAreaFile, 'groups'>): KeyAreaFile {
  return { file: 'content/en/key-areas/test.mdx', slug: 'test', area: 1, title: 'Test', ...overrides };
}

const empty = { 'knowledge-and-skills': [], 'personal-qualities-and-values': [], 'professional-characteristics': [], actions: [] };

describe('findStandardsProblems', () => {
  it('names the file and field of a duplicate number', () => {
    const problems = findStandardsProblems([
      keyArea({
        groups: {
          ...empty,
          'knowledge-and-skills': [
            { number: '1.1', text: 'a' },
            { number: '1.1', text: 'b' },
          ],
        },
      }),
    ]);
    expect(problems).toEqual([
      {
        file: 'content/en/key-areas/test.mdx',
        field: 'knowledge-and-skills[1].number',
        message: '"1.1" is used twice (also at content/en/key-areas/test.mdx knowledge-and-skills[0].number); each item number must be unique.',
      },
    ]);
  });

  it('reports an action listed as a statement, and a number from another key area', () => {
    const problems = findStandardsProblems([keyArea({ groups: { ...empty, 'professional-characteristics': [{ number: '1.2a', text: 'a' }], actions: [{ number: '2.1a', text: 'b' }] } })]);
    expect(problems.map((p) => p.field)).toEqual(['professional-characteristics[0].number', 'actions[0].number']);
    expect(problems[0]!.message).toContain('is an action but is listed under professional-characteristics');
    expect(problems[1]!.message).toContain('belongs to key area 2, but this file is key area 1');
  });

  it('reports a malformed number with an example of a good one', () => {
    const [problem] = findStandardsProblems([keyArea({ groups: { ...empty, actions: [{ number: '1.x', text: 'a' }] } })]);
    expect(problem!.message).toBe('"1.x" is not an item number; expected a number such as "1.4" (statement) or "1.4a" (action).');
  });

  it('reports a key area number used twice', () => {
    const problems = findStandardsProblems([keyArea({ groups: empty }), keyArea({ file: 'content/en/key-areas/other.mdx', groups: empty })]);
    expect(problems).toEqual([
      { file: 'content/en/key-areas/other.mdx', field: 'area', message: 'key area 1 is also defined in content/en/key-areas/test.mdx; each key area number must be used once.' },
    ]);
  });
});

describe('findReferenceProblems', () => {
  const known = new Set(['1.14', '3.4a']);

  it('accepts numbers that exist', () => {
    expect(findReferenceProblems([{ file: 'f.mdx', field: 'standards', numbers: ['1.14', '3.4a'] }], known)).toEqual([]);
  });

  it('names the file, the field with its index, and the unknown number', () => {
    const problems = findReferenceProblems([{ file: 'content/en/case-studies/x.mdx', field: 'standards', numbers: ['1.14', '9.9', 'one'] }], known);
    expect(problems).toEqual([
      { file: 'content/en/case-studies/x.mdx', field: 'standards[1]', message: '"9.9" is not a statement or action in the standards; check the number against /standards/.' },
      { file: 'content/en/case-studies/x.mdx', field: 'standards[2]', message: '"one" is not an item number; expected a statement such as "1.14" or an action such as "3.4a".' },
    ]);
  });
});

describe('findEntryReferenceProblems', () => {
  it('lists the ids that would have been valid', () => {
    const problems = findEntryReferenceProblems([
      { file: 'r.mdx', field: 'caseStudy', kind: 'case study', id: 'nope', known: new Set(['b', 'a']) },
      { file: 'r.mdx', field: 'source', kind: 'source', id: 'a', known: new Set(['a']) },
    ]);
    expect(problems).toEqual([{ file: 'r.mdx', field: 'caseStudy', message: 'there is no case study "nope"; expected one of: a, b.' }]);
  });
});

describe('formatProblems', () => {
  it('prints one line per problem, file first', () => {
    expect(formatProblems([{ file: 'a.mdx', field: 'title', message: 'is missing.' }])).toBe('The content has 1 problem:\n  a.mdx: title: is missing.');
  });
});
