import { pluralise } from '../../../i18n/format';
import type { Message } from '../../../i18n/messages';

/*
 * The one numeral rule of the Welsh interface. A count is always written in
 * figures, and a reader cannot tell from "3" whether to read "tri" or "tair", so
 * the rule never asks a figure to mutate the noun after it or to agree with its
 * gender:
 *
 * - 1: the figure and the singular: "1 argymhelliad", "1 datganiad neu gam gweithredu".
 * - 2 and more: the figure, "o" and the plural, softened after "o":
 *   "2 o argymhellion", "14 o ddatganiadau a chamau gweithredu".
 * - 0: "dim" and the plural, without the figure: "dim argymhellion".
 *
 * This is the construction Welsh Government's style guidance gives for numbers
 * written as figures (the singular-after-numeral form belongs to numbers
 * written as words, "tri datganiad"). Counts of one thing say "neu" ("1
 * datganiad neu gam gweithredu"), counts of several say "a" ("14 o
 * ddatganiadau a chamau gweithredu"), as the English does. A plural message
 * needs only `zero`, `one` and `other`: Welsh's `two`, `few` and `many` fall
 * back to `other`.
 */

const WELSH_PLURALS = new Intl.PluralRules('cy');
/** Counts that reach every Welsh plural category (0 zero, 1 one, 2 two, 3 few, 6 many, the rest other). */
const SAMPLE_COUNTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 16, 20, 100, 172];

/** A word after "o" that has not taken the soft mutation "o" requires ("o camau" for "o gamau"). */
const UNSOFTENED = /^(?:p(?!h)|t(?!h)|c(?!h)|ll|rh|m(?!h))/i;

type Slip = 'o-after-one' | 'no-o' | 'unsoftened';

const ADVICE: Record<Slip, string> = {
  'o-after-one': 'after 1, write the singular without "o" ("1 datganiad")',
  'no-o': 'after a figure of 2 or more, write "o" and the plural ("14 o ddatganiadau")',
  unsoftened: '"o" softens the word after it ("o gamau", "o ddatganiadau")',
};

/** How one sentence that shows `count` breaks the rule, with the words that do, or undefined. */
function countSlip(text: string, count: number): { slip: Slip; words: string } | undefined {
  const after = new RegExp(`(?<![\\d.])${count}(?![\\d.])\\s*([^\\s]*)\\s*([^\\s]*)`, 'u').exec(text);
  if (count === 0 || !after) return undefined;
  const [, next = '', word = ''] = after;
  if (!/^\p{L}/u.test(next)) return undefined; // "(4)", "4:", end of text: no noun follows the figure
  if (count === 1) return next === 'o' ? { slip: 'o-after-one', words: `${count} o ${word}` } : undefined;
  if (next !== 'o') return { slip: 'no-o', words: `${count} ${next}` };
  return UNSOFTENED.test(word) ? { slip: 'unsoftened', words: `${count} o ${word}` } : undefined;
}

/**
 * What breaks the numeral rule in one Welsh message, as it would read for each
 * count (a plural message in all its forms, a plain message with `{count}` as
 * it stands): one line per kind of slip, with examples.
 * @example numeralProblems({ one: '{count} argymhelliad', other: '{count} argymhelliad' }) // ['"2 argymhelliad", "3 argymhelliad": after a figure of 2 or more, write "o" and the plural ("14 o ddatganiadau")']
 * @example numeralProblems({ zero: 'dim argymhellion', one: '{count} argymhelliad', other: '{count} o argymhellion' }) // []
 */
export function numeralProblems(message: Message): string[] {
  const texts =
    typeof message === 'string'
      ? message.includes('{count}')
        ? SAMPLE_COUNTS.filter((n) => n >= 2).map((count) => ({ count, text: message.replace(/\{count\}/g, String(count)) }))
        : []
      : SAMPLE_COUNTS.map((count) => ({ count, text: pluralise(message, count, WELSH_PLURALS) }));
  const examples = new Map<Slip, string[]>();
  for (const { count, text } of texts) {
    const found = countSlip(text, count);
    if (found) examples.set(found.slip, [...(examples.get(found.slip) ?? []), found.words]);
  }
  return [...examples].map(
    ([slip, words]) =>
      `${words
        .slice(0, 3)
        .map((w) => `"${w}"`)
        .join(', ')}: ${ADVICE[slip]}`,
  );
}
