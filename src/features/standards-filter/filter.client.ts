import { INTL_TAGS, isLocale, otherLocale, type Locale } from '../../lib/locales/locales';
import { cleanQuery } from '../../lib/search-words/query-text';
import type { GroupId } from '../../lib/content/standards';
import { guardLanguageSwitch, type LanguageSwitch } from '../../islands/finding/language-switch';
import { findIsland } from '../../islands/island';
import { createTranslator, type IslandTranslator } from '../../islands/translator';
import { searchAcross, type ResultsIn } from './across';
import { applyFacets, facetCounts, isActive, parseState, serialiseState, type FilterItem, type FilterState, type StateProblem } from './filter';
import type { FilterConfig, FilterMessage } from './config';
import { resultsView } from './filter-view';
import { createSearcher, type Searcher } from './searcher';
import type { FuzzyMatcher } from './vocabulary';

/*
 * Enhances /standards/: reads the items from the list already on the page,
 * shows the filter form, and keeps the results, the counts and the address in
 * step with what the person types. All text goes in as text nodes, never HTML.
 */

/** Typing settles for this long before the address and the spoken count are updated. */
const SETTLE_MS = 400;

/** The items of the list on the page, as the filter reads them. */
function readItems(list: HTMLElement): FilterItem[] {
  return [...list.querySelectorAll<HTMLElement>('li[data-number]')].map((li) => ({
    number: li.dataset.number!,
    area: Number(li.dataset.area),
    group: li.dataset.group as GroupId,
    cited: li.dataset.cited === 'true',
    text: li.querySelector('[data-aw-item-text]')?.textContent?.trim() ?? '',
  }));
}

/** The other language's items, fetched once, the first time a query needs them. */
function otherLanguage(config: FilterConfig, locale: Locale): () => Promise<Searcher> {
  let searcher: Promise<Searcher> | undefined;
  return () =>
    (searcher ??= fetch(config.otherItems)
      .then((response) => (response.ok ? (response.json() as Promise<Omit<FilterItem, 'cited'>[]>) : []))
      .then((items) =>
        createSearcher(
          items.map((item) => ({ ...item, cited: false })),
          otherLocale(locale),
        ),
      ));
}

/** Everything the filter's handlers share: the page's parts, the searchers and the form. */
interface FilterPage {
  config: FilterConfig;
  t: IslandTranslator<FilterMessage>;
  locale: Locale;
  root: HTMLElement;
  list: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  parts: Record<'status' | 'problem' | 'note' | 'results' | 'resultsHeading', HTMLElement>;
  more: HTMLButtonElement;
  view: ReturnType<typeof resultsView>;
  items: FilterItem[];
  /** Each item's place in the standards, for listing results in that order. */
  order: Map<string, number>;
  areas: number[];
  searcher: Searcher;
  other: () => Promise<Searcher>;
  otherSearcher?: Searcher;
  /** Fuse.js, once fetched (`fuzzyReady`). */
  fuzzy?: Promise<FuzzyMatcher | undefined>;
}

function readForm(page: FilterPage): FilterState {
  const data = new FormData(page.form);
  const text = (key: string) => {
    const value = data.get(key);
    return typeof value === 'string' ? value : '';
  };
  const area = text('area');
  const group = text('group');
  return {
    q: page.input.value,
    order: data.get('order') === 'standards' ? 'standards' : 'relevance',
    area: area ? Number(area) : undefined,
    group: group ? (group as GroupId) : undefined,
    cited: data.get('cited') === '1',
  };
}

function writeForm(page: FilterPage, state: FilterState): void {
  page.input.value = state.q;
  const check = (name: string, value: string) => {
    for (const radio of page.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) radio.checked = radio.value === value;
  };
  check('area', state.area === undefined ? '' : String(state.area));
  check('group', state.group ?? '');
  check('order', state.order);
  page.form.querySelector<HTMLInputElement>('input[name="cited"]')!.checked = state.cited;
}

function showText(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.hidden = text === '';
}

function showProblems(page: FilterPage, problems: StateProblem[]): void {
  showText(page.parts.problem, problems.map((p) => page.t(p.kind, p.kind === 'query-too-long' ? { max: p.max } : { value: p.value })).join(' '));
}

function setCounts(page: FilterPage, results: { item: FilterItem }[], state: FilterState): void {
  const counts = facetCounts(results, state, page.areas);
  const set = (name: string, n: number) => {
    const element = page.root.querySelector<HTMLElement>(`[data-aw-count="${name}"]`);
    if (element) element.textContent = `(${n})`;
  };
  for (const [area, n] of counts.area) set(`area-${area}`, n);
  for (const [group, n] of counts.group) set(`group-${group}`, n);
  set('cited', counts.cited);
}

/** The note above the results: matches from the other language, or only some of the words. */
function noteFor(page: FilterPage, found: ResultsIn, query: string): string {
  if (found.results.length === 0) return '';
  if (found.locale !== page.locale) return page.t('otherLanguage', { query: cleanQuery(query).trim() });
  return found.partial ? page.t('partial') : '';
}

