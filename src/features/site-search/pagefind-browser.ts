import { LOCALES, type Locale } from '../../lib/locales/locales';
import { RANKING, type PagefindApi } from './query';

/*
 * Pagefind in the page: one instance per language, each its own module (Pagefind
 * keeps its WebAssembly in module state, and English and Welsh load different
 * builds of it), created on first use. The page's language comes first; the
 * other is loaded only when a query finds nothing here, or to check whether the
 * language switch should carry a query across.
 */

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi & { options(options: Record<string, unknown>): Promise<void> };
}

export interface PagefindSources {
  /** The search API for a language's index. */
  index(locale: Locale): Promise<PagefindApi>;
  /** The words of a language's index and their page counts, for mending typos. */
  vocabulary(locale: Locale): () => Promise<Record<string, number>>;
}

/**
 * Opens Pagefind's bundle at `bundlePath` for each language on demand.
 * @example const pagefind = pagefindSources('/pagefind/', '/'); await (await pagefind.index('cy')).search('cymuned')
 */
export function pagefindSources(bundlePath: string, baseUrl: string): PagefindSources {
  const indexes = new Map<Locale, Promise<PagefindApi>>();
  const vocabularies = new Map<Locale, Promise<Record<string, number>>>();
  const open = async (locale: Locale): Promise<PagefindApi> => {
    const module = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js?${locale}`)) as PagefindModule;
    // Pagefind picks its index by the page's <html lang>, read as the instance is
    // created; for the other language, say so for that one synchronous moment.
    const html = document.documentElement;
    const pageLanguage = html.getAttribute('lang');
    html.setAttribute('lang', locale);
    let instance: ReturnType<PagefindModule['createInstance']>;
    try {
      // No worker: for an index this small, searching on the main thread is quick, and
      // it saves fetching Pagefind's worker script on every first search.
      // A tag per build, not per visit: the index's entry file can then be kept for offline use (issue 24).
      instance = module.createInstance({ baseUrl, excerptLength: 24, noWorker: true, metaCacheTag: import.meta.env.PUBLIC_ARWAIN_BUILD ?? 'dev' });
    } finally {
      if (pageLanguage !== null) html.setAttribute('lang', pageLanguage);
    }
    // Ranking set once the instance exists: given to createInstance, it corrupts Pagefind's memory (1.6.0).
    await instance.options({ ranking: RANKING });
    // After one search online, the language's whole index is kept, so any search works offline.
    void import('../offline/keep-offline').then((offline) => offline.keepSearch(locale)).catch(() => undefined);
    return instance;
  };
  return {
    index(locale) {
      if (!LOCALES.includes(locale)) throw new Error(`No search index for ${locale}`);
      let found = indexes.get(locale);
      if (!found) indexes.set(locale, (found = open(locale)));
      return found;
    },
    vocabulary: (locale) => () => {
      let found = vocabularies.get(locale);
      if (!found) {
        found = fetch(`${bundlePath}vocabulary.${locale}.json`).then((r) => (r.ok ? (r.json() as Promise<Record<string, number>>) : {}));
        vocabularies.set(locale, found);
      }
      return found;
    },
  };
}
