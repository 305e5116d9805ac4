import type { Locale } from '../../lib/locales/locales';

/*
 * The web app manifest of each language (/manifest.webmanifest and
 * /cy/manifest.webmanifest): its name and description in that language, and a
 * start address and scope inside the site's base, so a school's copy under
 * /intranet/leadership/ installs as its own app. The icons are drawn from the
 * brand by the build (scripts/service-worker.ts, `ICONS`).
 */

/** The icons the build writes under `icons/`, by file name. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

export interface ManifestInput {
  locale: Locale;
  /** The site's base path, e.g. `/` or `/intranet/leadership/`. */
  base: string;
  name: string;
  shortName: string;
  description: string;
  themeColour: string;
}

/**
 * The manifest of one language.
 * @example webManifest({ locale: 'cy', base: '/', name: 'Arwain', shortName: 'Arwain', description: '…', themeColour: '#00594f' }).start_url // '/cy/'
 */
export function webManifest(input: ManifestInput): Record<string, unknown> {
  const root = input.locale === 'en' ? input.base : `${input.base}${input.locale}/`;
  return {
    // One id per language and copy: installing the Welsh site does not replace the English one.
    id: root,
    lang: input.locale,
    dir: 'ltr',
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    start_url: root,
    scope: root,
    display: 'standalone',
    theme_color: input.themeColour,
    background_color: '#ffffff',
    icons: ICONS.map((icon) => ({ src: `${input.base}icons/${icon.file}`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}
