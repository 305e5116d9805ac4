// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Where the site is published. Schools host it under their own sub-path, e.g.
// ARWAIN_SITE=https://intranet.example.sch.uk ARWAIN_BASE=/intranet/leadership/
const site = process.env.ARWAIN_SITE ?? 'https://arwain.example.wales';
const base = process.env.ARWAIN_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // External stylesheets only: the Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['en', 'cy'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en-GB', cy: 'cy-GB' } },
    }),
  ],
  // No telemetry, fonts or other third-party requests at build or run time.
  devToolbar: { enabled: false },
});
