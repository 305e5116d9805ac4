/*
 * The "Make this site available offline" button (OfflineDownload.astro): the
 * size comes from the build's list (offline-files.json), then each page and
 * search file of the page's language is fetched into the caches the service
 * worker reads. The code that keeps pages is loaded only when asked.
 */
interface Config {
  locale: string;
  messages: { text: string; progress: string; done: string; failed: string };
}

const root = document.querySelector<HTMLElement>('[data-aw-island="offline-download"]');
const part = <E extends HTMLElement>(name: string) => root?.querySelector<E>(`[data-aw-part="${name}"]`) as E;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

async function start(): Promise<void> {
  if (!root || !('serviceWorker' in navigator) || !('caches' in window)) return;
  const config = JSON.parse(root.querySelector('[data-aw-config]')?.textContent ?? '{}') as Config;
  const offline = await import('./keep-offline');
  const files = (await offline.offlineFiles()).languages[config.locale];
  if (!files) return;
  const size = new Intl.NumberFormat(config.locale, { maximumFractionDigits: 1 }).format(files.bytes / 1024 / 1024);
  part('text').textContent = fill(config.messages.text, { size });
  root.hidden = false;
  const button = part<HTMLButtonElement>('start');
  button.addEventListener('click', () => {
    button.disabled = true;
    part('progress-line').hidden = false;
    const bar = part<HTMLProgressElement>('progress');
    const total = files.pages.length + files.search.length;
    let searchDone = 0;
    const show = (pagesDone: number) => {
      bar.value = (pagesDone + searchDone) / total;
      part('progress-label').textContent = fill(config.messages.progress, { done: pagesDone + searchDone, total });
    };
    void (async () => {
      await offline.workerReady();
      const failedPages = await offline.keepPages(config.locale, files.pages, show);
      const base = import.meta.env.BASE_URL;
      const failedSearch = await offline.keep(
        offline.searchCacheName(),
        files.search.map((f) => `${base}${f}`),
        (done) => {
          searchDone = done;
          show(files.pages.length);
        },
      );
      const failed = failedPages.length + failedSearch.length;
      part('status').textContent = failed === 0 ? config.messages.done : fill(config.messages.failed, { count: failed });
      button.disabled = false;
    })();
  });
}

void start().catch(() => undefined);
