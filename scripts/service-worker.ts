/*
 * The service worker, written after Pagefind has built its index (the last step
 * of `npm run build`), so that what it lists is the whole, true build. Workbox
 * (`workbox-build`) writes it; nothing here is a hand-written cache.
 *
 * - Precached on the first visit (the app shell, a few hundred KB): the site's
 *   scripts and stylesheets, the offline page, the manifests and icons.
 * - Pages: network first (never older than what was last seen online), kept as
 *   they are visited; offline, a page not kept gets the bilingual offline page.
 * - Pagefind's index: its content-named files cache first, the rest network first.
 * - offline-files.json: what each language needs offline (its pages and search
 *   index, and their size), for the download button and for search.
 *
 * Usage: tsx scripts/service-worker.ts [dist]
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { siteConfig } from '../arwain.config';
import { cacheNames, OFFLINE_FILES, type OfflineFiles } from '../src/features/offline/cache-names';
import { ICONS } from '../src/features/offline/manifest';

const dist = process.argv[2] ?? 'dist';
const base = process.env['ARWAIN_BASE'] ?? '/';
const names = cacheNames(base);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every file under `dir`, as paths relative to `dist` with forward slashes. */
function files(dir: string): string[] {
  return readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** The icons, drawn from the brand colour: the site's letter on its colour; the maskable one fills its square. */
function writeIcons(): void {
  const { brand, onBrand } = siteConfig.colours;
  mkdirSync(join(dist, 'icons'), { recursive: true });
  for (const icon of ICONS) {
    const maskable = icon.purpose === 'maskable';
    // A maskable icon may be cut to a circle: the letter stays inside the middle 80%.
    const shape = maskable ? `<rect width="512" height="512" fill="${brand}"/>` : `<rect width="512" height="512" rx="96" fill="${brand}"/>`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${shape}<text x="256" y="${maskable ? 330 : 350}" font-family="sans-serif" font-size="${maskable ? 220 : 300}" font-weight="700" text-anchor="middle" fill="${onBrand}">A</text></svg>`;
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: true } }).render().asPng();
    writeFileSync(join(dist, 'icons', icon.file), png);
  }
}

/** What each language needs offline: its pages, its search index, and their size gzipped. */
function offlineFiles(all: string[]): OfflineFiles {
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const languages: OfflineFiles['languages'] = {};
  for (const locale of ['en', 'cy']) {
    const pages = all.filter((f) => f.endsWith('index.html') && !f.startsWith('embed/') && !f.startsWith('cy/embed/') && (locale === 'cy') === f.startsWith('cy/'));
    const search = all.filter(
      (f) =>
        f.startsWith('pagefind/') &&
        (new RegExp(`(^|/)(pagefind\\.)?${locale}_`).test(f.slice('pagefind/'.length)) ||
          /pagefind(-entry)?\.js(on)?$/.test(f) ||
          f === `pagefind/vocabulary.${locale}.json` ||
          /wasm\.(en|unknown)\.pagefind$/.test(f)),
    );
    languages[locale] = {
      pages: pages.map((f) => `${base}${f.replace(/index\.html$/, '')}`),
      search: search.map((f) => f),
      bytes: [...pages, ...search].reduce((sum, f) => sum + gz(f), 0),
    };
  }
  const build = createHash('sha256')
    .update(readFileSync(join(dist, 'pagefind/pagefind-entry.json')))
    .digest('hex')
    .slice(0, 12);
  return { build, languages };
}

/**
 * Writes each language's download size ("about N MB") into the page that offers
 * the download (OfflineDownload.astro): only now, after Pagefind, is it known.
 */
function writeDownloadSizes(all: string[], offline: OfflineFiles): void {
  for (const page of all.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, page), 'utf8');
    if (!html.includes('data-aw-island="offline-download"')) continue;
    const locale = page.startsWith('cy/') ? 'cy' : 'en';
    const megabytes = (offline.languages[locale]?.bytes ?? 0) / 1024 / 1024;
    const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(megabytes);
    writeFileSync(join(dist, page), html.replace(/(<span data-aw-part="size">)[^<]*(<\/span>)/, `$1${size}$2`));
  }
}

async function main(): Promise<void> {
  writeIcons();
  const all = files('');
  const offline = offlineFiles(all);
  writeFileSync(join(dist, OFFLINE_FILES), JSON.stringify(offline));
  writeDownloadSizes(all, offline);
  const b = escape(base);
  const { count, size, warnings } = await generateSW({
    swDest: join(dist, 'sw.js'),
    globDirectory: dist,
    globPatterns: ['_astro/*.{js,css}', 'offline/index.html', 'manifest.webmanifest', 'cy/manifest.webmanifest', 'icons/*.png', 'favicon.svg', 'brand.css'],
    // Hashed names need no revision; the rest are revised by their content.
    dontCacheBustURLsMatching: /^_astro\//,
    modifyURLPrefix: { '': base },
    cacheId: `arwain@${base}`,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // A new version waits until the person chooses "Reload": nothing reloads under someone typing.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    navigationPreload: false,
    runtimeCaching: [
      // Pages are the addresses that end in a slash (a query aside); Welsh ones are under cy/.
      ...(['cy', 'en'] as const).map((locale) => ({
        urlPattern: new RegExp(`^https?://[^/]+${b}${locale === 'cy' ? 'cy/' : '(?!cy/)'}(?:[^?#]*/)?(\\?[^#]*)?$`),
        handler: 'NetworkFirst' as const,
        options: {
          cacheName: names.pages(locale),
          networkTimeoutSeconds: 10,
          matchOptions: { ignoreSearch: true },
          precacheFallback: { fallbackURL: `${base}offline/index.html` },
          cacheableResponse: { statuses: [200] },
        },
      })),
      {
        urlPattern: new RegExp(`${b}pagefind/(fragment|index|filter)/|${b}pagefind/.*\\.(pf_meta|pagefind)$`),
        handler: 'CacheFirst',
        options: { cacheName: names.search, cacheableResponse: { statuses: [200] } },
      },
      {
        urlPattern: new RegExp(`${b}pagefind/`),
        handler: 'NetworkFirst',
        options: { cacheName: names.search, matchOptions: { ignoreSearch: true }, cacheableResponse: { statuses: [200] } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  const gzipped = all
    .filter((f) => /^_astro\/.*\.(js|css)$|^offline\/index\.html$|manifest\.webmanifest$|^icons\/|^favicon\.svg$|^brand\.css$/.test(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  console.log(`Service worker: ${count} files precached (${Math.round(size / 1024)} KB, ${Math.round(gzipped / 1024)} KB gzip)`);
  for (const [locale, language] of Object.entries(offline.languages))
    console.log(`  offline download, ${locale}: ${language.pages.length} pages, ${language.search.length} search files, ${(language.bytes / 1024 / 1024).toFixed(1)} MB gzip`);
}

await main();
