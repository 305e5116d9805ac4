import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkLanguages, hunspell } from './language-checks';
import { prose } from './prose';
import { createSpeller, findUnknownWords, parseAllowList } from './spelling';
import { findMutationSlips } from './mutation-slips';

// Loaded once for the file: the Welsh dictionary takes seconds to load, more on a busy machine.
const dictionaries = { cy: await hunspell('cy'), en: await hunspell('en') };
const welsh = createSpeller(dictionaries.cy, parseAllowList('CSC\ngellir'));
const english = createSpeller(dictionaries.en, parseAllowList('# names\nEstyn\n'));

describe('prose: what the language checks read', () => {
  it('keeps prose fields and prose attributes, blanks identifiers, links, placeholders and other languages, line for line', () => {
    const mdx =
      '---\ntitle: Teitl\nsource: estyn-2015\nstandards: ["3.4a"]\n---\nGweler [y safonau](/standards/3.4a/) a {count} <span lang="en">English</span>.\n<Callout title="Pennawd">Testun</Callout>\n';
    const text = prose(mdx, 'mdx', 'cy');
    expect(text.split('\n')).toHaveLength(mdx.split('\n').length);
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['Teitl', 'Gweler', '[y', 'safonau', 'a', '.', 'Pennawd', 'Testun']);
  });

  it('keeps only the values of a dictionary file', () => {
    const ts = "// sylw\nexport const core = {\n  'nav.home': 'Hafan',\n  'count': { one: '{count} eitem', other: 'Mae’n {count} o eitemau' },\n};\n";
    expect(prose(ts, 'ts', 'cy').split(/\s+/).filter(Boolean)).toEqual(['Hafan', 'eitem', 'Mae’n', 'o', 'eitemau']);
  });
});

describe('spelling', () => {
  it('knows Welsh words with mutations and clitics, and allow-listed words mutated or not', () => {
    expect(findUnknownWords('Mae’r pennaeth yn datblygu’r ysgol yng Nghymru; gellir ei weld gan CSC.', welsh)).toEqual([]);
  });

  it('knows English with possessives and hyphens, and the allow-list', () => {
    expect(findUnknownWords('Estyn’s self-evaluation of the headteacher’s organisation.', english)).toEqual([]);
  });

  // Broken fixtures: misspellings in each language.
  it('finds misspelt words with line and column', () => {
    expect(findUnknownWords('Mae’r ysgol\nyn ysgoll fach.', welsh)).toEqual([{ line: 2, column: 4, word: 'ysgoll' }]);
    expect(findUnknownWords('The headteacher’s organisaton.', english)).toEqual([{ line: 1, column: 19, word: 'organisaton' }]);
  });

  it('reads an allow-list with comments', () => {
    expect([...parseAllowList('# acronyms\nCSC   # the consortium\n\nwellbeing\n')]).toEqual(['CSC', 'wellbeing']);
  });
});

describe('mutation slips', () => {
  it('finds radicals after "neu" and unaspirated c, p, t after "a" and "â"', () => {
    expect(findMutationSlips('fel hyfforddi neu llywodraethwyr, neu cliriwch yr hidlydd, a camau â pherthynas').map((s) => s.found)).toEqual(['neu llywodraethwyr', 'neu cliriwch', 'a camau']);
  });

  it('with a dictionary, finds b-, d- and g- radicals after "neu" that are not soft forms', () => {
    const isWord = (word: string) => welsh.isKnown(word);
    expect(findMutationSlips('neu defnyddiwch hwn, neu dewiswch, neu gam gweithredu, neu borwch, neu gyda', isWord).map((s) => s.message)).toEqual([
      '"neu" softens the word after it: "neu ddefnyddiwch", not "neu defnyddiwch".',
      '"neu" softens the word after it: "neu ddewiswch", not "neu dewiswch".',
    ]);
  });

  it('leaves acronyms, codes and the right forms alone', () => {
    expect(findMutationSlips('en neu cy, JSON neu CSV, neu lywodraethwyr, a chamau, neu mae')).toEqual([]);
  });
});

describe('npm run check’s language gates over a broken project', () => {
  it('names file, line and the fix for each problem', async () => {
    const root = fileURLToPath(new URL('../../../../tests/fixtures/language/project/', import.meta.url));
    const problems = await checkLanguages(root, {
      cyDictionary: { 'x.count': { one: '{count} eitem', other: '{count} eitem' } },
      fileOf: () => 'src/i18n/cy/core.ts',
      hunspell: dictionaries,
      suggest: false,
    });
    const lines = problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`);
    const has = (pattern: RegExp) =>
      expect(
        lines.some((l) => pattern.test(l)),
        `${pattern}\n${lines.join('\n')}`,
      ).toBe(true);
    has(/^content\/cy\/pages\/broken\.mdx:8 glossary: "hunanwerthusiad": the glossary's term for "self-evaluation" is "hunanwerthuso"/);
    has(/^content\/cy\/pages\/broken\.mdx:10 glossary: "chorff llywodraethol"/);
    has(/^content\/cy\/pages\/broken\.mdx:10 mutation: "neu" softens the word after it: "neu gliriwch"/);
    has(/^content\/cy\/pages\/broken\.mdx:10 spelling: "ysgoll" is not in the Welsh dictionary/);
    has(/^content\/cy\/pages\/broken\.mdx:12 spelling: "Ysgrifenwch"/);
    has(/^src\/i18n\/cy\/core\.ts:3 mutation: .*"neu lywodraethwyr"/);
    has(/^src\/i18n\/cy\/core\.ts:6 mutation: .*"neu ddewiswch"/);
    has(/^src\/i18n\/cy\/core\.ts x\.count: numeral rule: "2 eitem"/);
    has(/^content\/en\/pages\/broken\.mdx:2 spelling: "mispelled"/);
    has(/^content\/en\/pages\/broken\.mdx:6 spelling: "tpyo"/);
    has(/^content\/spelling\/allow-cy\.txt spelling: \d+ Welsh words? not in the dictionary: .*ysgoll/);
    // Not flagged: English inside lang="en", the link's address, the English comment, allow-listed words.
    expect(lines.join('\n')).not.toMatch(/Englsh|example|sylw|"Estyn|wellbeing|"polices"|"schools"/);
  });
});
