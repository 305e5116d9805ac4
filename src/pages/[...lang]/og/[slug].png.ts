import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteConfig } from '../../../../arwain.config';
import { getStandards } from '../../../data/content';
import { forEachLocale } from '../../../data/routes';
import { useTranslations } from '../../../i18n';
import { pageLocale } from '../../../lib/locales/locales';
import { shareImageSvg } from '../../../lib/site/share-image';

/*
 * Share images (Open Graph) in each language: one per key area, and one for the
 * site (`site`) used by every other page. Rendered at build time, with the
 * machine's fonts (DejaVu Sans on Debian; Arial or Helvetica elsewhere).
 */
export async function getStaticPaths() {
  const standards = await getStandards('en');
  return forEachLocale(['site', ...standards.keyAreas.map((k) => k.slug)], (slug) => ({ slug }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async (context) => {
  const { value: slug } = context.props;
  const locale = pageLocale(context);
  const t = useTranslations(locale);
  const keyArea = (await getStandards(locale)).keyAreas.find((k) => k.slug === slug);
  const svg = shareImageSvg({
    siteName: t('site.name'),
    tagline: t('site.tagline'),
    caption: keyArea ? t('keyArea.label', { area: keyArea.area }) : undefined,
    title: keyArea ? keyArea.title : t('home.title'),
    colours: { background: siteConfig.colours.brand, text: siteConfig.colours.onBrand, accent: siteConfig.colours.focus },
  });
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
