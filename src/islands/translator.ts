import type { Dictionary, MessageKey } from '../i18n';
import { fill, pluralise, type Values } from '../i18n/format';
import type { Message } from '../i18n/messages';

/*
 * The one translator of every island, and the one way an island says which
 * messages it writes. An island declares its messages once, as a constant
 * beside its config type; the server ships exactly those (`messagesFor` in
 * server-messages.ts) and the script's `t()` accepts only those, so a script
 * that writes an undeclared message, or an `.astro` file that forgets to ship
 * one, fails the type check rather than showing "undefined" in a browser.
 *
 * Days are written by `withDays` (days.ts), which only the islands that show
 * dates load.
 *
 * Plural forms come from the platform's `Intl.PluralRules`, as on the server
 * (`useTranslations`): every browser the site supports has the CLDR rules for
 * Welsh (zero, one, two, few, many, other), so there is no table of our own.
 */

/** A prefix of message keys, ending in `.`: every key with that start, e.g. `review.level.`. */
export type MessagePrefix = `${string}.`;

/**
 * What an island's script writes, as one of:
 * - a list of keys and prefixes: the messages keep their keys (`t('review.level.secure')`);
 * - a record of short names to keys, for a small island whose config is read
 *   by name (`t('resultCount')` for `filter.resultCount`).
 */
export type MessageDeclaration = readonly (MessageKey | MessagePrefix)[] | Readonly<Record<string, MessageKey>>;

type KeysUnder<Entry> = Entry extends MessagePrefix ? `${Entry}${string}` : Entry;

/**
 * The names a script may pass to `t()` for a declaration.
 * @example type Key = DeclaredKey<typeof COHORT_MESSAGES> // 'cohort.title' | … | 'review.level.secure' | …
 */
export type DeclaredKey<Declaration extends MessageDeclaration> = Declaration extends readonly (infer Entry)[] ? Extract<MessageKey, KeysUnder<Entry>> : Extract<keyof Declaration, string>;

/** The messages a page ships to an island, by name: every declared one, raw (plural forms kept). */
export type IslandMessages<Key extends string> = Readonly<Record<Key, Message>>;

/**
 * What `messagesFor` ships for a declaration, each message with its own shape
 * (a string, or plural forms), for a script that reads a string without a translator.
 * @example type Share = ShippedMessages<typeof SHARE_MESSAGES> // { copied: string; failed: string }
 */
export type ShippedMessages<Declaration extends MessageDeclaration> = Declaration extends readonly unknown[]
  ? { readonly [Key in DeclaredKey<Declaration>]: Dictionary[Key & MessageKey] }
  : { readonly [Name in DeclaredKey<Declaration>]: Dictionary[Declaration[Name & keyof Declaration] & MessageKey] };

/** What the translator reads from an island's config. */
export interface TranslatorData<Key extends string> {
  /** The BCP 47 tag for plural rules, e.g. `cy-GB`. */
  intl: string;
  messages: IslandMessages<Key>;
}

export interface IslandTranslator<Key extends string> {
  /** The message, with `{name}` placeholders filled from `values`. */
  (key: Key, values?: Values): string;
  /** The plural form of the message for `count`, with `{count}` and `values` filled in. */
  plural(key: Key, count: number, values?: Values): string;
}

/**
 * The script's `t()`: the same placeholders and plural rules as the server's
 * `useTranslations`, over the messages the page shipped.
 * @example createTranslator(island.config)('review.level.secure') // 'Secure'
 * @example createTranslator({ intl: 'cy-GB', messages })('resultCount', 3)
 */
export function createTranslator<Key extends string>(data: TranslatorData<Key>): IslandTranslator<Key> {
  const rules = new Intl.PluralRules(data.intl);
  // A message missing at run time shows its key, which a reader can report, never "undefined".
  const lookup = (key: Key): Message => data.messages[key] ?? key;
  const t = ((key, values) => {
    const message = lookup(key);
    return fill(typeof message === 'string' ? message : message.other, values);
  }) as IslandTranslator<Key>;
  t.plural = (key, count, values) => pluralise(lookup(key), count, rules, values);
  return t;
}
