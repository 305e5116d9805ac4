import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLanguages, readGlossary } from './language-checks';
import type { ContentProblem } from '../problems';
import type { SpellingDictionary } from './spelling';

/*
 * `npm run check`'s language gates over a small project written here, with
 * small dictionaries, so every message can be read in full (the broken
 * fixture with the real hunspell dictionaries is in checks-language.test.ts).
 */

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'arwain-checks-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const dictionary = (words: string): SpellingDictionary => {
  const known = new Set(words.split(/\s+/));
  return { correct: (word) => known.has(word), suggest: (word) => [...known].filter((w) => w.startsWith(word.slice(0, 3))) };
};

const GLOSSARY =
  'self-evaluation:\n  en: self-evaluation\n  cy: hunanwerthuso\n  group: practice\n  basis: welsh-government\n  avoid: [hunanwerthusiad]\n  note: { en: The verb-noun., cy: Y berfenw. }\n';
const HUNSPELL = { cy: dictionary('Mae yn bwysig pennaeth cliriwch hidlydd neu hunanwerthuso Teitl'), en: dictionary('The school is good Title') };
const lines = (problems: ContentProblem[]) => problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`);

describe('checkLanguages', () => {
  it('reports glossary, mutation, numeral and spelling problems, naming file, line and fix', async () => {
    const root = project({
      'content/glossary.yaml': GLOSSARY,
      'content/cy/pages/a.mdx': '---\ntitle: Teitl\n---\n\nMae hunanwerthusiad yn bwysig.\nneu cliriwch yr hidlydd\n',
      'content/cy/data.yaml': 'title: Teitl ysgoll\n',
      'content/en/pages/a.mdx': '---\ntitle: Title\n---\n\nThe scool is good.\n',
      'content/spelling/allow-cy.txt': 'yr\n',
      'src/i18n/cy/core.ts': "export const core = { a: 'Mae pennaeth' };\n",
      'src/i18n/cy/index.ts': "export const x = 'ysgoll';\n",
    });
    const problems = await checkLanguages(root, {
      cyDictionary: { 'x.count': { one: '{count} eitem', other: '{count} eitem' }, 'x.plain': 'Dim' },
      fileOf: (locale, key) => `src/i18n/${locale}/${key}.ts`,
      hunspell: HUNSPELL,
      suggest: false,
    });
    expect(lines(problems)).toEqual([
      `content/cy/pages/a.mdx:5 glossary: "hunanwerthusiad": the glossary's term for "self-evaluation" is "hunanwerthuso" (mutated as the sentence needs), not "hunanwerthusiad"; see content/glossary.yaml.`,
      'content/cy/pages/a.mdx:6 mutation: "neu" softens the word after it: "neu gliriwch", not "neu cliriwch".',
      'src/i18n/cy/x.count.ts x.count: numeral rule: "2 eitem", "3 eitem", "4 eitem": after a figure of 2 or more, write "o" and the plural ("14 o ddatganiadau"); see src/lib/content/language-checks/welsh-numerals.ts.',
      'content/cy/data.yaml:1 spelling: "ysgoll" is not in the Welsh dictionary.',
      'content/cy/pages/a.mdx:5 spelling: "hunanwerthusiad" is not in the Welsh dictionary.',
      "content/spelling/allow-cy.txt spelling: 2 Welsh words not in the dictionary: ysgoll hunanwerthusiad. Correct the misspelt ones; add any that are right (a name, an acronym, the source's own spelling) to this file, with a comment saying why.",
      'content/en/pages/a.mdx:5 spelling: "scool" is not in the English dictionary.',
      "content/spelling/allow-en.txt spelling: 1 English word not in the dictionary: scool. Correct the misspelt ones; add any that are right (a name, an acronym, the source's own spelling) to this file, with a comment saying why.",
    ]);
  });

  it('suggests corrections for the first unknown words, once each', async () => {
    const root = project({
      'content/glossary.yaml': GLOSSARY,
      'content/en/a.yaml': 'title: schoo schoo\ntext: xyzzy\n',
    });
    const problems = await checkLanguages(root, { cyDictionary: {}, fileOf: () => 'x', hunspell: { cy: HUNSPELL.cy, en: dictionary('school schools') } });
    expect(lines(problems)).toEqual([
      'content/en/a.yaml:1 spelling: "schoo" is not in the English dictionary; did you mean "school" or "schools"?',
      'content/en/a.yaml:1 spelling: "schoo" is not in the English dictionary.',
      'content/en/a.yaml:2 spelling: "xyzzy" is not in the English dictionary.',
      "content/spelling/allow-en.txt spelling: 2 English words not in the dictionary: schoo xyzzy. Correct the misspelt ones; add any that are right (a name, an acronym, the source's own spelling) to this file, with a comment saying why.",
    ]);
  });

  it('reads .yml files and sub-folders in order of path, and leaves other files and dictionary backups alone', async () => {
    const root = project({
      'content/glossary.yaml': GLOSSARY,
      'content/cy/z.yaml': 'title: zzz\n',
      'content/cy/a/x.yml': 'title: aaa\n',
      'content/cy/c.mdx.orig': 'title: ccc\n',
      'src/i18n/cy/core.ts.orig': "export const core = { a: 'ddd' };\n",
    });
    const problems = await checkLanguages(root, { cyDictionary: {}, fileOf: () => 'x', hunspell: HUNSPELL, suggest: false });
    expect(lines(problems).slice(0, -1)).toEqual(['content/cy/a/x.yml:1 spelling: "aaa" is not in the Welsh dictionary.', 'content/cy/z.yaml:1 spelling: "zzz" is not in the Welsh dictionary.']);
  });

  it('reads the strings of the Welsh dictionary files, tags left out, only for Welsh, and not index.ts or a backup', async () => {
    const root = project({
      'content/glossary.yaml': GLOSSARY,
      'src/i18n/cy/core.ts': "export const core = {\n  a: 'Mae ysgoll <strong>pennaeth</strong>',\n};\n",
      'src/i18n/cy/index.ts': "const x = 'ysgolx';\nexport default x;\n",
      'src/i18n/cy/core.ts.orig': "export const core = {\n  title: 'ysgoly',\n};\n",
    });
    const problems = await checkLanguages(root, { cyDictionary: {}, fileOf: () => 'x', hunspell: HUNSPELL, suggest: false });
    expect(lines(problems)).toEqual([
      'src/i18n/cy/core.ts:2 spelling: "ysgoll" is not in the Welsh dictionary.',
      "content/spelling/allow-cy.txt spelling: 1 Welsh word not in the dictionary: ysgoll. Correct the misspelt ones; add any that are right (a name, an acronym, the source's own spelling) to this file, with a comment saying why.",
    ]);
  });

  it('uses the real hunspell dictionaries when none are given', async () => {
    const root = project({ 'content/glossary.yaml': GLOSSARY, 'content/cy/a.yaml': 'title: Mae’r ysgol yn dda\n', 'content/en/a.yaml': 'title: The school is good\n' });
    expect(await checkLanguages(root, { cyDictionary: {}, fileOf: () => 'x', suggest: false })).toEqual([]);
  });

  it('suggests at most three corrections, for the first 15 unknown words only', async () => {
    const unknown = [...'efghijklmnopqrst'].map((letter) => `abc${letter}`);
    const root = project({ 'content/glossary.yaml': GLOSSARY, 'content/en/a.yaml': `title: ${unknown.join(' ')}\n` });
    const problems = await checkLanguages(root, { cyDictionary: {}, fileOf: () => 'x', hunspell: { cy: HUNSPELL.cy, en: dictionary('abca abcb abcc abcd') } });
    const messages = problems.filter((p) => p.file === 'content/en/a.yaml').map((p) => p.message);
    expect(messages).toHaveLength(16);
    expect(messages[0]).toBe('"abce" is not in the English dictionary; did you mean "abca" or "abcb" or "abcc"?');
    expect(messages[14]).toBe('"abcs" is not in the English dictionary; did you mean "abca" or "abcb" or "abcc"?');
    expect(messages[15]).toBe('"abct" is not in the English dictionary.');
  });

  it('does not allow an English allow-listed word mutated', async () => {
    const root = project({
      'content/glossary.yaml': GLOSSARY,
      'content/en/a.yaml': 'title: Caerphilly Gaerphilly\n',
      'content/spelling/allow-en.txt': 'Caerphilly\n',
    });
    const problems = await checkLanguages(root, { cyDictionary: {}, fileOf: () => 'x', hunspell: HUNSPELL, suggest: false });
    expect(lines(problems)[0]).toBe('content/en/a.yaml:1 spelling: "Gaerphilly" is not in the English dictionary.');
  });

  it('allows a Welsh allow-listed word mutated too', async () => {
    const root = project({
      'content/glossary.yaml': GLOSSARY,
      'content/cy/a.yaml': 'title: gellir ellir chellir\n',
      'content/spelling/allow-cy.txt': 'gellir\n',
    });
    expect(await checkLanguages(root, { cyDictionary: {}, fileOf: () => 'x', hunspell: HUNSPELL, suggest: false })).toEqual([
      expect.objectContaining({ file: 'content/cy/a.yaml', field: 'spelling', message: '"chellir" is not in the Welsh dictionary.' }),
      expect.objectContaining({ file: 'content/spelling/allow-cy.txt' }),
    ]);
  });
});

describe('readGlossary', () => {
  it('reports a glossary that breaks its schema, field by field, and uses none of it', () => {
    const root = project({ 'content/glossary.yaml': 'x:\n  en: x\n' });
    const problems: ContentProblem[] = [];
    expect(readGlossary(root, problems)).toEqual({});
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === 'content/glossary.yaml' && p.field.startsWith('x.'))).toBe(true);
  });

  it('reports entries that conflict, by entry', () => {
    const root = project({
      'content/glossary.yaml': `${GLOSSARY}again:\n  en: self-evaluation\n  cy: arall\n  group: practice\n  basis: welsh-government\n  avoid: []\n  note: { en: Another., cy: Arall. }\n`,
    });
    const problems: ContentProblem[] = [];
    expect(Object.keys(readGlossary(root, problems))).toEqual(['self-evaluation', 'again']);
    expect(problems).toEqual([{ file: 'content/glossary.yaml', field: 'again', message: '"self-evaluation" is also the English term of "self-evaluation"; one term, one entry.' }]);
  });
});
