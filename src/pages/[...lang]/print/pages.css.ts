import type { APIRoute } from 'astro';
import { bookletPageCss, keyAreaPageName } from '../../../features/booklet/page-rules';
import { getStandards } from '../../../data/content';
import { localeParams } from '../../../data/routes';
import { useTranslations } from '../../../i18n';
import { otherLocale, pageLocale } from '../../../lib/locales/locales';

/*
 * The booklet's running headers and page numbers in a language
 * (/print/pages.css, /cy/print/pages.css): a named page per key area for the
 * booklet in one language and one for the side-by-side booklet, whose header
 * gives the title in both.
 */
export const getStaticPaths = localeParams;

export const GET: APIRoute = async (context) => {
  const locale = pageLocale(context);
  const t = useTranslations(locale);
  const [standards, otherStandards] = await Promise.all([getStandards(locale), getStandards(otherLocale(locale))]);
  const pages = standards.keyAreas.flatMap((keyArea) => {
    const header = t('keyArea.labelWithTitle', { area: keyArea.area, title: keyArea.title });
    const otherTitle = otherStandards.keyAreaText.get(keyArea.area)!.fallback ? undefined : otherStandards.keyAreaByNumber.get(keyArea.area)!.title;
    return [
      { name: keyAreaPageName(keyArea.area, false), header },
      { name: keyAreaPageName(keyArea.area, true), header: otherTitle && otherTitle !== keyArea.title ? `${header} · ${otherTitle}` : header },
    ];
  });
  const css = bookletPageCss({ documentTitle: t('print.title'), pageNumber: t('print.pageNumber'), pages });
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
