import { positionOf } from './prose';

/*
 * Mutation slips the interface has had, found in Welsh prose (see `prose`):
 * - after "neu" (or), the soft mutation: "neu glirio", "neu lywodraethwyr",
 *   not "neu cliriwch", "neu llywodraethwyr";
 * - after "a"/"ac" (and, or the relative "a") and "â" (with), the aspirate
 *   mutation of c, p, t: "a chamau", "â phenaethiaid", not "a camau".
 * After "neu", a word in p-, t-, c-, ll-, rh- or m- is always a slip (soft
 * mutation never produces those). A word in b-, d- or g- may already be
 * softened (pori → bori, cam → gam), so it is flagged only when a dictionary is
 * given and says the word it would be softened from does not exist
 * ("defnyddiwch": there is no "tefnyddiwch", so it is a radical that should
 * read "ddefnyddiwch").
 */

/** A mutation slip at a place in a text. */
export interface MutationSlip {
  line: number;
  column: number;
  found: string;
  message: string;
}

/** Words that keep their radical after "neu": forms of "bod", and prepositions that are themselves soft forms. */
const KEEP_AFTER_NEU = new Set(['mae', 'maen', 'maent', 'gyda', 'gydag', 'gan', 'dan', 'drwy', 'dros']);

const SLIP = /(?<![\p{L}\p{M}'’])(neu|ac|a|â)\s+([\p{L}\p{M}]+)/giu;

/** The radical a soft-mutated b-, d- or g- word would come from: "borwch" ← "porwch". */
const UNSOFTENED_FROM: Record<string, string> = { b: 'p', d: 't', g: 'c' };

function unsoftenedAfterNeu(lower: string, isWord: ((word: string) => boolean) | undefined): boolean {
  if (KEEP_AFTER_NEU.has(lower)) return false;
  if (/^(?:p(?!h)|t(?!h)|c(?!h)|ll|rh|m(?!h))/.test(lower)) return true;
  const from = /^(?:b|d(?!d)|g(?!w[aeiouyw]))/.test(lower) ? UNSOFTENED_FROM[lower[0]!] : undefined;
  return from !== undefined && isWord !== undefined && isWord(lower) && !isWord(from + lower.slice(1));
}

function slipAfter(conjunction: string, word: string, isWord?: (word: string) => boolean): string | undefined {
  // An acronym (CSV, JSON) or a code (en, cy) is not Welsh to mutate.
  if (word.length <= 2 || word === word.toUpperCase()) return undefined;
  const lower = word.toLowerCase();
  if (conjunction === 'neu') {
    return unsoftenedAfterNeu(lower, isWord) ? `"neu" softens the word after it: "neu ${softened(word)}", not "neu ${word}".` : undefined;
  }
  if (conjunction === 'ac') return undefined; // "ac" comes before vowels, which do not mutate
  if (!/^(?:p(?!h)|t(?!h)|c(?!h))/.test(lower)) return undefined;
  return `"${conjunction}" takes the aspirate mutation: "${conjunction} ${aspirated(word)}", not "${conjunction} ${word}".`;
}

function withInitial(word: string, initialLength: number, replacement: string): string {
  const first = word[0] ?? '';
  const cased = first === first.toUpperCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  return cased + word.slice(initialLength);
}

function softened(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith('ll') || lower.startsWith('rh')) return withInitial(word, 2, lower[0]!);
  const soft: Record<string, string> = { p: 'b', t: 'd', c: 'g', m: 'f', b: 'f', d: 'dd', g: '' };
  return withInitial(word, 1, soft[lower[0]!] ?? lower[0]!);
}

function aspirated(word: string): string {
  return withInitial(word, 1, `${word[0]!.toLowerCase()}h`);
}

/**
 * Every mutation slip after "neu", "a" and "â" in a Welsh text; with `isWord`
 * (a Welsh dictionary), also unsoftened b-, d- and g- words after "neu".
 * @example findMutationSlips('Gwiriwch y sillafu, neu cliriwch yr hidlydd.') // [{ line: 1, column: 21, found: 'neu cliriwch', … }]
 */
export function findMutationSlips(text: string, isWord?: (word: string) => boolean): MutationSlip[] {
  const slips: MutationSlip[] = [];
  for (const match of text.matchAll(SLIP)) {
    const message = slipAfter(match[1]!.toLowerCase(), match[2]!, isWord);
    if (message) slips.push({ ...positionOf(text, match.index), found: match[0].replace(/\s+/g, ' '), message });
  }
  return slips;
}
