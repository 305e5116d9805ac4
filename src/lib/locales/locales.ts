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

/**
 * The language of the page being built: Astro's own, from the i18n routing in
 * astro.config.mjs (`/cy/…` is Welsh, everything else English), so pages and
 * components read it rather than pass it down or parse the address. Takes `Astro`
 * in a page or component, or the context of an endpoint. A language the site
 * does not have stops the build: a page must never quietly fall back to English.
 * @example const locale = pageLocale(Astro); // 'cy' on /cy/standards/
 */
export function pageLocale(astro: { currentLocale: string | undefined }): Locale {
  const locale = astro.currentLocale;
  if (!isLocale(locale)) {
    throw new Error(`Astro.currentLocale is ${JSON.stringify(locale)}, not one of the site's languages (${LOCALES.join(', ')}): check i18n in astro.config.mjs.`);
  }
  return locale;
}
