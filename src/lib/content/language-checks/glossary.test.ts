import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../schemas/glossary';
import { compileGlossary, findVariantUses, glossaryConflicts } from './glossary';
import { prose } from './prose';

const terms = [
  { en: 'self-evaluation', cy: 'hunanwerthuso', avoid: ['hunanwerthusiad', 'hunan werthuso'] },
  { en: 'engagement', cy: 'ymgysylltu', avoid: ['ymglymiad'] },
  { en: 'governing body', cy: 'corff llywodraethu', avoid: ['corff llywodraethol'] },
  { en: 'pathway', cy: 'llwybr', avoid: ['ffyrdd i mewn'] },
];
const glossary = compileGlossary(terms);

describe('the glossary check', () => {
  it('finds an avoided form and names the glossary term, with line and column', () => {
    const text = 'Mae’r ysgol yn cynnal\nhunanwerthusiad gonest bob blwyddyn.';
    expect(findVariantUses(text, glossary)).toEqual([{ line: 2, column: 1, found: 'hunanwerthusiad', variant: 'hunanwerthusiad', preferred: 'hunanwerthuso', en: 'self-evaluation' }]);
  });

  it('finds mutated forms and any case, and phrases across a line break', () => {
    const text = 'Gyda’r Corff Llywodraethol a’i hunan werthuso.\nFfyrdd i\nmewn yn ôl rôl. Ei hymglymiad.';
    expect(findVariantUses(text, glossary).map((u) => [u.line, u.found, u.preferred])).toEqual([
      [1, 'Corff Llywodraethol', 'corff llywodraethu'],
      [1, 'hunan werthuso', 'hunanwerthuso'],
      [2, 'Ffyrdd i mewn', 'llwybr'],
      [3, 'hymglymiad', 'ymgysylltu'],
    ]);
    expect(findVariantUses('ei gorff llywodraethol', glossary)[0]?.found).toBe('gorff llywodraethol');
  });

  it('gives what it found with each run of white space as one space, and reads a form written with two spaces as one', () => {
    expect(findVariantUses('Y Corff\n    Llywodraethol.', glossary).map((u) => u.found)).toEqual(['Corff Llywodraethol']);
    const spaced = compileGlossary([{ en: 'self-evaluation', cy: 'hunanwerthuso', avoid: ['hunan  werthuso'] }]);
    expect(findVariantUses('Ei hunan werthuso.', spaced).map((u) => u.found)).toEqual(['hunan werthuso']);
  });

  it('does not flag a word that only contains an avoided form, or the preferred term', () => {
    expect(findVariantUses('hunanwerthusiadol; hunanwerthuso; corff llywodraethu; ffyrdd eraill i mewn', glossary)).toEqual([]);
  });

  it('finds a phrase with words in its middle where the form has “…”, and nothing past three words', () => {
    const spaced = compileGlossary([{ en: 'school improvement', cy: 'gwella ysgolion', avoid: ['gwelliant … yn yr ysgol'] }]);
    expect(findVariantUses('sicrhau gwelliant parhaol yn yr ysgol', spaced).map((u) => u.found)).toEqual(['gwelliant parhaol yn yr ysgol']);
    expect(findVariantUses('gwelliant cyson a pharhaol yn yr ysgol', spaced).map((u) => u.found)).toEqual(['gwelliant cyson a pharhaol yn yr ysgol']);
    expect(findVariantUses('gwelliant yn yr ysgol', spaced)).toEqual([]);
    expect(findVariantUses('gwelliant mawr iawn yn eu cyfer hwy yn yr ysgol', spaced)).toEqual([]);
  });

  it('holds “cam” for an action: a career stage written “cam” is flagged, “cyfnod” and “cam gweithredu” are not', () => {
    const file = parse(readFileSync(new URL('../../../../content/glossary.yaml', import.meta.url), 'utf8'));
    const real = compileGlossary(Object.values(glossarySchema.parse(file)));
    const found = (text: string) => findVariantUses(text, real).map((u) => [u.found, u.preferred]);
    expect(found('Dewiswch gam eich gyrfa.')).toEqual([['gam eich gyrfa', 'cyfnod']]);
    expect(found('Cam gyrfa: Pennaeth Newydd. Deuddeg cam o hyfforddiant.')).toEqual([
      ['Cam gyrfa', 'cyfnod'],
      ['Deuddeg cam', 'cyfnod'],
    ]);
    expect(found('Mae’n cwmpasu’r camau canlynol yn y continwwm.')).toEqual([['camau canlynol yn y continwwm', 'cyfnod']]);
    expect(found('Dewiswch gyfnod eich gyrfa a’r camau gweithredu sy’n berthnasol. Cyfnod gyrfa. Y camau nesaf.')).toEqual([]);
  });

  it('reads a form’s full stops and brackets as written, and a form with space around it trimmed', () => {
    const special = compileGlossary([
      { en: 'for example', cy: 'e.e.', avoid: ['e.g.', 'AAA (x)'] },
      { en: 'self-evaluation', cy: 'hunanwerthuso', avoid: [' hunanwerthusiad '] },
    ]);
    expect(findVariantUses('exgx, e.g. AAA (x) AAA x Mae hunanwerthusiad.', special).map((u) => [u.column, u.found])).toEqual([
      [7, 'e.g.'],
      [12, 'AAA (x)'],
      [30, 'hunanwerthusiad'],
    ]);
  });

  it('ignores text marked as English on a Welsh page', () => {
    const mdx = '---\ntitle: Prawf\n---\nMae <span lang="en">hunanwerthusiad</span> yn air.\n\n<Quote by="Pennaeth" lang="en">\nhunanwerthusiad\n</Quote>\n';
    expect(findVariantUses(prose(mdx, 'mdx', 'cy'), glossary)).toEqual([]);
  });

  it('finds the forms in a broken fixture, by file line', () => {
    const text = readFileSync(new URL('../../../../tests/fixtures/language/broken-cy.mdx', import.meta.url), 'utf8');
    expect(findVariantUses(prose(text, 'mdx', 'cy'), glossary).map((u) => `${u.line}:${u.found}`)).toEqual(['2:Ffyrdd i mewn', '8:hunanwerthusiad', '10:chorff llywodraethol']);
  });
});

