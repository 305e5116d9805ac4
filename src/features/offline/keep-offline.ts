import { cacheNames, OFFLINE_FILES, type OfflineFiles } from './cache-names';

/*
 * Keeping pages for offline use, from the page: the service worker serves what
 * these caches hold when the network is gone. Used by the review (its page and
 * the statements in it), search (its index, after one online search) and the
 * "Make this site available offline" button (a whole language). Nothing here
 * runs without a service worker: without one, nothing would read the caches.
 */

const base = (): string => import.meta.env.BASE_URL ?? '/';

/** Resolves once this site's service worker is active; never, where there is none. */
export async function workerReady(): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return false;
  await navigator.serviceWorker.ready;
  return true;
}

/**
 * Fetches each address and keeps it in `cacheName`, `parallel` at a time,
 * skipping any already kept; reports progress. Returns the addresses that
 * could not be kept (offline, say), so a caller can try them again later.
 * @example await keep(cacheNames('/').pages('en'), ['/review/'])
 */
export async function keep(cacheName: string, urls: readonly string[], onProgress?: (done: number, total: number) => void, parallel = 4): Promise<string[]> {
  const cache = await caches.open(cacheName);
  const failed: string[] = [];
  let done = 0;
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        if (!(await cache.match(url))) {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (!response.ok) throw new Error(`${response.status}`);
          await cache.put(url, response);
        }
      } catch {
        failed.push(url);
      }
      done += 1;
      onProgress?.(done, urls.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, urls.length) }, worker));
  return failed;
}

/**
 * Keeps pages of a language (site addresses, with the base) for offline use.
 * @example await keepPages('en', ['/review/', '/standards/1.14/'])
 */
export async function keepPages(locale: string, urls: readonly string[], onProgress?: (done: number, total: number) => void): Promise<string[]> {
  return keep(cacheNames(base()).pages(locale), urls, onProgress);
}

/** The cache of Pagefind's files, for this copy of the site. */
export const searchCacheName = (): string => cacheNames(base()).search;

/** The build's list of what each language needs offline. */
export async function offlineFiles(): Promise<OfflineFiles> {
  const response = await fetch(`${base()}${OFFLINE_FILES}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${OFFLINE_FILES}: ${response.status}`);
  return (await response.json()) as OfflineFiles;
}

/**
 * Keeps the whole search index of a language, so that search works offline for
 * any query; done once per build, after the first search online.
 * @example void keepSearch('cy')
 */
export async function keepSearch(locale: string): Promise<void> {
  if (!(await workerReady())) return;
  const files = await offlineFiles();
  const search = files.languages[locale]?.search ?? [];
  // The search page itself too: on a first visit, it came before the worker.
  await keepPages(locale, [window.location.pathname]);
  await keep(
    cacheNames(base()).search,
    search.map((file) => `${base()}${file}`),
  );
}
