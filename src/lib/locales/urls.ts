import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/*
 * Every internal address is built here, so the site works under any base path
 * (`ARWAIN_BASE=/intranet/leadership/`) and Welsh pages mirror English ones
 * under `/cy/`. Paths given to these functions are site paths such as
 * `/standards/1.14/`: no base, no locale prefix.
 */

/** The site paths of each page type. */
export const paths = {
  home: () => '/',
  standards: () => '/standards/',
  keyArea: (slug: string) => `/standards/${slug}/`,
  item: (number: string) => `/standards/${number}/`,
  caseStudies: () => '/case-studies/',
  caseStudy: (slug: string) => `/case-studies/${slug}/`,
  recommendations: () => '/recommendations/',
  recommendation: (slug: string) => `/recommendations/${slug}/`,
  continuum: () => '/continuum/',
  review: () => '/review/',
  search: () => '/search/',
  pathway: (slug: string) => `/pathways/${slug}/`,
  page: (slug: string) => `/${slug}/`,
  /** The embeddable card of a key area (by slug) or a statement or action (by number). */
  embed: (slugOrNumber: string) => `/embed/standards/${slugOrNumber}/`,
  /** The page that lists the data files; the files themselves are at `/data/<name>`, in no language. */
  data: () => '/data/',
  /** The standards as one printable booklet, in the page's language or (`both`) side by side with the other. */
  booklet: (both = false) => (both ? '/print/both/' : '/print/'),
};

function base(): string {
  const configured = import.meta.env.BASE_URL ?? '/';
  return configured.endsWith('/') ? configured : `${configured}/`;
}

/**
 * The address of a site path in a language, under the configured base.
 * @example href('cy', '/standards/1.14/') // '/cy/standards/1.14/' (base '/')
 */
export function href(locale: Locale, path: string): string {
  const relative = path.replace(/^\//, '');
  const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
  return `${base()}${prefix}${relative}`;
}

/**
 * The absolute address of a site path on the publisher's host (arwain.config.ts
 * `site`), or undefined when the build has none: a page then leaves out what
 * must be absolute rather than show a host that is not the publisher's.
 * @example siteHref(new URL('https://example.sch.uk'), 'cy', '/standards/') // 'https://example.sch.uk/cy/standards/'
 */
export function siteHref(site: URL | undefined, locale: Locale, path: string): string | undefined {
  return site ? new URL(href(locale, path), site).href : undefined;
}

/**
 * The address of a site path: absolute on the publisher's host, or, without
 * one, the path, which a reader resolves against the file's own address.
 * @example addressOf(undefined, 'en', '/feed.xml') // '/feed.xml'
 */
export function addressOf(site: URL | undefined, locale: Locale, path: string): string {
  return siteHref(site, locale, path) ?? href(locale, path);
}

/** The `[...lang]` route parameter for a locale: none for English. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * A page's address without a language prefix: `/cy/standards/5.5/` is the
 * Welsh version of `/standards/5.5/`. A Welsh author may write either; both
 * lead to the Welsh page (src/components/mdx/Link.astro).
 */
export function withoutLanguage(path: string): string {
  const prefix = /^\/([a-z]{2})(\/.*)$/.exec(path);
  return prefix && prefix[1] !== DEFAULT_LOCALE && isLocale(prefix[1]) ? prefix[2]! : path;
}
