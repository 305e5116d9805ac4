/** The languages of the site. English is the default and has no URL prefix. */
export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language: the target of the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'cy' : 'en';
}

/** The BCP 47 tag each language uses for `Intl` formatting: British English dates, not American. */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', cy: 'cy-GB' };
