import { siteConfig } from '../../arwain.config';
import { useTranslations, type MessageKey } from '../i18n';
import { buildAtomFeed, tagUri, type AtomEntry } from '../lib/open-data/atom';
import { definitionOf, folderOf, IN_FEED, TRANSLATABLE, type CollectionName, type TranslatableCollection } from '../lib/content/registry';
import { markdownToPlainText } from '../lib/open-data/export';
import type { Locale } from '../lib/locales/locales';
import { addressOf, paths } from '../lib/locales/urls';
import { getFeedDates, getLocalised } from './content';

/*
 * The Atom feed of new and updated guidance (/feed.xml, /cy/feed.xml): every
 * collection the registry puts in the feed (src/lib/content/registry.ts), case
 * studies and recommendations dated by content/feed.yaml, pages by their own
 * `updated`. The content check stops the build, naming content/feed.yaml, when a date is missing.
 */

/** What the feed reads of an entry: every content type in the feed has a title, and a summary or description. */
interface FeedData {
  title: string;
  summary?: string;
  description?: string;
  updated?: Date;
}

/** Summaries other than the entry's own `summary` or `description`: a recommendation is said by whom it is for and its text. */
const SUMMARY: Partial<Record<CollectionName, (entry: { data: unknown; body?: string | undefined }) => string>> = {
  recommendations: (entry) => `${(entry.data as { addressedTo: string }).addressedTo} ${markdownToPlainText(entry.body ?? '')}`,
};

const isTranslatable = (name: CollectionName): name is TranslatableCollection => (TRANSLATABLE as CollectionName[]).includes(name);

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
  const collections = await Promise.all(IN_FEED.filter(isTranslatable).map(async (name) => ({ name, entries: await getLocalised(name, locale) })));
  const entries = collections.flatMap(({ name, entries: localised }) =>
    localised.flatMap(({ entry, slug, lang }): AtomEntry[] => {
      const { feed, search, address } = definitionOf(name);
      const data = entry.data as FeedData;
      // A page without an `updated` date has nothing to announce, so it is left out.
      const updated = feed === 'dated' ? dates.get(`${folderOf(name)}/${slug}`)! : data.updated;
      if (!updated || !address || !search) return [];
      const path = address(slug);
      const summary = SUMMARY[name]?.(entry) ?? data.summary ?? data.description ?? '';
      return [{ id: id(path), url: absolute(path), title: data.title, summary, updated, lang, category: { term: search, label: t(`search.type.${search}` as MessageKey) } }];
    }),
  );
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
