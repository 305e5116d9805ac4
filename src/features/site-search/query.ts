import type { Locale } from '../../lib/locales/locales';
import { roleWordsQuery } from '../../lib/search-words/role-words';
import { stemRun } from '../../lib/search-words/index-text';
import { queryWords, type SearchWord } from '../../lib/search-words/words';
import { typoDistance } from '../../lib/search-words/word-match';

/*
 * What site search asks Pagefind, apart from the page (so the relevance
 * benchmark runs the same steps in Node). The index holds stems
 * (src/lib/search-words/index-text.ts), so a query is reduced the same way first. Then,
 * when it finds nothing:
 * - a word the index does not have is mended to the index's word within a typo
 *   or two ("arweinyddieth" → "arweinyddiaeth", "govenors" → "governors");
 * - the pages with most of the words follow, marked as partial.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text, and the places of the words the query matched in it (counted by whitespace). */
  content?: string;
  locations?: number[];
  /** `language` is set on a page published in a language other than its site's (an untranslated fallback). */
  meta: { title?: string; language?: string; text?: string };
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
  /** True when a word was found only as a shorter word (see `unmatched`) and could not be mended. */
  loose?: boolean;
  /** True when a misspelt word was mended to the index's word. */
  mended?: boolean;
}

/**
 * Whether every word of the query was found as typed (not mended, guessed or
 * only partly): what the language switch needs to carry a query over.
 * @example foundAsTyped(await findPages(en, 'hyfforddi', 'en')) // false: "hyfforddi" is not an English word, so any English hit is only a guess
 */
export function foundAsTyped(found: Found): boolean {
  return found.hits.length > 0 && !found.partial && !found.loose && !found.mended;
}

/**
 * What the search page shows: this language's results; or the other
 * language's, when this one found nothing, or found a word only as a shorter
 * word (an English word on the Welsh site that Pagefind meets only as the start
 * of some other word), and
 * the other language has the words themselves (never its own guesses).
 * @example await chooseLanguage(await findPages(cy, 'coaching', 'cy'), () => findPages(en, 'coaching', 'en')) // { found: …, elsewhere: true }
 */
