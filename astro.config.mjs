// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './arwain.config.ts';
import { hostConfig } from './src/integrations/host-config/index.mjs';
import { firstPaint } from './src/integrations/first-paint/index.mjs';
import { redirectsConfig, urlManifest } from './src/integrations/url-manifest.mjs';
import { parseSiteConfig } from './src/lib/site/site-config.ts';

// The publisher's settings, checked: the build stops here, naming the setting, on anything wrong.
const config = parseSiteConfig(siteConfig, process.env.ARWAIN_SITE);
// Where the site is published (arwain.config.ts or ARWAIN_SITE; none by default), and
// its sub-path, e.g. ARWAIN_SITE=https://intranet.example.sch.uk ARWAIN_BASE=/intranet/leadership/
const site = config.site;
const base = process.env.ARWAIN_BASE ?? '/';
// A tag of this build, for scripts (import.meta.env.PUBLIC_ARWAIN_BUILD): Pagefind asks for its
// index's entry file with it, so the file can be kept offline, and is fetched afresh after each build.
process.env.PUBLIC_ARWAIN_BUILD ??= Date.now().toString(36);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // External stylesheets only: the Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['en', 'cy'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // Shiki highlights code with inline styles, which the CSP forbids; content has no code to highlight.
  markdown: { syntaxHighlight: false },
  // Old addresses of renamed or renumbered pages (content/redirects.yaml), in both languages.
  redirects: redirectsConfig(process.cwd()),
  integrations: [
    mdx(),
    // One stylesheet a page, brand colours inside it; each page's CSP with only its own hashes. Before hostConfig.
    firstPaint(),
    // Before the URL manifest: it moves the Welsh 404 page to /cy/404.html, where hosts look for it.
    hostConfig({ config }),
    urlManifest(),
    // Without a site address there is no sitemap: its addresses must be absolute.
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en-GB', cy: 'cy-GB' } },
      // Embed cards are for iframes on intranets (and say noindex), not for search engines; nor are the 404 pages.
      filter: (page) => !page.includes('/embed/') && !/\/404\/?$/.test(page),
    }),
  ],
  // No telemetry, fonts or other third-party requests at build or run time.
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with "use astro:head-inject", which the bundler
        // warns it cannot keep: 42 multi-line warnings per build that say nothing about
        // our code and would bury a real one. Only that warning is dropped.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
        output: {
          // The bundler's helper for loading an island's rarer screens travels with the
          // message formatter and the islands' translator, which every island that has
          // such screens also uses: a chunk of its own would cost each of those pages
          // one more request.
          codeSplitting: { groups: [{ name: 'format', test: /vite\/preload-helper|src\/i18n\/format\.ts$|islands\/translator\.ts$/ }] },
        },
      },
    },
  },
  // A strict Content-Security-Policy on every page: scripts and styles only from
  // the site itself (Astro adds hashes for anything it inlines), nothing from
  // anywhere else. WebAssembly is allowed only on /search/, for Pagefind.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
