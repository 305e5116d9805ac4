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
