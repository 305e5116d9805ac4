import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from '../lib/locales/locales';
import { cy } from './cy/index';
import { en, type Dictionary } from './en/index';
import { fill, pluralise, type Values } from './format';
import type { Message } from './messages';

export type MessageKey = keyof typeof en;
export type { Dictionary } from './en/index';

const dictionaries: Record<Locale, Dictionary> = { en, cy };

export interface Translator {
  /** The message for `key`, with `{name}` placeholders filled from `values`. */
  (key: MessageKey, values?: Values): string;
  /** The plural form of `key` for `count`, chosen by the language's plural rules. */
  plural(key: MessageKey, count: number, values?: Values): string;
  /** A date written out in the language, e.g. "23 November 2026" / "23 Tachwedd 2026". */
  date(date: Date): string;
  /** The message itself, unfilled: for handing plural forms to a browser script. */
  raw(key: MessageKey): Message;
  locale: Locale;
}

/**
 * Returns the translation function for a locale. Keys missing from a dictionary
 * cannot compile; at run time a missing key falls back to English rather than
 * printing `undefined`.
 * @example const t = useTranslations('cy'); t('nav.standards') // 'Safonau'
 */
export function useTranslations(locale: Locale): Translator {
  const dictionary = dictionaries[locale];
  const fallback = dictionaries[DEFAULT_LOCALE];
  const lookup = (key: MessageKey): Message => dictionary[key] ?? fallback[key];
  const pluralRules = new Intl.PluralRules(INTL_TAGS[locale]);
  const dateFormat = new Intl.DateTimeFormat(INTL_TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  const t = ((key, values) => {
    const message = lookup(key);
    return fill(typeof message === 'string' ? message : message.other, values);
  }) as Translator;
  t.plural = (key, count, values) => pluralise(lookup(key), count, pluralRules, values);
  t.date = (date) => dateFormat.format(date);
  t.raw = lookup;
  t.locale = locale;
  return t;
}
