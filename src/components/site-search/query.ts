import type { Locale } from '../../lib/locales';
import { queryWords, type SearchWord } from '../../lib/search-words';
import { typoDistance } from '../../lib/word-match';

/*
 * What site search asks Pagefind, apart from the page (so the relevance
 * benchmark runs the same steps in Node). The index holds stems
 * (src/lib/search-index.ts), so a query is reduced the same way first. Then,
 * when it finds nothing:
 * - a word the index does not have is mended to the index's word within a typo
 *   or two ("arweinyddieth" → "arweinyddiaeth", "govenors" → "governors");
 * - the pages with most of the words follow, marked as partial.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's API that search uses. */
export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] } | null>;
}

export interface Found {
  hits: PagefindHit[];
  /** True when no page had every word, and these have most of them. */
  partial: boolean;
}

/**
 * Pagefind's ranking, tuned on the relevance benchmark (bench/relevance/): of
 * the settings tried (term frequency 0–1, page length 0.3–1, term saturation
 * 0.6, term similarity 3 and 5, a title weight), a stronger preference for
 * words close in length to the query's gave the best MRR in both languages
 * (English 0.878 → 0.889, Welsh 0.912 → 0.916); the others gained nothing.
 */
export const RANKING = { termSimilarity: 5 } as const;

/** Query words read; a pasted paragraph is cut to these. */
const MAX_WORDS = 8;
/** Fewer pages than this for a query, and a misspelt word or a partial match may be what was meant. */
const FEW = 3;

/** What Pagefind is asked for a word: its stem (numbers such as 3.4a as they are). */
function term(word: SearchWord): string {
  return word.stem || word.form;
}

async function hitsFor(api: PagefindApi, terms: string[], filters: Record<string, string>): Promise<PagefindHit[]> {
  if (terms.length === 0) return [];
  return (await api.search(terms.join(' '), { filters }))?.results ?? [];
}

/**
 * The index's word for a misspelt one: the word of the index within a typo or
 * two of it (by the filter's rule, src/lib/word-match.ts) that is on the most
 * pages, when that is more pages than the word itself finds.
 */
function mend(word: string, found: number, vocabulary: Readonly<Record<string, number>>): string {
  let best = { word, distance: Infinity, pages: found };
  for (const [candidate, pages] of Object.entries(vocabulary)) {
    const distance = typoDistance(word, candidate);
    if (distance === Infinity || pages <= found) continue;
    if (distance < best.distance || (distance === best.distance && pages > best.pages)) best = { word: candidate, distance, pages };
  }
  return best.word;
}

/** Pages with most of the words, best first, when no page has them all. */
async function mostOf(api: PagefindApi, terms: string[], filters: Record<string, string>): Promise<PagefindHit[]> {
  const tally = new Map<string, { hit: PagefindHit; words: number; score: number }>();
  // One search at a time: a Pagefind instance is not safe to search concurrently.
  for (const single of terms) {
    for (const hit of await hitsFor(api, [single], filters)) {
      const entry = tally.get(hit.id) ?? { hit, words: 0, score: 0 };
      entry.words += 1;
      entry.score += hit.score;
      tally.set(hit.id, entry);
    }
  }
  return [...tally.values()]
    .filter((e) => e.words >= Math.ceil(terms.length / 2))
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((e) => e.hit);
}

/**
 * Searches one language's index for a query as a person typed it.
 * @example await findPages(pagefind, 'nghymuned', 'cy') // pages with "cymuned", "gymuned", "nghymuned"…
 */
export interface FindOptions {
  filters?: Record<string, string>;
  /** The index's words and their page counts (vocabulary.<lang>.json), loaded only when a word needs mending. */
  vocabulary?: () => Promise<Readonly<Record<string, number>>>;
  /** Called as soon as the query as typed finds nothing, so the caller can start on the other language meanwhile. */
  onNothing?: (() => void) | undefined;
}

/**
 * Searches one language's index for a query as a person typed it: the pages
 * with every word; failing that, with misspelt words mended; and then, after
 * any found, the pages with most of the words.
 * @example await findPages(pagefind, 'nghymuned', 'cy') // pages with "cymuned", "gymuned", "nghymuned"…
 */
export async function findPages(api: PagefindApi, query: string, locale: Locale, options: FindOptions = {}): Promise<Found> {
  const filters = options.filters ?? {};
  let terms = queryWords(query, locale, MAX_WORDS).map(term);
  let hits = await hitsFor(api, terms, filters);
  if (hits.length >= FEW || terms.length === 0) return { hits, partial: false };
  if (hits.length === 0) options.onNothing?.();
  if (options.vocabulary) {
    const vocabulary = await options.vocabulary();
    const counts: number[] = [];
    for (const word of terms) counts.push((await hitsFor(api, [word], filters)).length);
    const mended = terms.map((word, i) => (counts[i]! >= FEW || /\d/.test(word) ? word : mend(word, counts[i]!, vocabulary)));
    if (mended.some((word, i) => word !== terms[i])) {
      const again = await hitsFor(api, mended, filters);
      if (again.length > hits.length) [terms, hits] = [mended, again];
    }
  }
  if (hits.length >= FEW || terms.length < 2) return { hits, partial: false };
  const seen = new Set(hits.map((hit) => hit.id));
  const some = (await mostOf(api, terms, filters)).filter((hit) => !seen.has(hit.id));
  return { hits: [...hits, ...some], partial: some.length > 0 };
}