/** Shows the results for the form as it is; `announce` also updates the spoken count. */
function render(page: FilterPage, announce: boolean): void {
  const state = readForm(page);
  const found = searchAcross(state.q, page.searcher, page.otherSearcher);
  const matches = applyFacets(found.results, state);
  const ordered = state.order === 'standards' ? [...matches].sort((a, b) => page.order.get(a.item.number)! - page.order.get(b.item.number)!) : matches;
  setCounts(page, found.results, state);
  const active = isActive(state);
  page.list.hidden = active;
  page.parts.results.hidden = !active;
  page.parts.resultsHeading.hidden = !active;
  if (active) page.view.draw({ ...found, results: ordered }, state.q, found.locale === page.locale ? page.searcher : page.otherSearcher!);
  else page.more.hidden = true;
  showText(page.parts.note, active ? noteFor(page, { ...found, results: ordered }, state.q) : '');
  if (!announce) return;
  page.parts.status.textContent = active ? (ordered.length === 0 ? page.t('noResults') : page.t.plural('resultCount', ordered.length)) : '';
}

/**
 * Fuse.js, which forgives typos, fetched the first time the search box is used
 * (most visits only read the list); the results are drawn again when it
 * arrives. Should it fail to load, words are still found as typed.
 */
function fuzzyReady(page: FilterPage): Promise<FuzzyMatcher | undefined> {
  return (page.fuzzy ??= import('fuse.js/basic')
    .then(({ default: Fuse }) => {
      page.searcher.useFuzzy(Fuse);
      page.otherSearcher?.useFuzzy(Fuse);
      if (readForm(page).q.trim() !== '') render(page, true);
      return Fuse;
    })
    .catch(() => undefined));
}

/** The other language's searcher, forgiving typos as this one does. */
async function otherSearcher(page: FilterPage): Promise<Searcher> {
  const [searcher, fuzzy] = await Promise.all([page.other(), fuzzyReady(page)]);
  if (fuzzy) searcher.useFuzzy(fuzzy);
  return searcher;
}

/** Loads the other language's items when a query finds nothing here (typos forgiven), then draws again. */
function offerOtherLanguage(page: FilterPage): void {
  const { q } = readForm(page);
  if (page.otherSearcher || q.trim() === '') return;
  void fuzzyReady(page).then(() => {
    const here = page.searcher.search(readForm(page).q);
    if (here.results.length > 0 && !here.partial) return;
    void otherSearcher(page).then((loaded) => {
      page.otherSearcher = loaded;
      render(page, true);
    });
  });
}

/** The language switch's address: the same view in the other language, with the query only if it matches there. */
async function addressInOtherLanguage(page: FilterPage, base: string): Promise<string> {
  const state = readForm(page);
  if (state.q.trim() === '') return `${base}${serialiseState(state)}`;
  const there = (await otherSearcher(page)).search(state.q);
  return `${base}${serialiseState(there.results.length > 0 && !there.partial ? state : { ...state, q: '' })}`;
}

function openPage(): FilterPage | undefined {
  const island = findIsland<FilterConfig>('filter');
  const list = document.querySelector<HTMLElement>('[data-aw-standards-list]');
  // Not the standards page, or not as this script expects: leave the page as it is.
  if (!island || !list || !isLocale(island.config.locale)) return undefined;
  const { config } = island;
  const { locale } = config;
  const t = createTranslator({ intl: INTL_TAGS[locale], messages: config.messages });
  const items = readItems(list);
  const [status, problem, note, results, resultsHeading] = ['status', 'problem', 'note', 'results', 'results-heading'].map<HTMLElement>((name) => island.part(name));
  const more = island.part<HTMLButtonElement>('more');
  return {
    config,
    t,
    locale,
    root: island.root,
    list,
    form: island.part<HTMLFormElement>('form'),
    input: island.part<HTMLInputElement>('query'),
    parts: { status: status!, problem: problem!, note: note!, results: results!, resultsHeading: resultsHeading! },
    more,
    view: resultsView(config, t, results as HTMLOListElement, more),
    items,
    order: new Map(items.map((item, i) => [item.number, i])),
    areas: [...new Set(items.map((i) => i.area))],
    searcher: createSearcher(items, locale),
    other: otherLanguage(config, locale),
  };
}

/** Wires the form, the keyboard and the address to the page. */
function listen(page: FilterPage, languageSwitch: LanguageSwitch): void {
  const { form, input } = page;
  let settleTimer: number | undefined;
  const updateAddress = (push: boolean) => {
    const search = serialiseState(readForm(page));
    languageSwitch.update();
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const settled = (push: boolean) => {
    render(page, true);
    updateAddress(push);
    offerOtherLanguage(page);
  };
  input.addEventListener('focus', () => void fuzzyReady(page));
  input.addEventListener('input', () => {
    void fuzzyReady(page);
    render(page, false);
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => settled(false), SETTLE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) settled(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    settled(true);
  });
  form.addEventListener('reset', () => {
    // The reset has not happened yet when this runs: let it, then follow it.
    window.setTimeout(() => {
      showProblems(page, []);
      settled(true);
      input.focus();
    });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || input.value === '') return;
    event.preventDefault();
    input.value = '';
    settled(true);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    input.focus();
  });
  page.more.addEventListener('click', () => page.view.showAll());
}

export function start(): void {
  const page = openPage();
  if (!page) return;
  const languageSwitch = guardLanguageSwitch((base) => addressInOtherLanguage(page, base));
  const applyAddress = () => {
    const { state, problems } = parseState(location.search, page.areas);
    writeForm(page, state);
    if (state.q.trim() !== '') void fuzzyReady(page);
    showProblems(page, problems);
    render(page, true);
    offerOtherLanguage(page);
    languageSwitch.update();
  };
  listen(page, languageSwitch);
  window.addEventListener('popstate', applyAddress);
  applyAddress();
}
