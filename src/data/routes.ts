import { LOCALES, type Locale } from '../lib/locales/locales';
import { getStandards } from './content';
import { langParam } from '../lib/locales/urls';

/*
 * Every page lives under `src/pages/[...lang]/`: the English page has no `lang`
 * parameter and the Welsh one has `cy`, so one template serves both languages
 * and the same path exists in each.
 */

/**
 * One path per language, for a page with no parameters of its own. The page
 * reads its language with `pageLocale(Astro)`, not from its props.
 * @example export const getStaticPaths = localeParams; // /review/ and /cy/review/
 */
export function localeParams(): { params: { lang: string | undefined } }[] {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}

/**
 * Pairs each language with each of a page's own parameters; each path's props
 * carry its `value`, typed in the page by `InferGetStaticPropsType<typeof getStaticPaths>`.
 * @example forEachLocale(['a', 'b'], (slug) => ({ slug })) // 4 paths: en/a, en/b, cy/a, cy/b
 */
export function forEachLocale<P extends Record<string, string>, T>(values: T[], toParams: (value: T, locale: Locale) => P): { params: P & { lang: string | undefined }; props: { value: T } }[] {
  return LOCALES.flatMap((locale) => values.map((value) => ({ params: { ...toParams(value, locale), lang: langParam(locale) }, props: { value } })));
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
