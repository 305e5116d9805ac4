import type { Message } from './messages';

/*
 * Filling in messages, shared by the pages (at build time) and the islands (in
 * the browser), so a plural form is chosen the same way in both.
 */

export type Values = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; unknown names are left as they are.
 * @example fill('Key area {area}', { area: 3 }) // 'Key area 3'
 */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The form of a message for `count`, by the language's plural rules, with
 * `{count}` and any other values filled in.
 * @example pluralise({ one: '{count} action', other: '{count} actions' }, 2, new Intl.PluralRules('en-GB')) // '2 actions'
 */
export function pluralise(message: Message, count: number, rules: Intl.PluralRules, values: Values = {}): string {
  const form = typeof message === 'string' ? message : (message[rules.select(count)] ?? message.other);
  return fill(form, { count, ...values });
}
