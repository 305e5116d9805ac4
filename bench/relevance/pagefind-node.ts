import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RANKING, type PagefindApi } from '../../src/features/site-search/query';
import type { Locale } from '../../src/lib/locales/locales';

/*
 * Pagefind's search, as the browser runs it, in Node: its own pagefind.js and
 * WebAssembly from a built site, reading the index files from disk. For the
 * relevance benchmark and its floors; nothing is timed.
 */

const ORIGIN = 'http://pagefind.invalid';

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi & { options(options: Record<string, unknown>): Promise<void> };
}

/** Routes Pagefind's requests for its bundle to the files of `bundle`; anything else goes to the real fetch. */
function serveBundleFrom(bundle: string): void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url);
    if (url.origin !== ORIGIN) return realFetch(input, init);
    return new Response(readFileSync(join(bundle, url.pathname.replace(/^\/pagefind\//, ''))));
  };
}

/**
 * Opens the Pagefind index of one language of the site built in `dist`.
 * @example const pagefind = await openPagefind('dist', 'cy'); await pagefind.search('cymuned')
 */
export async function openPagefind(dist: string, locale: Locale): Promise<PagefindApi> {
  const bundle = join(dist, 'pagefind');
  serveBundleFrom(bundle);
  // One module per language: Pagefind keeps its WebAssembly in module state, and the
  // languages may load different builds of it (English has a stemmer, Welsh none).
  const module = (await import(`${pathToFileURL(join(bundle, 'pagefind.js')).href}?${locale}`)) as PagefindModule;
  // Pagefind picks the index by the page's language, read from <html lang> as it starts.
  const global = globalThis as { document?: unknown };
  const before = global.document;
  global.document = { querySelector: () => ({ getAttribute: () => locale }) };
  let instance: ReturnType<PagefindModule['createInstance']>;
  try {
    instance = module.createInstance({ basePath: `${ORIGIN}/pagefind/`, baseUrl: '/' });
  } finally {
    global.document = before;
  }
  // Ranking set once the instance exists: given to createInstance, it corrupts Pagefind's memory (1.6.0).
  await instance.options({ ranking: RANKING });
  return instance;
}
