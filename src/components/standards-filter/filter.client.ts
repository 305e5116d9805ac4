import { fill, pluralise } from '../../i18n/format';
import type { Message } from '../../i18n/messages';
import { INTL_TAGS, isLocale } from '../../lib/locales';
import type { GroupId } from '../../lib/standards';
import {
  applyFacets,
  createSearcher,
  facetCounts,
  highlight,
  isActive,
  parseState,
  serialiseState,
  type FilterItem,
  type FilterState,
  type StateProblem,
} from './filter';
import { normaliserFor } from './normalise';

/*
 * Enhances /standards/: reads the items from the list already on the page,
 * shows the filter form, and keeps the results, the counts and the address in
 * step with what the person types. All text goes in as text nodes, never HTML.
 */

interface Config {
  locale: string;
  itemHref: string;
  areaTitles: Record<string, string>;
  groupNames: Record<string, string>;
  messages: { resultCount: Message; noResults: string; showAll: string } & Record<StateProblem['kind'], string>;
}

/** Typing settles for this long before the address and the spoken count are updated. */
const SETTLE_MS = 400;
/**
 * Results drawn at once; the rest wait behind a "Show all" button. Drawing
 * hundreds of rows on every keystroke is what makes a filter feel slow.
 */
const FIRST_RESULTS = 50;


export function start(): void {
  const found = {
    root: document.querySelector<HTMLElement>('[data-aw-filter]'),
    configElement: document.getElementById('aw-filter-config'),
    list: document.querySelector<HTMLElement>('[data-aw-standards-list]'),
  };
  // Not the standards page, or not as this script expects: leave the page as it is.
  if (!found.root || !found.configElement || !found.list) return;
  const { root, configElement, list } = found as { [K in keyof typeof found]: HTMLElement };
  const config = JSON.parse(configElement.textContent ?? '{}') as Config;
  const form = root.querySelector<HTMLFormElement>('[data-aw-filter-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-aw-filter-status]')!;
  const problem = root.querySelector<HTMLElement>('[data-aw-filter-problem]')!;
  const results = root.querySelector<HTMLOListElement>('[data-aw-filter-results]')!;
  const resultsHeading = root.querySelector<HTMLElement>('[data-aw-filter-results-heading]')!;
  const showAll = root.querySelector<HTMLButtonElement>('[data-aw-filter-more]')!;
  let lastMatches: { item: FilterItem }[] = [];
  let lastTokens: string[] = [];
  const languageSwitch = document.querySelector<HTMLAnchorElement>('.aw-language-switch');
  const switchBase = languageSwitch?.getAttribute('href') ?? '';

  const items: FilterItem[] = [...list.querySelectorAll<HTMLElement>('li[data-number]')].map((li) => ({
    number: li.dataset.number!,
    area: Number(li.dataset.area),
    group: li.dataset.group as GroupId,
    cited: li.dataset.cited === 'true',
    text: li.querySelector('.aw-item-list__text')?.textContent?.trim() ?? '',
  }));
  const areas = [...new Set(items.map((i) => i.area))];
  const normalise = normaliserFor(config.locale);
  const searcher = createSearcher(items, normalise);
  const pluralRules = new Intl.PluralRules(isLocale(config.locale) ? INTL_TAGS[config.locale] : 'en-GB');
  const countText = (count: number) => pluralise(config.messages.resultCount, count, pluralRules);

  let settleTimer: number | undefined;

  function readForm(): FilterState {
    const data = new FormData(form);
    const area = String(data.get('area') ?? '');
    const group = String(data.get('group') ?? '');
    return {
      q: input.value,
      area: area ? Number(area) : undefined,
      group: group ? (group as GroupId) : undefined,
      cited: data.get('cited') === '1',
    };
  }

  function writeForm(state: FilterState): void {
    input.value = state.q;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="area"]')) radio.checked = radio.value === (state.area === undefined ? '' : String(state.area));
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="group"]')) radio.checked = radio.value === (state.group ?? '');
    form.querySelector<HTMLInputElement>('input[name="cited"]')!.checked = state.cited;
  }

  function showProblems(problems: StateProblem[]): void {
    const text = problems.map((p) => fill(config.messages[p.kind], p.kind === 'query-too-long' ? { max: p.max } : { value: p.value })).join(' ');
    problem.textContent = text;
    problem.hidden = text === '';
  }

  function renderResults(matches: { item: FilterItem }[], queryTokens: string[], limit = FIRST_RESULTS): void {
    lastMatches = matches;
    lastTokens = queryTokens;
    const fragment = document.createDocumentFragment();
    for (const { item } of matches.slice(0, limit)) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = config.itemHref.replace('NUMBER', item.number);
      link.className = 'aw-item-list__number';
      link.textContent = item.number;
      const text = document.createElement('span');
      for (const run of highlight(item.text, queryTokens, normalise)) {
        if (run.match) {
          const mark = document.createElement('mark');
          mark.textContent = run.text;
          text.append(mark);
        } else {
          text.append(document.createTextNode(run.text));
        }
      }
      const meta = document.createElement('span');
      meta.className = 'aw-filter__meta';
      meta.textContent = `${config.areaTitles[item.area] ?? ''} · ${config.groupNames[item.group] ?? ''}`;
      li.append(link, text, meta);
      fragment.append(li);
    }
    results.replaceChildren(fragment);
    showAll.hidden = matches.length <= limit;
    showAll.textContent = fill(config.messages.showAll, { count: matches.length });
  }

  /** Shows the results for the form as it is; `announce` also updates the spoken count. */
  function render(announce: boolean): void {
    const state = readForm();
    const found = searcher.search(state.q);
    const matches = applyFacets(found, state);
    const counts = facetCounts(found, state, areas);
    for (const [area, n] of counts.area) setCount(`area-${area}`, n);
    for (const [group, n] of counts.group) setCount(`group-${group}`, n);
    setCount('cited', counts.cited);

    const active = isActive(state);
    list.hidden = active;
    results.hidden = !active;
    resultsHeading.hidden = !active;
    if (active) renderResults(matches, searcher.queryTokens(state.q));
    else showAll.hidden = true;
    if (announce) status.textContent = active ? (matches.length === 0 ? config.messages.noResults : countText(matches.length)) : '';
  }

  function setCount(name: string, n: number): void {
    const element = root.querySelector<HTMLElement>(`[data-aw-count="${name}"]`);
    if (element) element.textContent = `(${n})`;
  }

  function updateAddress(push: boolean): void {
    const search = serialiseState(readForm());
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    if (languageSwitch) languageSwitch.href = `${switchBase}${search}`;
  }

  function applyAddress(): void {
    const { state, problems } = parseState(location.search, areas);
    writeForm(state);
    showProblems(problems);
    render(true);
    if (languageSwitch) languageSwitch.href = `${switchBase}${serialiseState(state)}`;
  }

  input.addEventListener('input', () => {
    render(false);
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      render(true);
      updateAddress(false);
    }, SETTLE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    render(true);
    updateAddress(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render(true);
    updateAddress(true);
  });
  form.addEventListener('reset', () => {
    // The reset has not happened yet when this runs: let it, then follow it.
    window.setTimeout(() => {
      showProblems([]);
      render(true);
      updateAddress(true);
      input.focus();
    });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      render(true);
      updateAddress(true);
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
  showAll.addEventListener('click', () => {
    const next = results.children.length;
    renderResults(lastMatches, lastTokens, Infinity);
    // Keep the keyboard where the reader was: on the first newly shown result.
    results.children[next]?.querySelector('a')?.focus();
  });

  applyAddress();
}