export async function chooseLanguage(here: Found, there: () => Promise<Found>): Promise<{ found: Found; elsewhere: boolean }> {
  if (here.hits.length > 0 && !here.loose) return { found: here, elsewhere: false };
  const other = await there();
  const better = other.hits.length > 0 && !other.loose;
  return better ? { found: other, elsewhere: true } : { found: here, elsewhere: false };
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
 * two of it (by the filter's rule, src/lib/search-words/word-match.ts) that is on the most
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

/**
 * The query's words that a page was found by no word of. Pagefind, finding no
 * word that starts with a query word, quietly matches a shorter one instead
 * ("arweinyddieth" finds "arweinydd", "gweledigeth" "chwe"), so a misspelt word
 * can return pages enough never to be mended. The best page's matched words
 * tell: each is reduced as the index reduced it (src/lib/search-words/index-text.ts), and
 * a query word is found only when one of them starts with it; it is `near`
 * when one of them begins it ("coachng" finds "coach"), else `absent`. The
 * record is the first result's, which the page loads to show anyway.
 */
async function unmatched(hit: PagefindHit, terms: readonly string[], locale: Locale): Promise<Map<string, 'near' | 'absent'>> {
  const checked = terms.filter((t) => t.length >= 4 && !/\d/.test(t));
  if (checked.length === 0) return new Map();
  const { content = '', locations = [] } = await hit.data();
  const runs = content.split(/\s+/u);
  const found = locations.flatMap((at) => stemRun(runs[at] ?? '', locale).split(/[^\p{L}\p{N}]+/u)).filter((word) => word !== '');
  const missing = new Map<string, 'near' | 'absent'>();
  for (const t of checked) {
    if (found.some((word) => word.startsWith(t))) continue;
    missing.set(t, found.some((word) => word.length >= 4 && t.startsWith(word)) ? 'near' : 'absent');
  }
  return missing;
}

/** Pages with most of the words, best first, when no page has them all. */
async function mostOf(api: PagefindApi, terms: string[], filters: Record<string, string>, of = terms.length): Promise<PagefindHit[]> {
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
    .filter((e) => e.words >= Math.ceil(of / 2))
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((e) => e.hit);
}

/** What `findPages` may be given besides the query. */
export interface FindOptions {
  filters?: Record<string, string>;
  /** The index's words and their page counts (vocabulary.<lang>.json), loaded only when a word needs mending. */
  vocabulary?: () => Promise<Readonly<Record<string, number>>>;
  /** Called as soon as the query as typed finds nothing (or only shorter words), so the caller can start on the other language meanwhile. */
  onNothing?: (() => void) | undefined;
}

/**
 * Searches one language's index for a query as a person typed it: the pages
 * with every word; failing that, with misspelt words mended; and then, after
 * any found, the pages with most of the words. A query that names a role
 * ("deputy head") is also searched in the content's words for it ("senior
 * leaders", src/lib/search-words/role-words.ts), and those pages come first.
 * @example await findPages(pagefind, 'nghymuned', 'cy') // pages with "cymuned", "gymuned", "nghymuned"…
 */
export async function findPages(api: PagefindApi, query: string, locale: Locale, options: FindOptions = {}): Promise<Found> {
  const asTyped = await ownPageFirst(api, query, locale, options.filters ?? {}, await findAsTyped(api, query, locale, options));
  const inContentWords = roleWordsQuery(query, locale);
  if (inContentWords === undefined) return asTyped;
  return mergeFound(asTyped, await findAsTyped(api, inContentWords, locale, { ...options, onNothing: undefined }));
}

/** Statement and action pages checked for a query that may be one's whole text. */
const OWN_PAGE_CANDIDATES = 3;

/** The words of a text as search reads them (stems, no stop words), to compare a query with a statement. */
function searchedWords(text: string, locale: Locale): string {
  return queryWords(text, locale, Infinity).map(term).join(' ');
}

/**
 * A query that is the whole text of a statement or action finds that item's
 * own page first, however short the text ("models of leadership",
 * "modelau arweinyddiaeth"): a case study that quotes the words, longer and
 * saying them more often, can outrank the page that is them. The best statement
 * and action pages for the query are asked for their text (the `text` meta of
 * StandardPage.astro); one whose words are the query's, in order, comes first.
 * @example await ownPageFirst(api, 'models of leadership', 'en', {}, found) // found, with /standards/1.2/ first
 */
async function ownPageFirst(api: PagefindApi, query: string, locale: Locale, filters: Record<string, string>, found: Found): Promise<Found> {
  if (found.hits.length === 0 || found.mended || found.loose || (filters.type !== undefined && filters.type !== 'standard')) return found;
  const asked = searchedWords(query, locale);
  if (asked === '') return found;
  const items = await hitsFor(api, queryWords(query, locale, MAX_WORDS).map(term), { ...filters, type: 'standard' });
  for (const hit of items.slice(0, OWN_PAGE_CANDIDATES)) {
    const { meta } = await hit.data();
    if (meta.text === undefined || searchedWords(meta.text, locale) !== asked) continue;
    return { ...found, hits: [hit, ...found.hits.filter((other) => other.id !== hit.id)] };
  }
  return found;
}

/**
 * Pages found for a query and for it in the content's role words, as one list
 * without repeats: the content's words first, as they are what the site calls
 * the role ("deputy head" finds the "Senior leaders" pathway before the pages
 * that happen to say "head").
 */
function mergeFound(asTyped: Found, inContentWords: Found): Found {
  const seen = new Set<string>();
  const hits = [...inContentWords.hits, ...asTyped.hits].filter((hit) => !seen.has(hit.id) && !!seen.add(hit.id));
  const full = [inContentWords, asTyped].some((found) => !found.partial && found.hits.length > 0);
  const loose = ![inContentWords, asTyped].some((found) => !found.loose && found.hits.length > 0);
  const mended = ![inContentWords, asTyped].some((found) => !found.mended && found.hits.length > 0);
  return { hits, partial: !full && hits.length > 0, loose: loose && hits.length > 0, mended: mended && hits.length > 0 };
}

async function findAsTyped(api: PagefindApi, query: string, locale: Locale, options: FindOptions): Promise<Found> {
  const filters = options.filters ?? {};
  let mended = false;
  let terms = queryWords(query, locale, MAX_WORDS).map(term);
  let hits = await hitsFor(api, terms, filters);
  if (terms.length === 0) return { hits, partial: false };
  // Words found only as shorter words may be misspelt: mended, if the index has a word for them.
  let missing = hits[0] ? await unmatched(hits[0], terms, locale) : new Map<string, 'near' | 'absent'>();
  if (hits.length >= FEW && missing.size === 0) return { hits, partial: false, mended };
  if (hits.length === 0 || missing.size > 0) options.onNothing?.();
  if (options.vocabulary) {
    const vocabulary = await options.vocabulary();
    const counts: number[] = [];
    for (const word of terms) counts.push(missing.has(word) ? 0 : (await hitsFor(api, [word], filters)).length);
    const repaired = terms.map((word, i) => (counts[i]! >= FEW || /\d/.test(word) ? word : mend(word, counts[i]!, vocabulary)));
    if (repaired.some((word, i) => word !== terms[i])) {
      const again = await hitsFor(api, repaired, filters);
      const stillMissing = again[0] ? await unmatched(again[0], repaired, locale) : new Map<string, 'near' | 'absent'>();
      const better = missing.size > 0 ? again.length > 0 && stillMissing.size === 0 : again.length > hits.length;
      if (better) [terms, hits, missing, mended] = [repaired, again, stillMissing, true];
    }
  }
  // A page with no form of a word at all does not have it: Pagefind's guess is dropped.
  if ([...missing.values()].includes('absent')) hits = [];
  const loose = missing.size > 0;
  if (hits.length >= FEW || terms.length < 2) return { hits, partial: false, loose, mended };
  // The pages with most of the words, counting only words the index has.
  const seen = new Set(hits.map((hit) => hit.id));
  const some = (
    await mostOf(
      api,
      terms.filter((t) => !missing.has(t)),
      filters,
      terms.length,
    )
  ).filter((hit) => !seen.has(hit.id));
  return { hits: [...hits, ...some], partial: some.length > 0, loose, mended };
}
