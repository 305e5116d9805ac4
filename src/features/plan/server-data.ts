import { sharedPageData, type SharedPageData } from '../review/server-data';
import { getLocalised, type Localised } from '../../data/content';
import { messagesFor } from '../../islands/server-messages';
import type { DeclaredKey, IslandMessages } from '../../islands/translator';
import { citationIndex, type CitationIndex } from '../../lib/content/offers';
import type { Locale } from '../../lib/locales/locales';
import type { Standards } from '../../lib/content/standards';
import { href, paths } from '../../lib/locales/urls';

/*
 * What the plan's and the mentor's pages hand to their scripts, worked out on
 * the server once per page: the items' texts, what cites each item (case
 * studies, recommendations, ways in, as links in the page's language), the
 * continuum's stages with their addresses, and the strings the scripts write.
 */

export interface PlanPageData extends SharedPageData {
  /** Every item's text, by number; the key area's `lang` says when it is not in the page's language. */
  texts: Record<string, string>;
  /** What cites each item: every offer once, and by item number the offers' places. */
  links: CitationIndex;
  /** The continuum page, to which `#<stage id>` is added. */
  continuumHref: string;
  reviewHref: string;
  mentorHref: string;
  /** Exactly the messages the scripts declare (`PLAN_MESSAGES`). */
  messages: IslandMessages<PlanMessageKey>;
}

/** The messages the plan's and the mentor's scripts write: their own, the review's level names and the mentor's strings of the review. */
export const PLAN_MESSAGES = ['review.level.', 'review.mentor.', 'plan.', 'mentor.'] as const;

export type PlanMessageKey = DeclaredKey<typeof PLAN_MESSAGES>;

/**
 * The config of the plan's or the mentor's page.
 * @example const config = await planPageData(standards, continuum, 'cy')
 */
export async function planPageData(standards: Standards, continuum: Localised<'continuum'>, locale: Locale): Promise<PlanPageData> {
  const [caseStudies, recommendations, pathways] = await Promise.all([getLocalised('caseStudies', locale), getLocalised('recommendations', locale), getLocalised('pathways', locale)]);
  const lang = (entryLang: Locale) => (entryLang === locale ? undefined : entryLang);
  const links = citationIndex([
    ...caseStudies.map((c) => ({
      offer: { kind: 'caseStudy' as const, title: c.entry.data.title, href: href(locale, paths.caseStudy(c.slug)), lang: lang(c.lang) },
      standards: c.entry.data.standards,
    })),
    ...recommendations.map((r) => ({
      offer: { kind: 'recommendation' as const, title: r.entry.data.title, href: href(locale, paths.recommendation(r.slug)), lang: lang(r.lang) },
      standards: r.entry.data.standards,
    })),
    ...pathways.map((p) => ({ offer: { kind: 'pathway' as const, title: p.entry.data.title, href: href(locale, paths.pathway(p.slug)), lang: lang(p.lang) }, standards: p.entry.data.standards })),
  ]);
  return {
    ...sharedPageData(standards, continuum, locale),
    texts: Object.fromEntries(standards.items.map((item) => [item.number, item.text])),
    links,
    continuumHref: href(locale, paths.continuum()),
    reviewHref: href(locale, paths.review()),
    mentorHref: href(locale, '/review/mentor/'),
    messages: messagesFor(locale, PLAN_MESSAGES),
  };
}
