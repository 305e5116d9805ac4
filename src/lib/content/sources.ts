import type { Locale } from '../locales/locales';

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

/** The publisher's own Welsh version of a source, as a Welsh page links to it. */
export interface WelshEdition {
  /** Its Welsh title. */
  title: string;
  /** The publisher, named in Welsh where the source gives it. */
  publisher: string;
  href: string;
  /** `document`: the address is the Welsh version itself; `site`: the publisher's Welsh site, where it is found by its title. */
  kind: 'document' | 'site';
}

/**
 * The publisher's own Welsh version of a source, where the source records one
 * (`cy.url`, or `cy.site` when only the publisher's Welsh site is known); only
 * Welsh pages show it.
 * @example welshEdition({ title: 'Best Practice', publisher: 'Estyn', cy: { title: 'Arfer orau', site: 'https://www.estyn.llyw.cymru/' } }, 'cy')
 * // { title: 'Arfer orau', publisher: 'Estyn', href: 'https://www.estyn.llyw.cymru/', kind: 'site' }
 */
export function welshEdition(source: SourceNames & { cy?: { url?: string | undefined; site?: string | undefined } | undefined }, locale: Locale): WelshEdition | undefined {
  const href = source.cy?.url ?? source.cy?.site;
  if (locale !== 'cy' || !href || !source.cy?.title) return undefined;
  return { title: source.cy.title, publisher: source.cy.publisher ?? source.publisher, href, kind: source.cy.url ? 'document' : 'site' };
}
