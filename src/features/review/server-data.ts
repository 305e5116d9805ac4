import { getRedirects, type Localised } from '../../data/content';
import { useTranslations } from '../../i18n';
import { INTL_TAGS, type Locale } from '../../lib/locales/locales';
import { itemRenames } from '../../lib/review/reconcile';
import type { Standards } from '../../lib/content/standards';
import { href, paths } from '../../lib/locales/urls';
import type { ReviewPageData } from './page-data';

/** The part of a page's script config that the review and the cohort view share. */
export type SharedPageData = Pick<ReviewPageData, 'locale' | 'intl' | 'months' | 'standardsHref' | 'keyAreas' | 'stages' | 'stagesLang' | 'renames'>;

/**
 * Worked out on the server, once per page: the key areas and continuum stages in
 * the page's language, the months' names (browsers have no Welsh date formats)
 * and the items renumbered by content/redirects.yaml.
 * @example const config = { ...sharedPageData(standards, continuum, 'cy'), messages }
 */
export function sharedPageData(standards: Standards, continuum: Localised<'continuum'>, locale: Locale): SharedPageData {
  const t = useTranslations(locale);
  const textLang = (lang: string) => (lang === locale ? undefined : lang);
  const monthName = new Intl.DateTimeFormat(INTL_TAGS[locale], { month: 'long', timeZone: 'UTC' });
  return {
    locale,
    intl: INTL_TAGS[locale],
    months: Array.from({ length: 12 }, (_, month) => monthName.format(new Date(Date.UTC(2026, month, 1)))),
    standardsHref: href(locale, paths.standards()),
    keyAreas: standards.keyAreas.map((keyArea) => ({
      area: keyArea.area,
      label: t('keyArea.labelWithTitle', { area: keyArea.area, title: keyArea.title }),
      short: t('keyArea.label', { area: keyArea.area }),
      title: keyArea.title,
      lang: textLang(keyArea.items[0]?.lang ?? locale),
    })),
    stages: continuum.entry.data.stages.map((stage, index) => ({ id: stage.id, name: `${t('continuum.stage', { number: index + 1 })}: ${stage.name}` })),
    stagesLang: continuum.fallback ? 'en' : undefined,
    renames: itemRenames(getRedirects()),
  };
}
