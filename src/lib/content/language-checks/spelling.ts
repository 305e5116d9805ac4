import { positionOf } from './prose';

/*
 * The spelling check: every word of a text (prose already stripped of markup,
 * see `prose`) must be in the language's hunspell dictionary or in the
 * project's reviewed allow-list. The dictionary is handed in (nspell over
 * dictionary-cy or dictionary-en-gb in `npm run check`, a small one in tests),
 * so this module reads no files.
 */

/** What the check needs of a spelling dictionary (nspell has this shape). */
export interface SpellingDictionary {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** A word neither the dictionary nor the allow-list knows. */
export interface UnknownWord {
  line: number;
  column: number;
  word: string;
}

/**
 * Attached forms that hunspell lists apart from the word: Welsh 'r, 'n, 'i, 'u,
 * 'w, 'm, 'th, 'ch ("datblygu'r", "sy'n", "a'i") and the English possessive 's.
 */
const CLITICS = new Set(['r', 'n', 'i', 'u', 'w', 'm', 'th', 'ch', 's', 'ma']);

/** A word: letters, with apostrophes and hyphens inside it. Digits make it a number or code, which is skipped. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*['’]?/gu;

/** A speller over a dictionary and an allow-list, remembering each word's answer. */
export interface Speller {
  isKnown(word: string): boolean;
  suggest(word: string): string[];
}

/**
 * Reads an allow-list file: one word per line; `#` starts a comment. A word
 * in lower case allows any capitalisation; one with capitals allows only that.
 * @example parseAllowList('# acronyms\nCSC\nwellbeing  # the source\'s spelling\n') // Set { 'CSC', 'wellbeing' }
 */
export function parseAllowList(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.replace(/(?:^|\s)#.*$/, '').trim())
      .filter((line) => line !== '')
      .map((line) => line.replace(/’/g, "'").normalize('NFC')),
  );
}

/**
 * A speller for one language: a word is known when the allow-list has it, or
 * the dictionary has it as written, or (for a word with an apostrophe or
 * hyphen) every part is known and what follows an apostrophe is a clitic.
 * @example createSpeller(nspell(cy), parseAllowList('CSC')).isKnown("datblygu’r") // true
 */
export function createSpeller(dictionary: SpellingDictionary, allowList: ReadonlySet<string>): Speller {
  const cache = new Map<string, boolean>();
  const single = (word: string): boolean => allowList.has(word) || allowList.has(word.toLowerCase()) || dictionary.correct(word);
  const known = (word: string): boolean => {
    if (single(word)) return true;
    const [head = '', ...tails] = word.split("'");
    if (tails.length > 0) {
      const trailing = tails.at(-1) === '';
      const clitics = trailing ? tails.slice(0, -1) : tails;
      return (head === '' || known(head)) && clitics.every((tail) => CLITICS.has(tail.toLowerCase())) && (head !== '' || clitics.length > 0);
    }
    const parts = word.split('-');
    return parts.length > 1 && parts.every((part) => part !== '' && single(part));
  };
  return {
    isKnown(word) {
      const plain = word.replace(/[’ʼ]/g, "'").normalize('NFC');
      if (/\p{N}/u.test(plain) || [...plain.replace(/'/g, '')].length < 2) return true;
      let answer = cache.get(plain);
      if (answer === undefined) cache.set(plain, (answer = known(plain)));
      return answer;
    },
    suggest: (word) => dictionary.suggest(word.replace(/[’ʼ]/g, "'")),
  };
}

/**
 * Every word of a text that the speller does not know, with its line and column.
 * @example findUnknownWords('Mae’r ysgoll yn fach.', speller) // [{ line: 1, column: 7, word: 'ysgoll' }]
 */
export function findUnknownWords(text: string, speller: Speller): UnknownWord[] {
  const unknown: UnknownWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['’]$/, '');
    if (!speller.isKnown(word)) unknown.push({ ...positionOf(text, match.index), word });
  }
  return unknown;
}
