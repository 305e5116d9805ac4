import type { APIRoute } from 'astro';
import { siteConfig } from '../../../arwain.config';
import { localeParams } from '../../data/routes';
import { webManifest } from '../../features/offline/manifest';
import { useTranslations } from '../../i18n';
import { pageLocale } from '../../lib/locales/locales';
import { href } from '../../lib/locales/urls';

// The web app manifest of each language: /manifest.webmanifest and /cy/manifest.webmanifest.
export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = (context) => {
  const locale = pageLocale(context);
  const t = useTranslations(locale);
  const manifest = webManifest({
    locale,
    base: href('en', '/'),
    name: `${t('site.name')}: ${t('site.tagline')}`,
    shortName: t('site.name'),
    description: t('offline.manifestDescription'),
    themeColour: siteConfig.colours.brand,
  });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
