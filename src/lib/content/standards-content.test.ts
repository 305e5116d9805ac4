import { describe, expect, it } from 'vitest';
import { findReferenceProblems, findStandardsProblems } from './problems';
import { buildStandards, GROUPS } from './standards';
import { readCollection, readKeyAreas, readSource } from '../../../tests/fixtures/content';

const keyAreas = readKeyAreas('en');
const standards = buildStandards(keyAreas);

/** Counts per key area and group, read off the source document by hand. */
const EXPECTED_COUNTS: Record<number, [number, number, number, number]> = {
  1: [8, 5, 6, 7],
  2: [9, 8, 9, 17],
  3: [4, 5, 10, 12],
  4: [8, 5, 5, 13],
  5: [5, 3, 6, 3],
  6: [8, 4, 3, 9],
};

/**
 * Every item of the source: a number on its own line, the text on the next
 * non-empty line. The trailing ";" or "." of a list item is not part of it.
 */
function itemsInSource(): Map<string, string> {
  const lines = readSource('004_')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const items = new Map<string, string>();
  lines.forEach((line, i) => {
    if (/^\d\.\d+a?$/.test(line)) items.set(line, lines[i + 1]!.replace(/\s*[;.]\s*$/, ''));
  });
  return items;
}

describe('the standards as authored', () => {
  it('has no problems: numbers well formed, in the right key area and group, each once', () => {
    expect(findStandardsProblems(keyAreas)).toEqual([]);
  });

  it('has 172 items: 111 statements and 61 actions', () => {
    expect(standards.items).toHaveLength(172);
    expect(standards.items.filter((i) => i.parsed.kind === 'statement')).toHaveLength(111);
    expect(standards.items.filter((i) => i.parsed.kind === 'action')).toHaveLength(61);
  });

  it('has six key areas with the source counts per group', () => {
    expect(standards.keyAreas.map((k) => k.area)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const keyArea of standards.keyAreas) {
      expect(
        GROUPS.map((g) => keyArea.groups[g].length),
        `key area ${keyArea.area}`,
      ).toEqual(EXPECTED_COUNTS[keyArea.area]);
    }
  });

  it('keeps the source gap at 2.12 and does not renumber', () => {
    expect(standards.byNumber.has('2.12')).toBe(false);
    expect(standards.byNumber.get('2.11')?.text).toMatch(/^establishes a learning community/);
    expect(standards.byNumber.get('2.13')?.text).toMatch(/^demonstrates personal enthusiasm/);
  });

  it('matches the source word for word, item by item', () => {
    const source = itemsInSource();
    expect([...source.keys()].sort()).toEqual([...standards.byNumber.keys()].sort());
    for (const [number, text] of source) {
      expect(standards.byNumber.get(number)?.text, number).toBe(text);
    }
  });

  it('has the key area titles of the source', () => {
    expect(standards.keyAreas.map((k) => k.title)).toEqual([
      'Creating Strategic Direction',
      'Leading Learning and Teaching',
      'Developing and Working with Others',
      'Managing the School',
      'Securing Accountability',
      'Strengthening the Community Focus',
    ]);
  });
});

describe('references from content to the standards', () => {
  const citing = ['case-studies', 'recommendations', 'pathways'].flatMap((folder) => readCollection('en', folder));

  it('cite only numbers that exist', () => {
    const references = citing.map((f) => ({ file: f.file, field: 'standards', numbers: f.data.standards as string[] }));
    expect(references.length).toBeGreaterThanOrEqual(14);
    expect(findReferenceProblems(references, standards.byNumber)).toEqual([]);
  });

  it('every case study cites at least one item', () => {
    const caseStudies = readCollection('en', 'case-studies');
    expect(caseStudies.length).toBeGreaterThan(0);
    for (const c of caseStudies) expect((c.data.standards as string[]).length, c.file).toBeGreaterThan(0);
  });
});
