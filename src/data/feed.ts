import { siteConfig } from '../../arwain.config';
import { useTranslations } from '../i18n';
import { buildAtomFeed, tagUri, type AtomEntry } from '../lib/atom';
import { markdownToPlainText } from '../lib/data-export';
import type { Locale } from '../lib/locales';
import { addressOf, paths } from '../lib/urls';
import { getFeedDates, getLocalised } from './content';

/*
 * The Atom feed of new and updated guidance (/feed.xml, /cy/feed.xml): case
 * studies and recommendations dated by content/feed.yaml, pages by their own
 * `updated`. The content check stops the build, naming content/feed.yaml, when a date is missing.
 */

/** The site path of the feed in each language. */
export const FEED_PATH = '/feed.xml';

/**
 * The feed in a language: Welsh entries fall back to English, marked with their language.
 * Links are absolute on the publisher's host, or, without a site address, relative
 * to the feed's own address (which Atom allows). Ids are `tag:` URIs that stay the
 * same wherever the site is published, so moving it announces nothing again.
 * @example await buildFeed('cy', Astro.site) // '<?xml version="1.0" …'
 */
export async function buildFeed(locale: Locale, site: URL | undefined): Promise<string> {
  const t = useTranslations(locale);
  const dates = getFeedDates();
  const absolute = (path: string) => addressOf(site, locale, path);
  const id = (path: string) => tagUri(siteConfig.feedTagAuthority, `${locale}${path}`);
  const [caseStudies, recommendations, pages] = await Promise.all([getLocalised('caseStudies', locale), getLocalised('recommendations', locale), getLocalised('pages', locale)]);
  const entries: AtomEntry[] = [
    ...caseStudies.map(({ entry, slug, lang }) => ({
      id: id(paths.caseStudy(slug)),
      url: absolute(paths.caseStudy(slug)),
      title: entry.data.title,
      summary: entry.data.summary,
      updated: dates.get(`case-studies/${slug}`)!,
      lang,
      category: { term: 'case-study', label: t('search.type.case-study') },
    })),
    ...recommendations.map(({ entry, slug, lang }) => ({
      id: id(paths.recommendation(slug)),
      url: absolute(paths.recommendation(slug)),
      title: entry.data.title,
      summary: `${entry.data.addressedTo} ${markdownToPlainText(entry.body ?? '')}`,
      updated: dates.get(`recommendations/${slug}`)!,
      lang,
      category: { term: 'recommendation', label: t('search.type.recommendation') },
    })),
    // A page without an `updated` date has nothing to announce, so it is left out.
    ...pages.flatMap(({ entry, slug, lang }) =>
      entry.data.updated
        ? [
            {
              id: id(paths.page(slug)),
              url: absolute(paths.page(slug)),
              title: entry.data.title,
              summary: entry.data.description,
              updated: entry.data.updated,
              lang,
              category: { term: 'page', label: t('search.type.page') },
            },
          ]
        : [],
    ),
  ];
  return buildAtomFeed({
    id: id(FEED_PATH),
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    lang: locale,
    selfUrl: absolute(FEED_PATH),
    alternateUrl: absolute(paths.home()),
    author: t('site.name'),
    entries,
  });
}
