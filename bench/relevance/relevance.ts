import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js/basic';
import { parse } from 'yaml';
import { chooseLanguage, findPages } from '../../src/features/site-search/query';
import { createSearcher, type Searcher } from '../../src/features/standards-filter/searcher';
import { searchAcross } from '../../src/features/standards-filter/across';
import type { FilterItem } from '../../src/features/standards-filter/filter';
import { otherLocale, type Locale } from '../../src/lib/locales/locales';
import { buildStandards } from '../../src/lib/content/standards';
import { readKeyAreas } from '../../tests/fixtures/content';
import { openPagefind } from './pagefind-node';

/*
 * The relevance benchmark (README.md beside this file): the judged queries,
 * the two tools run on them as the pages run them, and the scores. Used by
 * `npm run bench` (bench/finding.mjs) and the floors in `npm test`.
 */

export const CLASSES = ['exact', 'paraphrase', 'keyword', 'typo', 'mutation', 'number', 'role', 'english'] as const;
export type QueryClass = (typeof CLASSES)[number];

export interface Judgement {
  q: string;
  class: QueryClass;
  items?: string[];
  pages?: string[];
}

export interface Scores {
  /** Precision at 3, out of as many relevant results as fit in 3. */
  p3: number;
  /** Recall at 10, out of as many relevant results as fit in 10. */
  r10: number;
  /** Reciprocal rank of the first relevant result in the first 10; 0 when none. */
  rr: number;
}

/** A ranking: site paths without base or language, best first. */
export type Ranker = (query: string) => Promise<string[]>;

export function loadJudgements(locale: Locale): Judgement[] {
  const entries = parse(readFileSync(new URL(`./${locale}.yaml`, import.meta.url), 'utf8')) as Judgement[];
  for (const entry of entries) {
    if (!CLASSES.includes(entry.class)) throw new Error(`bench/relevance/${locale}.yaml: "${entry.q}" has an unknown class "${entry.class}".`);
  }
  return entries;
}

/** A path without the site's base or the Welsh prefix: the same page in either language. */
export function neutralPath(url: string, base = '/'): string {
  const path = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
  return path.replace(/^\/cy\//, '/');
}

/** The relevant pages of a judgement; `itemsOnly` for the filter, which lists items alone. */
export function relevantPaths(judgement: Judgement, itemsOnly = false): Set<string> {
  const items = (judgement.items ?? []).map((n) => `/standards/${n}/`);
  return new Set(itemsOnly ? items : [...items, ...(judgement.pages ?? [])]);
}

/**
 * Scores one ranking against the relevant paths.
 * @example score(['/a/', '/b/'], new Set(['/b/'])) // { p3: 1, r10: 1, rr: 0.5 }
 */
export function score(ranked: readonly string[], relevant: ReadonlySet<string>): Scores {
  const top = [...new Set(ranked)].slice(0, 10);
  const hits = top.map((path) => relevant.has(path));
  const first = hits.indexOf(true);
  return {
    p3: hits.slice(0, 3).filter(Boolean).length / Math.min(3, relevant.size),
    r10: hits.filter(Boolean).length / Math.min(10, relevant.size),
    rr: first < 0 ? 0 : 1 / (first + 1),
  };
}

export interface Row extends Scores {
  judgement: Judgement;
  ranked: string[];
}

/** Runs every judgement of a language through a ranker. */
export async function evaluate(judgements: readonly Judgement[], rank: Ranker, itemsOnly = false): Promise<Row[]> {
  const rows: Row[] = [];
  for (const judgement of judgements) {
    const relevant = relevantPaths(judgement, itemsOnly);
    if (relevant.size === 0) continue;
    const ranked = await rank(judgement.q);
    rows.push({ judgement, ranked, ...score(ranked, relevant) });
  }
  return rows;
}

/** Mean scores of some rows. */
export function mean(rows: readonly Scores[]): Scores & { queries: number } {
  const sum = (key: keyof Scores) => rows.reduce((n, row) => n + row[key], 0) / Math.max(rows.length, 1);
  return { p3: sum('p3'), r10: sum('r10'), rr: sum('rr'), queries: rows.length };
}

function filterItems(locale: Locale): FilterItem[] {
  return buildStandards(readKeyAreas(locale)).items.map((i) => ({ number: i.number, text: i.text, area: i.area, group: i.group, cited: false }));
}

/** The standards filter as /standards/ runs it once Fuse.js has loaded, with the other language offered when nothing matches. */
export function filterRanker(locale: Locale): Ranker {
  const here: Searcher = createSearcher(filterItems(locale), locale, Fuse);
  const other: Searcher = createSearcher(filterItems(otherLocale(locale)), otherLocale(locale), Fuse);
  return (query) => Promise.resolve(searchAcross(query, here, other).results.map((r) => `/standards/${r.item.number}/`));
}

/** Site search as /search/ runs it, over the site built in `dist`, with the other language when nothing matches. */
export async function searchRanker(dist: string, locale: Locale): Promise<Ranker> {
  const here = await openPagefind(dist, locale);
  const other = await openPagefind(dist, otherLocale(locale));
  const vocabulary = (of: Locale) => () => Promise.resolve(JSON.parse(readFileSync(join(dist, 'pagefind', `vocabulary.${of}.json`), 'utf8')) as Record<string, number>);
  return async (query) => {
    const { found } = await chooseLanguage(await findPages(here, query, locale, { vocabulary: vocabulary(locale) }), () =>
      findPages(other, query, otherLocale(locale), { vocabulary: vocabulary(otherLocale(locale)) }),
    );
    const data = await Promise.all(found.hits.slice(0, 10).map((hit) => hit.data()));
    return data.map((d) => neutralPath(d.url));
  };
}
