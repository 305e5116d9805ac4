import { fill, pluralise } from '../../i18n/format';
import type { Message } from '../../i18n/messages';
import { INTL_TAGS, isLocale, otherLocale, type Locale } from '../../lib/locales';
import { cleanQuery } from '../../lib/search';
import { guardLanguageSwitch } from '../finding/language-switch';
import { drawRuns } from '../islands/highlight';
import { findIsland } from '../islands/island';
import { parseExcerpt } from './excerpt';
import { pagefindSources } from './pagefind-browser';
import { findPages, type Found, type PagefindHit, type PagefindResultData } from './query';

/*
 * Runs site search on /search/ with Pagefind's API, which loads only the parts of
 * the index that a query needs. When a query finds nothing in the page's
 * language, the other language's index is asked, and its results are offered
 * marked with their language.
 */

interface Config {
  locale: string;
  bundlePath: string;
  baseUrl: string;
  typeNames: Record<string, string>;
  messages: { resultCount: Message; noResults: string; needsServer: string; failed: string; loading: string; more: string; partial: string; otherLanguage: string };
}

const PAGE_SIZE = 10;
const FILTERS = ['type', 'area'] as const;

function renderResult(config: Config, result: PagefindResultData, lang: Locale | undefined): HTMLLIElement {
  const li = document.createElement('li');
  if (lang) li.lang = lang;
  const type = result.filters.type?.[0];
  if (type) {
    const label = document.createElement('span');
    label.className = 'aw-finding-meta';
    label.dataset.awType = '';
    label.textContent = config.typeNames[type] ?? type;
    if (lang) label.lang = config.locale;
    li.append(label);
  }
  const link = document.createElement('a');
  link.className = 'aw-search__title';
  link.href = result.url;
  if (lang) link.hreflang = lang;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  drawRuns(excerpt, parseExcerpt(result.excerpt));
  li.append(link, excerpt);
  return li;
}

export function start(): void {
  const island = findIsland<Config>('search');
  if (!island || !isLocale(island.config.locale)) return;
  const { config } = island;
  const locale = config.locale as Locale;
  const form = island.part<HTMLFormElement>('form');
  const input = island.part<HTMLInputElement>('query');
  const [message, status, note] = ['message', 'status', 'note'].map((name) => island.part(name));
  const list = island.part<HTMLOListElement>('results');
  const more = island.part<HTMLButtonElement>('more');
  const pluralRules = new Intl.PluralRules(INTL_TAGS[locale]);
  const pagefind = pagefindSources(config.bundlePath, config.baseUrl);

  const say = (element: HTMLElement, text: string) => {
    element.textContent = text;
    element.hidden = text === '';
  };

  // Pagefind fetches its index over HTTP; browsers refuse that for pages opened from disk.
  if (location.protocol === 'file:') {
    say(message, config.messages.needsServer);
    return;
  }

  const find = async (query: string, where: Locale, filters: Record<string, string> = {}): Promise<Found> =>
    findPages(await pagefind.index(where), query, where, { filters, vocabulary: pagefind.vocabulary(where) });

  let pending: PagefindHit[] = [];
  let pendingLang: Locale | undefined;
  let generation = 0;

  async function showMore(): Promise<void> {
    const page = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    for (const result of data) list.append(renderResult(config, result, pendingLang));
    more.hidden = pending.length === 0;
  }

  function readForm(): { query: string; filters: Record<string, string> } {
    const data = new FormData(form);
    const filters: Record<string, string> = {};
    for (const key of FILTERS) {
      const value = String(data.get(key) ?? '');
      if (value) filters[key] = value;
    }
    return { query: cleanQuery(String(data.get('q') ?? '')).trim(), filters };
  }

  async function run(): Promise<void> {
    const current = (generation += 1);
    const { query, filters } = readForm();
    list.replaceChildren();
    more.hidden = true;
    say(note, '');
    if (!query) return say(status, '');
    say(status, config.messages.loading);
    try {
      let found = await find(query, locale, filters);
      let lang: Locale | undefined;
      if (found.hits.length === 0) {
        const there = await find(query, otherLocale(locale), filters);
        if (there.hits.length > 0) [found, lang] = [there, otherLocale(locale)];
      }
      if (current !== generation) return;
      [pending, pendingLang] = [[...found.hits], lang];
      const count = pending.length;
      say(status, count === 0 ? fill(config.messages.noResults, { query }) : pluralise(config.messages.resultCount, count, pluralRules, { query }));
      say(note, lang ? fill(config.messages.otherLanguage, { query }) : found.partial ? config.messages.partial : '');
      await showMore();
    } catch {
      if (current === generation) {
        say(status, '');
        say(message, config.messages.failed);
      }
    }
  }

  // The switch carries the query only to a language where it finds something.
  const languageSwitch = guardLanguageSwitch(async (base) => {
    const { query } = readForm();
    const carried = query && (await find(query, otherLocale(locale))).hits.length > 0;
    return carried ? `${base}${location.search}` : base;
  });

  function applyAddress(): void {
    const params = new URLSearchParams(location.search);
    input.value = cleanQuery(params.get('q') ?? '');
    for (const key of FILTERS) {
      const select = form.elements.namedItem(key) as HTMLSelectElement;
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
  input.addEventListener('focus', () => void pagefind.index(locale).catch(() => undefined), { once: true });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', applyAddress);
  // Checking the other language costs its index: do it when the reader reaches for the switch.
  const switchLink = document.querySelector('a[data-aw-language-switch]');
  for (const event of ['pointerenter', 'focus']) switchLink?.addEventListener(event, () => languageSwitch.update());
  applyAddress();
}
