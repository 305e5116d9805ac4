import type { Locale } from '../../lib/locales/locales';
import { drawRuns, type TextRun } from '../../islands/highlight';
import type { IslandTranslator } from '../../islands/translator';
import type { ResultsIn } from './across';
import type { FilterConfig, FilterMessage } from './config';
import type { FilterItem } from './filter';
import type { Searcher } from './searcher';

/*
 * Draws the filter's results: the first few at once and the rest on request,
 * each item's words marked by the rule that found it. Items from the other
 * language carry its `lang` and link to its pages.
 */

export type ViewConfig = Pick<FilterConfig, 'locale' | 'itemHref' | 'otherItemHref' | 'areaTitles' | 'groupNames'>;

/**
 * Results drawn at once; the rest wait behind a "Show all" button. Drawing
 * hundreds of rows on every keystroke is what makes a filter feel slow.
 */
const FIRST_RESULTS = 50;

export interface ResultsView {
  /** Draws results for a query; `limit` results at most (the first page by default). */
  draw(results: ResultsIn, query: string, searcher: Searcher, limit?: number): void;
  /** Draws every result of the last query, keeping the keyboard on the first new one. */
  showAll(): void;
}

function row(config: ViewConfig, item: FilterItem, runs: readonly TextRun[], locale: Locale): HTMLLIElement {
  const foreign = locale !== config.locale;
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = (foreign ? config.otherItemHref : config.itemHref).replace('NUMBER', item.number);
  if (foreign) link.hreflang = locale;
  link.textContent = item.number;
  const text = document.createElement('span');
  if (foreign) text.lang = locale;
  drawRuns(text, runs);
  const meta = document.createElement('span');
  meta.className = 'aw-finding-meta';
  meta.textContent = `${config.areaTitles[item.area] ?? ''} · ${config.groupNames[item.group] ?? ''}`;
  li.append(link, text, meta);
  return li;
}

/** The results list and its "Show all" button. */
export function resultsView(config: ViewConfig, t: IslandTranslator<FilterMessage>, list: HTMLOListElement, more: HTMLButtonElement): ResultsView {
  let last: { results: ResultsIn; query: string; searcher: Searcher } | undefined;
  const draw: ResultsView['draw'] = (results, query, searcher, limit = FIRST_RESULTS) => {
    last = { results, query, searcher };
    const fragment = document.createDocumentFragment();
    for (const { item } of results.results.slice(0, limit)) {
      fragment.append(row(config, item, searcher.highlight(item.text, query), results.locale));
    }
    list.replaceChildren(fragment);
    more.hidden = results.results.length <= limit;
    more.textContent = t('showAll', { count: results.results.length });
  };
  return {
    draw,
    showAll() {
      if (!last) return;
      const next = list.children.length;
      draw(last.results, last.query, last.searcher, Infinity);
      list.children[next]?.querySelector('a')?.focus();
    },
  };
}
