import { describe, expect, it } from 'vitest';
import { positionOf, prose, type ProseKind } from './prose';
import { createSpeller, findUnknownWords, parseAllowList, type SpellingDictionary } from './spelling';
import { findMutationSlips } from './mutation-slips';

/*
 * The language checks' rules one by one, over small dictionaries written out
 * here (src/lib/content/language-checks/language.test.ts runs them with the real hunspell
 * dictionaries, which take seconds to load): what the checks read of a file,
 * what the speller accepts, and the mutation slips it reports.
 */

/** A dictionary of exactly these words, as written (hunspell is case-sensitive for capitals). */
function dictionary(words: string): SpellingDictionary & { asked: string[] } {
  const known = new Set(words.split(/\s+/));
  const asked: string[] = [];
  return {
    asked,
    correct: (word) => {
      asked.push(word);
      return known.has(word);
    },
    suggest: (word) => [...known].filter((w) => w[0] === word[0]),
  };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('prose', () => {
  it('keeps YAML prose fields and their continuation lines, blanks other fields, keys and comments', () => {
    const yaml = 'title: Teitl da\nsource: estyn-2015\nsummary: >\n  Crynodeb hir\n  # not prose\n\n  eto\nkind: case # a comment\n- name: Enw # sylw\nid: x\n  more ids\n';
    const text = prose(yaml, 'yaml', 'cy');
    expect(text.split('\n')).toHaveLength(yaml.split('\n').length);
    expect(text).toHaveLength(yaml.length);
    // A blank line inside a block of prose does not end it.
    expect(words(text)).toEqual(['Teitl', 'da', '>', 'Crynodeb', 'hir', 'eto', 'Enw']);
  });

  it('reads Windows line ends as line breaks', () => {
    expect(words(prose('title: Un\r\nsource: x\r\n', 'yaml', 'cy'))).toEqual(['Un']);
  });

  it('blanks MDX frontmatter fences, imports, exports, tags and other languages, keeping prose attributes', () => {
    const mdx = [
      '---',
      'title: Teitl',
      'standards: ["3.4a"]',
      '---',
      "import Callout from '../components/Callout.astro';",
      'export const x = 1;',
      '<Quote by="Awdur" href="/x/" caption="Capsiwn" alt="Llun">Dyfyniad</Quote>',
      '<p lang="en">English <b>bold</b> here</p> ar ôl',
      '<div lang="en"><div>nested</div> still</div> wedyn',
      '<img lang="en" alt="English alt" /> a',
      '<span lang="cy-GB">Cymraeg</span>',
      '',
    ].join('\n');
    expect(words(prose(mdx, 'mdx', 'cy'))).toEqual(['Teitl', 'Awdur', 'Capsiwn', 'Llun', 'Dyfyniad', 'ar', 'ôl', 'wedyn', 'a', 'Cymraeg']);
  });

  it('reads MDX without frontmatter as body from the first line', () => {
    expect(words(prose('Testun <b>trwm</b>\n', 'mdx', 'cy'))).toEqual(['Testun', 'trwm']);
  });

  it('blanks code, comments, links’ addresses, URLs, e-mail addresses, placeholders and paths', () => {
    const mdx =
      'Un\n```\ncod\n```\ndau {/* sylw */} tri <!-- sylw --> pedwar `cod` pump [dolen](/cy/safonau/) chwech https://example.org/a saith www.example.org wyth post@example.org naw {count} deg /cy/safonau/ un-ar-ddeg\n';
    expect(words(prose(mdx, 'mdx', 'cy'))).toEqual(['Un', 'dau', 'tri', 'pedwar', 'pump', '[dolen', 'chwech', 'saith', 'wyth', 'naw', 'deg', 'un-ar-ddeg']);
  });

  it('keeps only the string values of a dictionary file: not keys, comments, imports or tags', () => {
    const ts = [
      "import type { X } from './x';",
      '/* sylw */',
      ' * sylw',
      '// sylw',
      'export const cy = {',
      "  'a.key': 'Gwerth <strong>cryf</strong>',",
      '  "b": "Dau \\"dyfyniad\\"",',
      '  c: `Tri`,',
      '};',
      '',
    ].join('\n');
    expect(words(prose(ts, 'ts', 'cy'))).toEqual(['Gwerth', 'cryf', 'Dau', '\\"dyfyniad\\"', 'Tri']);
  });
});

describe('prose, character by character', () => {
  /** The file as the checks read it: each blanked character shown as "_", a kept one as written. */
  const read = (source: string, kind: ProseKind, locale = 'cy') => {
    const text = prose(source, kind, locale);
    expect(text).toHaveLength(source.length);
    return [...text].map((c, i) => (c === source[i] ? c : c === ' ' ? '_' : '?')).join('');
  };

  it('keeps every prose field of a YAML file, a value on the next line too, and blanks the rest', () => {
    expect(read('title:\n  Teitl hir\ndescription: Disgrifiad\nsubject: Pwnc\naddressedTo: Ysgolion\nshort-id: x\n', 'yaml')).toBe(
      '______\n  Teitl hir\n____________ Disgrifiad\n________ Pwnc\n____________ Ysgolion\n_________ _\n',
    );
  });

  it('blanks a comment and a line of white space inside a prose block, not a "#" inside a word', () => {
    expect(read('summary: >\n  Un # sylw\n\t\n   #sylw\n  dau#tri\n', 'yaml')).toBe('________ >\n  Un _ ____\n_\n   _____\n  dau#tri\n');
  });

  it('reads a YAML value as written, tags and all, and a lone carriage return as a line break', () => {
    expect(prose('title: Teitl <b>trwm</b>\rname: Enw\n', 'yaml', 'cy')).toBe('       Teitl <b>trwm</b>\n      Enw\n');
  });

  it('reads a field in a list, with any space after its dash', () => {
    expect(read('items:\n  -   name: Enw\n  - text: Testun\n', 'yaml')).toBe('______\n  _   _____ Enw\n  _ _____ Testun\n');
  });

  it('blanks an import or export line only at its start, and an e-mail address with a dotted domain whole', () => {
    expect(read('We import and export goods. Ebost post@mail.example.org\n', 'mdx', 'en')).toBe('We import and export goods. Ebost _____________________\n');
  });

  it('reads a line of a prose block with a colon inside it as prose, not as a field', () => {
    expect(read('summary: >\n  Nodyn pwysig: darllenwch\n', 'yaml')).toBe('________ >\n  Nodyn pwysig: darllenwch\n');
  });

  it('reads frontmatter that ends the file', () => {
    expect(read('---\ntitle: T\n---', 'mdx')).toBe('___\n______ T\n___');
  });

  it('blanks a path at the start, http and mailto addresses, but not a slash inside a word or code and placeholders across lines', () => {
    expect(read('/cy/safonau/ ar y dechrau a/b http://example.org mailto:post@example.org ac `cod\nhir` a {x\ny}\n', 'mdx')).toBe(
      '____________ ar y dechrau a/b __________________ _______________________ ac `cod\nhir` a {x\ny}\n',
    );
  });

  it('blanks other languages in components with dotted names, single quotes and capitals, a nested self-closing element, and an element never closed', () => {
    expect(read("<My.Quote lang='en' by='Awdur'>English</My.Quote> a <div lang=\"EN\"><div /> x</div> b <span lang=\"en\">heb ddiwedd\n", 'mdx')).toBe(
      '_________ _________ _____________________________ a ____ ______________ __ _______ b _____ _____________ _______\n',
    );
  });

  it('keeps a prose attribute in single quotes, not one whose name only ends like one', () => {
    expect(read('<Callout data-title="x" title=\'Pennawd\' lang="cy">Testun</Callout>\n', 'mdx')).toBe('________ ______________ _______Pennawd_ __________Testun__________\n');
  });

  it('blanks a YAML file’s first line when it is not a field: nothing is prose before a prose field', () => {
    expect(read('- Teitl\ntitle: Teitl\n', 'yaml')).toBe('_ _____\n______ Teitl\n');
  });

  it('blanks an MDX comment that runs over lines, words and all', () => {
    expect(read('Un {/* sylw\nhir */} dau\n', 'mdx')).toBe('Un ___ ____\n___ ___ dau\n');
  });

  it('reads frontmatter only at the start of a file: two thematic breaks later are prose around a line', () => {
    expect(read('Un\n\n---\nDau\n---\n', 'mdx')).toBe('Un\n\n---\nDau\n---\n');
  });

  it('skips a dictionary line only when it starts with a comment, code or import, not when a string holds "*"', () => {
    expect(read("const x = {\n  a: 'Un * dau',\n  // 'sylw'\n};\n", 'ts')).toBe("_____ _ _ _\n  __ _Un * dau__\n  __ ______\n__\n");
  });

  it('blanks an exported line of a dictionary and a key written with a space before its colon', () => {
    expect(read("export const title = 'Teitl';\nconst x = { 'a' : 'Gwerth', b: \"Dau\" };\n", 'ts')).toBe('______ _____ _____ _ ________\n_____ _ _ _ ___ _ _Gwerth__ __ _Dau_ __\n');
  });
});

describe('positionOf', () => {
  it('gives the line and column, both from 1', () => {
    const text = 'ab\ncd\n\nef';
    expect(positionOf(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf(text, 1)).toEqual({ line: 1, column: 2 });
    expect(positionOf(text, 3)).toEqual({ line: 2, column: 1 });
    expect(positionOf(text, 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf(text, 7)).toEqual({ line: 4, column: 1 });
  });
});

describe('parseAllowList', () => {
  it('reads a word a line, without comments, blank lines or curly apostrophes', () => {
    expect([...parseAllowList('# heading\nCSC  # the consortium\n\n  wellbeing  \nhash#tag\nEstyn’s\n')]).toEqual(['CSC', 'wellbeing', 'hash#tag', "Estyn's"]);
    expect([...parseAllowList('w\u0302\n')]).toEqual(['ŵ']);
  });
});

describe('the speller', () => {
  it('knows dictionary and allow-listed words; a lower-case allowed word in any case, a capitalised one only so', () => {
    const speller = createSpeller(dictionary('ysgol'), parseAllowList('wellbeing\nCSC'));
    expect(speller.isKnown('ysgol')).toBe(true);
    expect(speller.isKnown('ysgoll')).toBe(false);
    expect(speller.isKnown('Wellbeing')).toBe(true);
    expect(speller.isKnown('CSC')).toBe(true);
    expect(speller.isKnown('csc')).toBe(false);
  });

  it('asks the dictionary for suggestions with a straight apostrophe, as the dictionaries spell', () => {
    const asked: string[] = [];
    const speller = createSpeller({ correct: () => false, suggest: (word) => (asked.push(word), []) }, new Set());
    speller.suggest('ysgol’n');
    speller.suggest('ysgolʼn');
    expect(asked).toEqual(["ysgol'n", "ysgol'n"]);
  });

  it('skips numbers, codes and single letters', () => {
    const speller = createSpeller(dictionary(''), new Set());
    for (const word of ['3.4a', 'Y9', 'x', 'ŵ', "'x"]) expect(speller.isKnown(word), word).toBe(true);
    expect(speller.isKnown('xy')).toBe(false);
  });

  it('knows a word with clitics when the word is known and each clitic is one', () => {
    const speller = createSpeller(dictionary('datblygu sy a Estyn'), new Set());
    expect(speller.isKnown('datblygu’r')).toBe(true);
    expect(speller.isKnown("sy'n")).toBe(true);
    expect(speller.isKnown('a’i')).toBe(true);
    expect(speller.isKnown('Estynʼs')).toBe(true);
    expect(speller.isKnown("datblygu'r'n")).toBe(true);
    expect(speller.isKnown("datblygu'")).toBe(true);
    expect(speller.isKnown('datblygu’x')).toBe(false);
    expect(speller.isKnown("datblygu'r'x")).toBe(false);
    expect(speller.isKnown("datblygu'R")).toBe(true);
    expect(speller.isKnown('datblygux’r')).toBe(false);
    // An elided start ("’sgol") is an unknown word, not a clitic.
    expect(speller.isKnown("'r")).toBe(true);
    expect(speller.isKnown("'rn")).toBe(false);
    // A two-letter clitic alone is a word to check, and a known one.
    expect(speller.isKnown("'th")).toBe(true);
  });

  it('knows every Welsh clitic and the English possessive: ’r, ’n, ’i, ’u, ’w, ’m, ’th, ’ch, ’s, ’ma', () => {
    const speller = createSpeller(dictionary('datblygu fan'), new Set());
    for (const clitic of ['r', 'n', 'i', 'u', 'w', 'm', 'th', 'ch', 's', 'ma']) expect(speller.isKnown(`datblygu'${clitic}`), clitic).toBe(true);
    expect(speller.isKnown("fan'ma")).toBe(true);
    expect(speller.isKnown("datblygu'x")).toBe(false);
  });

  it('knows a hyphenated word when every part is known', () => {
    const speller = createSpeller(dictionary('self evaluation'), new Set());
    expect(speller.isKnown('self-evaluation')).toBe(true);
    expect(speller.isKnown('self-evalution')).toBe(false);
    expect(speller.isKnown('self-')).toBe(false);
  });

  it('asks the dictionary once for each word, and suggests with straight apostrophes', () => {
    const dict = dictionary('ysgol');
    const speller = createSpeller(dict, new Set());
    speller.isKnown('ysgoll');
    speller.isKnown('ysgoll');
    expect(dict.asked).toEqual(['ysgoll']);
    expect(speller.suggest('y’sgol')).toEqual(['ysgol']);
  });

  it('finds the unknown words of a text with their places, without a trailing apostrophe', () => {
    const speller = createSpeller(dictionary('Mae yr ysgol yn fach'), new Set());
    expect(findUnknownWords('Mae’r ysgol\nyn ysgoll fach. Athrawon’ 3.4a', speller)).toEqual([
      { line: 2, column: 4, word: 'ysgoll' },
      { line: 2, column: 17, word: 'Athrawon' },
    ]);
  });

  it('reads a word whole across its apostrophes (any of three), hyphens and combining marks, and skips words with digits', () => {
    const speller = createSpeller(dictionary('Estyn Dŵr self evaluation'), new Set());
    expect(findUnknownWords("Estynʼx Dw\u0302r ysgoll2 Y10a Estyn’q Estyn'q self-evalution", speller)).toEqual([
      { line: 1, column: 1, word: 'Estynʼx' },
      { line: 1, column: 27, word: 'Estyn’q' },
      { line: 1, column: 35, word: "Estyn'q" },
      { line: 1, column: 43, word: 'self-evalution' },
    ]);
  });
});

describe('mutation slips', () => {
  const found = (text: string, isWord?: (word: string) => boolean) => findMutationSlips(text, isWord).map((slip) => slip.found);

  it('after "neu", flags every radical soft mutation never gives', () => {
    expect(found('neu polisi, neu tîm, neu cynllun, neu llywodraethwyr, neu rhieni, neu mentora')).toEqual(['neu polisi', 'neu tîm', 'neu cynllun', 'neu llywodraethwyr', 'neu rhieni', 'neu mentora']);
    expect(found('neu phennaeth, neu thîm, neu chynllun, neu mhennaeth, neu bolisi, neu lywodraethwyr')).toEqual([]);
  });

  it('after "neu", flags b-, d- and g- radicals only with a dictionary that knows no unsoftened form', () => {
    const isWord = (word: string) => ['defnyddiwch', 'borwch', 'porwch', 'gwaith', 'gofyn', 'cofyn'].includes(word);
    expect(found('neu defnyddiwch, neu borwch, neu gofyn', isWord)).toEqual(['neu defnyddiwch']);
    expect(found('neu defnyddiwch')).toEqual([]);
    // Not flagged: "dd" is already soft, a g before w and a vowel may be the radical, and unknown words.
    expect(found('neu ddefnyddiwch, neu gwaith, neu dxyz', isWord)).toEqual([]);
  });

  it('names the fix, keeping the word’s capital', () => {
    const messages = findMutationSlips('neu Polisi neu llais neu rhieni neu defnyddiwch a Camau â tîm', (w) => w === 'defnyddiwch').map((slip) => slip.message);
    expect(messages).toEqual([
      '"neu" softens the word after it: "neu Bolisi", not "neu Polisi".',
      '"neu" softens the word after it: "neu lais", not "neu llais".',
      '"neu" softens the word after it: "neu rieni", not "neu rhieni".',
      '"neu" softens the word after it: "neu ddefnyddiwch", not "neu defnyddiwch".',
      '"a" takes the aspirate mutation: "a Chamau", not "a Camau".',
      '"â" takes the aspirate mutation: "â thîm", not "â tîm".',
    ]);
  });

  it('flags unaspirated c, p and t after "a" and "â" only; "ac" is before vowels', () => {
    expect(found('a polisi, â pennaeth, a tîm, a camau, a mentora, a phennaeth, ac athrawon, A camau')).toEqual(['a polisi', 'â pennaeth', 'a tîm', 'a camau', 'A camau']);
  });

  it('leaves acronyms, two-letter codes, words inside words and "mae" alone, and gives the place', () => {
    expect(found('neu CSV, neu cy, neu mae, neu gyda, dda camau, Ana polisi')).toEqual([]);
    expect(findMutationSlips('Un\nneu  cliriwch')).toEqual([{ line: 2, column: 1, found: 'neu cliriwch', message: '"neu" softens the word after it: "neu gliriwch", not "neu cliriwch".' }]);
  });

  it('leaves the words that keep their radical after "neu": forms of "bod" and the soft prepositions', () => {
    const isWord = (word: string) => ['maen', 'maent', 'gydag', 'gan', 'dan', 'drwy', 'dros'].includes(word);
    expect(found('neu maen, neu maent, neu gydag, neu gan, neu dan, neu drwy, neu dros', isWord)).toEqual([]);
  });

  it('after "neu", leaves a d- word that may be soft for t-, and a dd- word; flags b- and gw- before a consonant; reads the initial only', () => {
    const isWord = (word: string) => ['deulu', 'teulu', 'ddysgu', 'gwlad', 'bwrdd'].includes(word);
    expect(found('neu deulu, neu ddysgu, neu fentora, neu gynllun', isWord)).toEqual([]);
    expect(findMutationSlips('neu gwlad, neu bwrdd, neu tîm, neu mentora', isWord).map((slip) => slip.message)).toEqual([
      '"neu" softens the word after it: "neu wlad", not "neu gwlad".',
      '"neu" softens the word after it: "neu fwrdd", not "neu bwrdd".',
      '"neu" softens the word after it: "neu dîm", not "neu tîm".',
      '"neu" softens the word after it: "neu fentora", not "neu mentora".',
    ]);
  });

  it('reads a capitalised "Neu" or "A" as the word itself; leaves "ac" and a word ending in an apostrophe or a mark', () => {
    expect(findMutationSlips('Neu polisi, A camau, ac polisi, i’a camau, cafe\u0301neu polisi').map((slip) => [slip.found, slip.message])).toEqual([
      ['Neu polisi', '"neu" softens the word after it: "neu bolisi", not "neu polisi".'],
      ['A camau', '"a" takes the aspirate mutation: "a chamau", not "a camau".'],
    ]);
  });
});
