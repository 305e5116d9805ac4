import { INTL_TAGS, isLocale, otherLocale, type Locale } from '../../lib/locales/locales';
import { cleanQuery } from '../../lib/search-words/query-text';
import { guardLanguageSwitch } from '../../islands/finding/language-switch';
import { drawRuns } from '../../islands/highlight';
import { findIsland } from '../../islands/island';
import { createTranslator, type IslandTranslator } from '../../islands/translator';
import type { SearchConfig, SearchMessage } from './config';
import { parseExcerpt } from './excerpt';
import { pagefindSources } from './pagefind-browser';
import { resultLanguage } from './result-language';
import { chooseLanguage, findPages, foundAsTyped, type Found, type PagefindHit, type PagefindResultData } from './query';

/*
 * Runs site search on /search/ with Pagefind's API, which loads only the parts of
 * the index that a query needs. When a query finds nothing in the page's
 * language, the other language's index is asked, and its results are offered
 * marked with their language.
 */

const PAGE_SIZE = 10;
const FILTERS = ['type', 'area'] as const;

function renderResult(page: SearchPage, result: PagefindResultData, searched: Locale): HTMLLIElement {
  const { config } = page;
  const lang = resultLanguage(result, page.locale, searched);
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

/** Everything the search page's handlers share. */
interface SearchPage {
  config: SearchConfig;
  t: IslandTranslator<SearchMessage>;
  locale: Locale;
  form: HTMLFormElement;
  input: HTMLInputElement;
  message: HTMLElement;
  status: HTMLElement;
  note: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  find: (query: string, where: Locale, filters?: Record<string, string>, onNothing?: () => void) => Promise<Found>;
  /** Results found but not drawn yet, and their language when it is not the page's. */
  pending: PagefindHit[];
  pendingLang: Locale | undefined;
  generation: number;
}

function say(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.hidden = text === '';
}

async function showMore(page: SearchPage): Promise<void> {
  const batch = page.pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  for (const result of data) page.list.append(renderResult(page, result, page.pendingLang ?? page.locale));
  page.more.hidden = page.pending.length === 0;
}

function readForm(page: SearchPage): { query: string; filters: Record<string, string> } {
  const data = new FormData(page.form);
  const filters: Record<string, string> = {};
  const text = (key: string) => {
    const value = data.get(key);
    return typeof value === 'string' ? value : '';
  };
  for (const key of FILTERS) {
    const value = text(key);
    if (value) filters[key] = value;
  }
  return { query: cleanQuery(text('q')).trim(), filters };
}

/** Searches for the form as it is: this language first, then the other. */
async function run(page: SearchPage): Promise<void> {
  const current = (page.generation += 1);
  const { query, filters } = readForm(page);
  const { t } = page;
  page.list.replaceChildren();
  // Set as the query is asked, so the room for its results is made at once (see SiteSearch.astro).
  page.list.toggleAttribute('data-aw-searching', query !== '');
  page.more.hidden = true;
  say(page.note, '');
  if (!query) return say(page.status, '');
  say(page.status, t('loading'));
  try {
    // The other language is asked as soon as the query as typed finds nothing here,
    // while this language's index is still tried with misspellings mended.
    let there: Promise<Found> | undefined;
    const askElsewhere = () => (there ??= page.find(query, otherLocale(page.locale), filters));
    const here = await page.find(query, page.locale, filters, () => void askElsewhere().catch(() => undefined));
    const { found, elsewhere } = await chooseLanguage(here, askElsewhere);
    const lang: Locale | undefined = elsewhere ? otherLocale(page.locale) : undefined;
    if (current !== page.generation) return;
    [page.pending, page.pendingLang] = [[...found.hits], lang];
    const count = page.pending.length;
    say(page.status, count === 0 ? t('noResults', { query }) : t.plural('resultCount', count, { query }));
    say(page.note, lang ? t('otherLanguage', { query }) : found.partial ? t('partial') : '');
    // With nothing found, the ways to browse below are the next step: brought back up.
    if (count === 0) page.list.removeAttribute('data-aw-searching');
    await showMore(page);
  } catch {
    if (current === page.generation) {
      page.list.removeAttribute('data-aw-searching');
      say(page.status, '');
      say(page.message, t('failed'));
    }
  }
}

function applyAddress(page: SearchPage): void {
  const params = new URLSearchParams(location.search);
  page.input.value = cleanQuery(params.get('q') ?? '');
  for (const key of FILTERS) {
    const select = page.form.elements.namedItem(key) as HTMLSelectElement;
    const value = params.get(key) ?? '';
    // An unknown value in the address falls back to "all" rather than matching nothing.
    select.value = [...select.options].some((o) => o.value === value) ? value : '';
  }
  void run(page);
}

function updateAddress(page: SearchPage): void {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(page.form)) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
  const search = params.toString() ? `?${params}` : '';
  if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
}

function openSearch(): SearchPage | undefined {
  const island = findIsland<SearchConfig>('search');
  if (!island || !isLocale(island.config.locale)) return undefined;
  const { config } = island;
  const pagefind = pagefindSources(config.bundlePath, config.baseUrl);
  const [message, status, note] = ['message', 'status', 'note'].map<HTMLElement>((name) => island.part(name));
  return {
    config,
    t: createTranslator({ intl: INTL_TAGS[config.locale], messages: config.messages }),
    locale: config.locale,
    form: island.part<HTMLFormElement>('form'),
    input: island.part<HTMLInputElement>('query'),
    message: message!,
    status: status!,
    note: note!,
    list: island.part<HTMLOListElement>('results'),
    more: island.part<HTMLButtonElement>('more'),
    find: async (query, where, filters = {}, onNothing) => findPages(await pagefind.index(where), query, where, { filters, vocabulary: pagefind.vocabulary(where), onNothing }),
    pending: [],
    pendingLang: undefined,
    generation: 0,
  };
}

export function start(): void {
  const page = openSearch();
  if (!page) return;
  // Pagefind fetches its index over HTTP; browsers refuse that for pages opened from disk.
  if (location.protocol === 'file:') return say(page.message, page.t('needsServer'));
  // The switch carries the query only to a language where it finds something; checking
  // costs the other language's index, so it is done when the reader reaches for the switch.
  const languageSwitch = guardLanguageSwitch(async (base) => {
    const { query } = readForm(page);
    const there = query === '' ? undefined : await page.find(query, otherLocale(page.locale));
    const carried = there !== undefined && foundAsTyped(there);
    return carried ? `${base}${location.search}` : base;
  });
  const switchLink = document.querySelector('a[data-aw-language-switch]');
  for (const event of ['pointerenter', 'focus']) switchLink?.addEventListener(event, () => languageSwitch.update());
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    updateAddress(page);
    void run(page);
  });
  page.form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).tagName !== 'SELECT') return;
    updateAddress(page);
    void run(page);
  });
  page.input.addEventListener('focus', () => void page.find('', page.locale).catch(() => undefined), { once: true });
  page.more.addEventListener('click', () => void showMore(page));
  window.addEventListener('popstate', () => applyAddress(page));
  applyAddress(page);
}
