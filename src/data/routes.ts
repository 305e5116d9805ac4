import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales';
import { getStandards } from './content';
import { langParam } from '../lib/urls';

/*
 * Every page lives under `src/pages/[...lang]/`: the English page has no `lang`
 * parameter and the Welsh one has `cy`, so one template serves both languages
 * and the same path exists in each.
 */

/** The `lang` route parameter of each language, for `getStaticPaths`. */
export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** The locale of a page from its `lang` route parameter. */
export function localeOf(lang: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(lang ?? '') ? (lang as Locale) : DEFAULT_LOCALE;
}

/**
 * Pairs each language with each of a page's own parameters.
 * @example forEachLocale(['a', 'b'], (slug) => ({ slug })) // 4 paths: en/a, en/b, cy/a, cy/b
 */
export function forEachLocale<P extends Record<string, string>, T>(
  values: T[],
  toParams: (value: T, locale: Locale) => P,
): { params: P & { lang: string | undefined }; props: { locale: Locale; value: T } }[] {
  return LOCALES.flatMap((locale) => values.map((value) => ({ params: { ...toParams(value, locale), lang: langParam(locale) }, props: { locale, value } })));
}

/**
 * The paths of every page under /standards/<slug>/ (and its side-by-side and
 * embed views): key areas by slug, items by number. Slugs are words and numbers
 * are digits, so one route serves both without clashing.
 */
export async function standardsPaths() {
  const standards = await getStandards('en');
  const slugs = [...standards.keyAreas.map((k) => k.slug), ...standards.items.map((i) => i.number)];
  return forEachLocale(slugs, (slug) => ({ slug }));
}
