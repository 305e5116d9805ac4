import type { Locale } from '../locales/locales';
import { mutationKey } from './welsh-mutations';

/*
 * The one way the site reduces a word for finding things: the standards filter
 * matches with it, and site search indexes every page and reads every query
 * through it, so a word and its forms meet whichever tool is asked.
 *
 * A word has two reductions. Its *form* is the word as spelt, folded: lower
 * case, no accents, no clitic ("school’s" → "school", "datblygu’r" →
 * "datblygu"), and in Welsh its mutation key ("nghymuned" → "cymuned"). Its
 * *stem* is the form less a common ending ("coaching" → "coach", "penaethiaid"
 * → "penaeth"), so that singular and plural, noun and verb meet. Words so
 * common that they say nothing about a page ("the", "and", "yn", "a") have no
 * stem: they are neither indexed nor required.
 */

/** A word of a text or a query, reduced for matching. */
export interface SearchWord {
  /** The word as it appears in the text. */
  text: string;
  /** Lower case, accents and clitics dropped; in Welsh, the mutation key. */
  form: string;
  /** The form less a common ending; '' for a word too common to search for. */
  stem: string;
}

const ENGLISH_STOP_WORDS =
  'a an the and or nor of to in on at by for from with as into onto upon is are was were be been being it its this that these those their they them which who whom whose i my me we our us you your he she his her so such than too very can will shall should would could may might must do does did has have had not no';

/** English stop words that are also Welsh words worth finding ("her" is a challenge, "can" a hundred). */
const WELSH_WORDS_IN_ENGLISH_STOP_WORDS = new Set(['her', 'can', 'to', 'is', 'had', 'on', 'hi', 'a', 'i']);

const STOP_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: new Set(ENGLISH_STOP_WORDS.split(' ')),
  // Articles, conjunctions, short prepositions and the commonest verb forms, as
  // spelt before mutation ("i", "’r" and "y" are articles or "to", not words to
  // find); and English ones, for the English passages a Welsh page may quote or
  // show until it is translated.
  cy: new Set([
    ...'a ac ag â y yr r i o ar at am yn ym yng ei eu ein eich fy dy n mae sy sydd bod oedd roedd hyn hynny hon hwn honno hwnnw gan gyda wrth fel neu ond er nad na nac pan lle felly hefyd ydy yw dan tan'.split(
      ' ',
    ),
    ...ENGLISH_STOP_WORDS.split(' ').filter((word) => !WELSH_WORDS_IN_ENGLISH_STOP_WORDS.has(word)),
  ]),
};

/**
 * The characters that make up a word: letters, marks and digits, with an
 * apostrophe or a dot inside ("don’t", "3.4a"). Hyphens split words, so
 * "self-evaluation" is two words, as a person typing it with a space expects.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'ʼ.][\p{L}\p{M}\p{N}]+)*/gu;