describe('the glossary itself (content/glossary.yaml)', () => {
  const file = parse(readFileSync(new URL('../../../../content/glossary.yaml', import.meta.url), 'utf8'));

  it('is valid, and no avoided form is some entry’s own term', () => {
    const result = glossarySchema.safeParse(file);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(glossaryConflicts(result.data!)).toEqual([]);
  });

  it('has the standards’ vocabulary that the translators need', () => {
    const english = Object.values(glossarySchema.parse(file)).map((t) => t.en);
    for (const term of [
      'leadership',
      'headteacher',
      'self-evaluation',
      'engagement',
      'school improvement',
      'Central South Consortium',
      'wellbeing',
      'key area',
      'statement',
      'action',
      'stage (of a career)',
      'cohort',
      'evidence',
    ]) {
      expect(english).toContain(term);
    }
  });

  // Broken fixtures: what the check must refuse in the glossary file.
  it('reports a term given twice and an avoided form that is another entry’s term', () => {
    const conflicts = glossaryConflicts({
      wellbeing: { en: 'wellbeing', cy: 'llesiant', avoid: [] },
      welfare: { en: 'welfare', cy: 'lles', avoid: ['llesiant'] },
      again: { en: 'Wellbeing', cy: 'lles da', avoid: [] },
    });
    expect(conflicts.map((c) => c.id)).toEqual(['again', 'wellbeing']);
    expect(conflicts[1]!.message).toContain('lists under avoid');
  });

  it('reports a Welsh term given twice, in any case, naming the entry that has it first', () => {
    expect(glossaryConflicts({ a: { en: 'well', cy: 'lles', avoid: [] }, b: { en: 'welfare', cy: 'Lles', avoid: [] } })).toEqual([
      { id: 'b', message: '"Lles" is also the Welsh term of "a"; one term, one entry.' },
    ]);
  });

  it('rejects an entry without a note in both languages or with a form listed twice', () => {
    expect(glossarySchema.safeParse({ x: { en: 'x', cy: 'x', group: 'site', basis: 'arwain', avoid: [], note: { en: 'only English' } } }).success).toBe(false);
    expect(glossarySchema.safeParse({ x: { en: 'x', cy: 'x', group: 'site', basis: 'arwain', avoid: ['a', 'A'], note: { en: 'n', cy: 'n' } } }).success).toBe(false);
    expect(glossarySchema.safeParse({ x: { en: 'x', cy: 'x', group: 'site', basis: 'arwain', avoid: ['… ysgol'], note: { en: 'n', cy: 'n' } } }).success).toBe(false);
    expect(glossarySchema.safeParse({ 'Not A Slug': { en: 'x', cy: 'x', group: 'site', basis: 'arwain', note: { en: 'n', cy: 'n' } } }).success).toBe(false);
  });
});
