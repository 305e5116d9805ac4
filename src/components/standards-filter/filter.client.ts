import { fill, pluralise } from '../../i18n/format';
import type { Message } from '../../i18n/messages';
import { INTL_TAGS, isLocale, otherLocale, type Locale } from '../../lib/locales';
import { cleanQuery } from '../../lib/search';
import type { GroupId } from '../../lib/standards';
import { guardLanguageSwitch } from '../finding/language-switch';
import { findIsland } from '../islands/island';
import { searchAcross, type ResultsIn } from './across';
import { applyFacets, facetCounts, isActive, parseState, serialiseState, type FilterItem, type FilterState, type ResultOrder, type StateProblem } from './filter';
import { resultsView, type ViewConfig } from './filter-view';
import { createSearcher, type Searcher } from './searcher';

/*
 * Enhances /standards/: reads the items from the list already on the page,
 * shows the filter form, and keeps the results, the counts and the address in
 * step with what the person types. All text goes in as text nodes, never HTML.
 */

interface Config extends ViewConfig {
  otherItems: string;
  messages: ViewConfig['messages'] & { resultCount: Message; noResults: string; partial: string; otherLanguage: string } & Record<StateProblem['kind'], string>;
}

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
function otherLanguage(config: Config, locale: Locale): () => Promise<Searcher> {
  let searcher: Promise<Searcher> | undefined;
  return () =>
    (searcher ??= fetch(config.otherItems)
      .then((response) => (response.ok ? (response.json() as Promise<Omit<FilterItem, 'cited'>[]>) : []))
      .then((items) => createSearcher(items.map((item) => ({ ...item, cited: false })), otherLocale(locale))));
}

export function start(): void {
  const island = findIsland<Config>('filter');
  const list = document.querySelector<HTMLElement>('[data-aw-standards-list]');
  // Not the standards page, or not as this script expects: leave the page as it is.
  if (!island || !list || !isLocale(island.config.locale)) return;
  const { config } = island;
  const locale = island.config.locale as Locale;
  const form = island.part<HTMLFormElement>('form');
  const input = island.part<HTMLInputElement>('query');
  const [status, problem, note, results, resultsHeading] = ['status', 'problem', 'note', 'results', 'results-heading'].map((name) => island.part(name));
  const more = island.part<HTMLButtonElement>('more');
  const view = resultsView(config, results as HTMLOListElement, more);
  const items = readItems(list);
  const areas = [...new Set(items.map((i) => i.area))];
  const searcher = createSearcher(items, locale);
  const other = otherLanguage(config, locale);
  let otherSearcher: Searcher | undefined;
  const pluralRules = new Intl.PluralRules(INTL_TAGS[locale]);
  let settleTimer: number | undefined;

  function readForm(): FilterState {
    const data = new FormData(form);
    const area = String(data.get('area') ?? '');
    const group = String(data.get('group') ?? '');
    return {
      q: input.value,
      order: (data.get('order') === 'standards' ? 'standards' : 'relevance') as ResultOrder,
      area: area ? Number(area) : undefined,
      group: group ? (group as GroupId) : undefined,
      cited: data.get('cited') === '1',
    };
  }

  function writeForm(state: FilterState): void {
    input.value = state.q;
    const check = (name: string, value: string) => {
      for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) radio.checked = radio.value === value;
    };
    check('area', state.area === undefined ? '' : String(state.area));
    check('group', state.group ?? '');
    check('order', state.order);
    form.querySelector<HTMLInputElement>('input[name="cited"]')!.checked = state.cited;
  }

  function showProblems(problems: StateProblem[]): void {
    const text = problems.map((p) => fill(config.messages[p.kind], p.kind === 'query-too-long' ? { max: p.max } : { value: p.value })).join(' ');
    problem.textContent = text;
    problem.hidden = text === '';
  }

  function setCount(name: string, n: number): void {
    const element = island!.root.querySelector<HTMLElement>(`[data-aw-count="${name}"]`);
    if (element) element.textContent = `(${n})`;
  }

  /** The note above the results: matches from the other language, or only some of the words. */
  function showNote(found: ResultsIn, query: string): void {
    const text =
      found.results.length === 0 ? '' : found.locale !== locale ? fill(config.messages.otherLanguage, { query: cleanQuery(query).trim() }) : found.partial ? config.messages.partial : '';
    note.textContent = text;
    note.hidden = text === '';
  }

  /** Shows the results for the form as it is; `announce` also updates the spoken count. */
  function render(announce: boolean): void {
    const state = readForm();
    const found = searchAcross(state.q, searcher, otherSearcher);
    const counted = found.locale === locale ? found.results : [];
    const matches = applyFacets(found.results, state);
    const ordered = state.order === 'standards' ? [...matches].sort((a, b) => items.findIndex((i) => i.number === a.item.number) - items.findIndex((i) => i.number === b.item.number)) : matches;
    const counts = facetCounts(counted.length > 0 || state.q.trim() === '' ? counted : found.results, state, areas);
    for (const [area, n] of counts.area) setCount(`area-${area}`, n);
    for (const [group, n] of counts.group) setCount(`group-${group}`, n);
    setCount('cited', counts.cited);
    const active = isActive(state);
    list.hidden = active;
    results.hidden = !active;
    resultsHeading.hidden = !active;
    if (active) view.draw({ ...found, results: ordered }, state.q, found.locale === locale ? searcher : otherSearcher!);
    else more.hidden = true;
    showNote(active ? { ...found, results: ordered } : { ...found, results: [] }, state.q);
    if (announce) status.textContent = active ? (ordered.length === 0 ? config.messages.noResults : pluralise(config.messages.resultCount, ordered.length, pluralRules)) : '';
  }

  /** Loads the other language's items when a query finds nothing here, then draws again. */
  function offerOtherLanguage(): void {
    const q = readForm().q;
    if (otherSearcher || q.trim() === '' || (searcher.search(q).results.length > 0 && !searcher.search(q).partial)) return;
    void other().then((loaded) => {
      otherSearcher = loaded;
      render(true);
    });
  }

  const languageSwitch = guardLanguageSwitch(async (base) => {
    const state = readForm();
    if (state.q.trim() === '') return `${base}${serialiseState(state)}`;
    const there = await other();
    const carried = there.search(state.q).results.length > 0 ? state : { ...state, q: '' };
    return `${base}${serialiseState(carried)}`;
  });

  function updateAddress(push: boolean): void {
    const search = serialiseState(readForm());
    languageSwitch.update();
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function applyAddress(): void {
    const { state, problems } = parseState(location.search, areas);
    writeForm(state);
    showProblems(problems);
    render(true);
    offerOtherLanguage();
    languageSwitch.update();
  }

  function settled(push: boolean): void {
    render(true);
    updateAddress(push);
    offerOtherLanguage();
  }

  input.addEventListener('input', () => {
    render(false);
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
      showProblems([]);
      settled(true);
      input.focus();
    });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      settled(true);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    input.focus();
  });
  window.addEventListener('popstate', applyAddress);
  more.addEventListener('click', () => view.showAll());
  applyAddress();
}
