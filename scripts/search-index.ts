// The site search index (npm run build, after Astro): Pagefind through its Node
// API, reading every page as src/lib/search-words/index-text.ts rewrites it, so the index
// holds stems and Welsh mutation keys and a query reduced the same way finds
// every form of a word. Results show the pages' own words: the index is built
// twice, once from the pages as they are (for the text shown in results) and
// once from the stemmed copies (for searching), and each stemmed page's record
// is replaced by the record of the page as it is, which has the same words in
// the same places. The stemmed copies are indexed without Pagefind's own
// (English) stemmer, which our stems make redundant, so the browser loads
// Pagefind's smaller, language-neutral WebAssembly (scripts/pagefind-files.ts).
//
//   tsx scripts/search-index.ts [dist]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex, type IndexFile, type PagefindIndex } from 'pagefind';
import { indexableHtml } from '../src/lib/search-words/index-text';
import { LOCALES } from '../src/lib/locales/locales';
import { languageAs, withUnstemmedLanguage } from './pagefind-files';

const dist = process.argv[2] ?? 'dist';
const output = join(dist, 'pagefind');
/** Pagefind's own search interfaces and worker: this site uses its API on the main thread only. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\./;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === output ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

interface Fragment {
  url: string;
  word_count: number;
  content: string;
}

/** A fragment file's record: Pagefind gzips it behind a signature. */
function readFragment(file: IndexFile): Fragment {
  const bytes = gunzipSync(file.content);
  return JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
}

/**
 * The words of each language's index, with the number of pages each is on:
 * site search mends a misspelt word against them (src/features/site-search/query.ts).
 * Read from the stemmed pages, so they are the index's own words.
 */
function vocabularies(fragments: readonly IndexFile[]): Map<string, Record<string, number>> {
  const byLanguage = new Map<string, Record<string, number>>();
  for (const file of fragments) {
    const language = /^fragment\/([a-z]+)_/.exec(file.path)?.[1] ?? 'unknown';
    const words = byLanguage.get(language) ?? {};
    for (const word of new Set(
      readFragment(file)
        .content.toLowerCase()
        .match(/[\p{L}\p{N}]{3,}/gu) ?? [],
    )) {
      words[word] = (words[word] ?? 0) + 1;
    }
    byLanguage.set(language, words);
  }
  return byLanguage;
}

/**
 * What no one searches for: the "Add 1.14 to my review" link on every statement
 * page, and reference tables (the field lists of the data page), which would
 * add a tenth to the index every query loads.
 */
const EXCLUDE = ['a[href*="/review/?add="]', 'table'];

async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await createIndex({ excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`${what}: ${response.errors.join('; ')}`);
  return response;
}

const started = performance.now();
const shown = await newIndex();
const searched = await newIndex();
let pages = 0;
for (const path of htmlFiles(dist)) {
  const html = readFileSync(path, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const url = `/${relative(dist, path).split('\\').join('/')}`.replace(/index\.html$/, '');
  check(await shown.addHTMLFile({ url, content: html }), url);
  // Without Pagefind's stemmer: the copy holds our stems already (scripts/pagefind-files.ts).
  check(await searched.addHTMLFile({ url, content: withUnstemmedLanguage(indexableHtml(html)) }), url);
  pages += 1;
}

const asShown = new Map<string, IndexFile>();
for (const file of check(await shown.getFiles(), 'Pagefind').files) {
  if (file.path.startsWith('fragment/')) asShown.set(readFragment(file).url, file);
}
rmSync(output, { recursive: true, force: true });
const files = languageAs(check(await searched.getFiles(), 'Pagefind').files, LOCALES);
mkdirSync(output, { recursive: true });
for (const [language, words] of vocabularies(files.filter((file) => file.path.startsWith('fragment/')))) {
  writeFileSync(join(output, `vocabulary.${language}.json`), JSON.stringify(words));
}
for (const file of files) {
  if (UNUSED.test(file.path)) continue;
  let content = file.content;
  if (file.path.startsWith('fragment/')) {
    const record = readFragment(file);
    const original = asShown.get(record.url);
    if (!original || readFragment(original).word_count !== record.word_count) {
      throw new Error(
        `Search index: ${record.url} has ${record.word_count} words stemmed but ${original ? readFragment(original).word_count : 'no page'} as shown; src/lib/search-words/index-text.ts must keep every word in its place.`,
      );
    }
    content = original.content;
  }
  const target = join(output, file.path);
  if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
await close();
// The same summary lines as Pagefind's command line, which bench/scaling.mjs reads.
console.log(`Search index: Indexed ${pages} pages`);
console.log(`Finished in ${((performance.now() - started) / 1000).toFixed(3)} seconds`);
