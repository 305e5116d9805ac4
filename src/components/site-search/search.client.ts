import { fill, pluralise } from '../../i18n/format';
import type { Message } from '../../i18n/messages';
import { INTL_TAGS, isLocale } from '../../lib/locales';
import { parseExcerpt } from './excerpt';

/*
 * Runs site search on /search/ with Pagefind's API, which loads only the parts of
 * the index (for the page's language) that a query needs.
 */

interface Config {
  locale: string;
  bundlePath: string;
  baseUrl: string;
  typeNames: Record<string, string>;
  messages: { resultCount: Message; noResults: string; needsServer: string; failed: string; loading: string; more: string };
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGE_SIZE = 10;


export function start(): void {
  const root = document.querySelector<HTMLElement>('[data-aw-search]');
  const configElement = document.getElementById('aw-search-config');
  if (!root || !configElement) return;
  const config = JSON.parse(configElement.textContent ?? '{}') as Config;
  const form = root.querySelector<HTMLFormElement>('[data-aw-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const message = root.querySelector<HTMLElement>('[data-aw-search-message]')!;
  const status = root.querySelector<HTMLElement>('[data-aw-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-aw-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-aw-search-more]')!;
  const pluralRules = new Intl.PluralRules(isLocale(config.locale) ? INTL_TAGS[config.locale] : 'en-GB');

  const say = (text: string) => {
    message.textContent = text;
    message.hidden = text === '';
  };

  // Pagefind fetches its index over HTTP; browsers refuse that for pages opened from disk.
  if (location.protocol === 'file:') {
    say(config.messages.needsServer);
    return;
  }
  say('');

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= import(/* @vite-ignore */ `${config.bundlePath}pagefind.js`).then(async (module: Pagefind) => {
      // No worker: for an index this small, searching on the main thread is quick, and
      // it saves fetching Pagefind's worker script (about 13 KB gzipped) on every first search.
      await module.options({ baseUrl: config.baseUrl, excerptLength: 24, noWorker: true });
      return module;
    });
    return pagefind;
  };

  let pending: { data(): Promise<PagefindResultData> }[] = [];
  let generation = 0;

  async function showMore(): Promise<void> {
    const page = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    for (const result of data) list.append(renderResult(result));
    more.hidden = pending.length === 0;
  }

  function renderResult(result: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const type = result.filters.type?.[0];
    if (type) {
      const label = document.createElement('span');
      label.className = 'aw-search__type';
      label.textContent = config.typeNames[type] ?? type;
      li.append(label);
    }
    const link = document.createElement('a');
    link.className = 'aw-search__title';
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    for (const run of parseExcerpt(result.excerpt)) {
      if (run.match) {
        const mark = document.createElement('mark');
        mark.textContent = run.text;
        excerpt.append(mark);
      } else excerpt.append(document.createTextNode(run.text));
    }
    li.append(link, excerpt);
    return li;
  }

  async function run(): Promise<void> {
    const current = (generation += 1);
    const data = new FormData(form);
    const query = String(data.get('q') ?? '').trim().slice(0, 200);
    const filters: Record<string, string> = {};
    for (const key of ['type', 'area']) {
      const value = String(data.get(key) ?? '');
      if (value) filters[key] = value;
    }
    list.replaceChildren();
    more.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = config.messages.loading;
    try {
      const search = await (await loadPagefind()).search(query, { filters });
      if (current !== generation || !search) return;
      pending = [...search.results];
      const count = pending.length;
      status.textContent = count === 0 ? fill(config.messages.noResults, { query }) : pluralise(config.messages.resultCount, count, pluralRules, { query });
      await showMore();
    } catch {
      if (current === generation) {
        status.textContent = '';
        say(config.messages.failed);
      }
    }
  }

  function applyAddress(): void {
    const params = new URLSearchParams(location.search);
    input.value = (params.get('q') ?? '').slice(0, 200);
    for (const key of ['type', 'area']) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
      const value = params.get(key) ?? '';
      // An unknown value in the address falls back to "all" rather than matching nothing.
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
    void run();
  }

  function updateAddress(): void {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (String(value).trim()) params.set(key, String(value).trim());
    const search = params.toString() ? `?${params}` : '';
    if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
    const languageSwitch = document.querySelector<HTMLAnchorElement>('.aw-language-switch');
    if (languageSwitch) languageSwitch.search = search;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    updateAddress();
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).tagName !== 'SELECT') return;
    updateAddress();
    void run();
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', applyAddress);
  applyAddress();
  const languageSwitch = document.querySelector<HTMLAnchorElement>('.aw-language-switch');
  if (languageSwitch) languageSwitch.search = location.search;
}
