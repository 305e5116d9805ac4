/*
 * The names of the caches the service worker reads and the pages fill (the
 * review keeps its statements, search its index, the download button a whole
 * language). One place, shared by the worker's build (scripts/service-worker.ts)
 * and the pages' scripts, so both always mean the same cache. Each name carries
 * the site's base path: two copies on one host keep their own.
 */

/** The build's list of what each language needs offline, written beside the worker. */
export const OFFLINE_FILES = 'offline-files.json';

/** What `offline-files.json` holds, per language: site-relative addresses and their total size. */
export interface OfflineFiles {
  build: string;
  languages: Record<string, { pages: string[]; search: string[]; bytes: number }>;
}

/**
 * The cache names of the copy of the site at `base`.
 * @example cacheNames('/').pages('cy') // 'arwain-pages-cy@/'
 */
export function cacheNames(base: string) {
  return {
    /** The pages of a language: network first, this copy when offline. */
    pages: (locale: string) => `arwain-pages-${locale}@${base}`,
    /** Pagefind's index: the files named by their content, and the few that are not. */
    search: `arwain-search@${base}`,
  };
}