/** Every apostrophe a keyboard or word processor produces. */
const APOSTROPHE = /[’'ʼ‘`´]/u;

function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A number such as "3.4a" or "1.14" keeps its dots; anything else is letters. */
function isNumber(word: string): boolean {
  return /^\p{N}/u.test(word);
}

/**
 * The form of a word: see the module comment.
 * @example wordForm('Nghymuned', 'cy') // 'cymuned'
 * @example wordForm('School’s', 'en') // 'school'
 */
export function wordForm(word: string, locale: Locale): string {
  if (isNumber(word)) return word.toLowerCase();
  if (locale === 'cy') return mutationKey(word);
  return fold(word.split(APOSTROPHE)[0] ?? '');
}

/** English endings, longest first; each is dropped only when at least three letters remain. */
const ENGLISH_ENDINGS: readonly (readonly [ending: string, replacement: string])[] = [
  ['ically', ''],
  ['ibility', ''],
  ['ability', ''],
  ['ations', ''],
  ['ation', ''],
  ['ative', ''],
  ['ating', ''],
  ['ities', ''],
  ['ments', ''],
  ['ness', ''],
  ['ment', ''],
  ['ated', ''],
  ['ates', ''],
  ['ings', ''],
  ['ible', ''],
  ['able', ''],
  ['ical', ''],
  ['ions', ''],
  ['ance', ''],
  ['ence', ''],
  ['ary', ''],
  ['ial', ''],
  ['ies', ''],
  ['ied', ''],
  ['ing', ''],
  ['ity', ''],
  ['ive', ''],
  ['ion', ''],
  ['ate', ''],
  ['ic', ''],
  ['ly', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
  ['y', ''],
];

/**
 * "-ing" or "-ed" after a vowel and a consonant and nothing else: the verb's
 * silent "e" comes back ("using", "used" → "use"; "aged" → "age"), which the
 * rule of three letters below would otherwise leave whole, apart from "use".
 */
const SHORT_WITH_E = /^([aeiou][b-df-hj-np-tv-z])(?:ing|ed)$/;

/**
 * A light English stemmer: drops the ending that most often keeps a reader's
 * word from meeting the standards' word, then a final "e", so "evaluation",
 * "evaluate" and "evaluating" all give "evalu". Words ending "ss" or "us" keep
 * their "s"; a verb of three letters gets its "e" back ("using" → "use").
 * @example stemEnglish('coaching') // 'coach'
 * @example stemEnglish('technologies') // 'technolog'
 */
export function stemEnglish(form: string): string {
  if (form.length <= 3 || isNumber(form)) return form;
  const short = SHORT_WITH_E.exec(form);
  if (short) return `${short[1]}e`;
  let stem = form;
  for (const [ending, replacement] of ENGLISH_ENDINGS) {
    if (!form.endsWith(ending) || form.length - ending.length < 3) continue;
    if (ending === 's' && /(ss|us|is)$/.test(form)) break;
    stem = form.slice(0, -ending.length) + replacement;
    break;
  }
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** Welsh plural and noun endings, longest first, and what each becomes. */
const WELSH_ENDINGS: readonly (readonly [ending: string, replacement: string])[] = [
  ['iadau', ''],
  ['oedd', ''],
  ['iaid', ''],
  ['wyr', 'wr'],
  ['iau', ''],
  ['iad', ''],
  ['ion', ''],
  ['au', ''],
  ['io', ''],
  ['o', ''],
];

/**
 * A light Welsh stemmer over a mutation key: drops a plural or verbal-noun
 * ending ("partneriaethau" → "partneriaeth", "hunanwerthuso" and
 * "hunanwerthusiad" → "hunanwerthus", "llywodraethwyr" → "llywodraethwr") and
 * reads a doubled n or r as single, since Welsh drops one when the stress moves
 * ("pennaeth", "penaethiaid" → "penaeth").
 * @example stemWelsh('penaethiaid') // 'penaeth'
 */
export function stemWelsh(form: string): string {
  if (form.length <= 4 || isNumber(form)) return form;
  let stem = form;
  for (const [ending, replacement] of WELSH_ENDINGS) {
    if (form.endsWith(ending) && form.length - ending.length >= 4) {
      stem = form.slice(0, -ending.length) + replacement;
      break;
    }
  }
  return stem.slice(0, 2) + stem.slice(2).replace(/nn/g, 'n').replace(/rr/g, 'r');
}

/** True for a word too common to search for, in the language given. */
export function isStopWord(word: string, locale: Locale): boolean {
  // A clitic does not make a word ("sy’n" is "sy", "that’s" is "that").
  return STOP_WORDS[locale].has(word.toLowerCase().split(APOSTROPHE)[0] ?? '');
}

/**
 * The stem of one word: its form less a common ending, or '' for a stop word.
 * @example wordStem('Bartneriaethau', 'cy') // 'partneriaeth'
 */
export function wordStem(word: string, locale: Locale): string {
  if (isStopWord(word, locale)) return '';
  const form = wordForm(word, locale);
  if (form === '') return '';
  return locale === 'cy' ? stemWelsh(form) : stemEnglish(form);
}

/**
 * The words of a text, each with its form and stem, in order.
 * @example searchWords('Self-evaluation', 'en').map((w) => w.stem) // ['self', 'evalu']
 */
export function searchWords(text: string, locale: Locale): SearchWord[] {
  const words: SearchWord[] = [];
  for (const match of text.normalize('NFC').matchAll(WORD)) {
    const word = match[0];
    words.push({ text: word, form: wordForm(word, locale), stem: wordStem(word, locale) });
  }
  return words;
}

/**
 * The words of a query that carry meaning: stop words dropped, unless the query
 * has nothing else (so "the" alone still finds something in the filter).
 * @example queryWords('the role of the governors', 'en').map((w) => w.stem) // ['rol', 'governor']
 */
export function queryWords(query: string, locale: Locale, limit = 8): SearchWord[] {
  const all = searchWords(query, locale).filter((word) => word.form !== '');
  const meaningful = all.filter((word) => word.stem !== '');
  return (meaningful.length > 0 ? meaningful : all.map((word) => ({ ...word, stem: word.form }))).slice(0, limit);
}
