/*
 * The "Make this site available offline" button (OfflineDownload.astro). This
 * code is loaded by the registration script (register.client.ts) when the
 * button is first pressed, so it starts at once; a later press (after some
 * pages failed) starts again. It is built as one classic script (`?worker&url`). Each page and search file of the page's language
 * (the build's list, offline-files.json) is fetched into the caches the service
 * worker reads. The size was written into the page by the build.
 */
import { createTranslator, type IslandTranslator } from '../../islands/translator';
import { offline as cy } from '../../i18n/cy/offline';
import { offline as en } from '../../i18n/en/offline';
import { INTL_TAGS, type Locale } from '../../lib/locales/locales';
import { keep, keepPages, offlineFiles, searchCacheName, workerReady } from './keep-offline';

interface Config {
  locale: Locale;
  t: IslandTranslator<keyof typeof en>;
}

const root = document.querySelector<HTMLElement>('[data-aw-island="offline-download"]');
const part = <E extends HTMLElement>(name: string) => root?.querySelector<E>(`[data-aw-part="${name}"]`) as E;

async function download(config: Config, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  part('progress-line').hidden = false;
  part('status').textContent = '';
  const bar = part<HTMLProgressElement>('progress');
  const show = (done: number, total: number) => {
    bar.value = done / total;
    part('progress-label').textContent = config.t('offline.download.progress', { done, total });
  };
  let failed = 0;
  try {
    const files = (await offlineFiles()).languages[config.locale];
    if (!files) throw new Error(`offline-files.json has no ${config.locale}`);
    const total = files.pages.length + files.search.length;
    show(0, total);
    await workerReady();
    failed += (await keepPages(config.locale, files.pages, (done) => show(done, total))).length;
    const base = import.meta.env.BASE_URL;
    const search = files.search.map((file) => `${base}${file}`);
    failed += (await keep(searchCacheName(), search, (done) => show(files.pages.length + done, total))).length;
  } catch {
    // The list itself could not be fetched (offline, say): nothing was kept.
    failed = Math.max(failed, 1);
  }
  part('status').textContent = failed === 0 ? config.t('offline.download.done') : config.t('offline.download.failed', { count: failed });
  button.disabled = false;
}

if (root) {
  // The messages come with this code (the two languages' offline strings), not in every home page.
  const locale = document.documentElement.lang === 'cy' ? 'cy' : 'en';
  const config: Config = { locale, t: createTranslator({ intl: INTL_TAGS[locale], messages: locale === 'cy' ? cy : en }) };
  const button = part<HTMLButtonElement>('start');
  button.onclick = () => void download(config, button);
  void download(config, button);
}
