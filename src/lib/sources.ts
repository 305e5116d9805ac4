import type { Locale } from './locales';

/*
 * A source's title and publisher as a page in one language shows them: the
 * Welsh (`cy`) fields on Welsh pages where the source has them, else the
 * original, marked as English.
 */

/** The fields of a source (content/sources/*.yaml) that name it. */
export interface SourceNames {
  title: string;
  publisher: string;
  cy?: { title?: string | undefined; publisher?: string | undefined } | undefined;
}

/** A text with the `lang` to mark it with: undefined when it is in the page's language. */
export interface MarkedText {
  text: string;
  lang: 'en' | undefined;
}

/** How a page in `locale` names a source. */
export interface LocalisedSource {
  title: MarkedText;
  publisher: MarkedText;
  /** The original title, when the title shown is a translation of it; it is in English. */
  originalTitle: string | undefined;
}

function pick(original: string, welsh: string | undefined, locale: Locale): MarkedText {
  if (locale === 'en') return { text: original, lang: undefined };
  return welsh ? { text: welsh, lang: undefined } : { text: original, lang: 'en' };
}

/**
 * The title and publisher of a source for a page in `locale`.
 * @example localiseSource({ title: 'Leadership', publisher: 'Central South Consortium', cy: { publisher: 'Consortiwm Canolbarth y De' } }, 'cy')
 * // { title: { text: 'Leadership', lang: 'en' }, publisher: { text: 'Consortiwm Canolbarth y De', lang: undefined }, originalTitle: undefined }
 */
export function localiseSource(source: SourceNames, locale: Locale): LocalisedSource {
  const title = pick(source.title, source.cy?.title, locale);
  return {
    title,
    publisher: pick(source.publisher, source.cy?.publisher, locale),
    originalTitle: title.text !== source.title ? source.title : undefined,
  };
}
