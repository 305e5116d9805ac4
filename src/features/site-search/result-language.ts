import { isLocale, type Locale } from '../../lib/locales/locales';
import type { PagefindResultData } from './query';

/*
 * The language of a result's text, for its `lang`. A page not yet translated
 * is published in the Welsh site in English (src/components/TranslationNotice.astro
 * gives it the Pagefind meta `language:en`), so a Welsh result can be English
 * text: marked as such, a screen reader reads it in English and the page never
 * calls English Welsh.
 */

/**
 * The language of a result when it is not the page's, else undefined.
 * `searched` is the language whose index found it (the other one when the page
 * offers the other language's results).
 * @example resultLanguage({ meta: { language: 'en' } } as PagefindResultData, 'cy', 'cy') // 'en'
 * @example resultLanguage({ meta: {} } as PagefindResultData, 'cy', 'cy') // undefined
 */
export function resultLanguage(result: Pick<PagefindResultData, 'meta'>, page: Locale, searched: Locale): Locale | undefined {
  const declared = result.meta.language;
  const language = declared !== undefined && isLocale(declared) ? declared : searched;
  return language === page ? undefined : language;
}
