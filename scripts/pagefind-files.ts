// Reshaping a Pagefind bundle after Pagefind wrote it (npm run build):
//
// - Indexing without Pagefind's stemmer. Pagefind stems the words of a page in
//   a language it has a stemmer for (English), at index time and again, in its
//   English WebAssembly, at query time. Our index already holds our own stems
//   (src/lib/search-words/index-text.ts), and queries are reduced the same way, so
//   Pagefind's stemming on top gains little (over today's index it joins 26
//   small groups of our stems, such as "person" and "personal"; every judged
//   query finds the same pages without it) and costs 4.3 KB of WebAssembly on
//   every first search. The pages are indexed under a private-use language tag
//   ("x-en"), which Pagefind has no stemmer for, and the bundle's files are then
//   named back to the site's language (`languageAs`).
// - Smaller index chunks (`rechunk`). Pagefind cuts each language's index into
//   chunks of about 25 KB; a query loads only the chunks its words fall in, so a
//   first query loads a whole chunk. Cut finer, it loads about a tenth of that.
import type { IndexFile } from 'pagefind';
import { type Cbor, readPagefindFile, writePagefindFile, encodeCbor } from './pagefind-cbor';
import { createHash } from 'node:crypto';

/** The language tag a page is indexed under so that Pagefind does not stem it. */
export function unstemmedTag(language: string): string {
  return `x-${language}`;
}

/** A page as Pagefind should index it: its `<html lang>` as the unstemmed tag. */
export function withUnstemmedLanguage(html: string): string {
  return html.replace(/(<html\b[^>]*\blang=")([^"]+)(")/i, (_, before: string, lang: string, after: string) => `${before}${unstemmedTag(lang.toLowerCase())}${after}`);
}

function renameStrings(value: Cbor, rename: (text: string) => string): Cbor {
  if (typeof value === 'string') return rename(value);
  if (Array.isArray(value)) return value.map((item) => renameStrings(item, rename));
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [renameStrings(key, rename), renameStrings(item, rename)]));
  return value;
}

/**
 * The files of a Pagefind bundle whose pages were indexed under unstemmed tags,
 * with every name (file paths, the entry's languages, the meta's references to
 * fragments, chunks and filters) back in the site's languages: `x-en_1a2b…` is
 * `en_1a2b…` again, and the entry asks for the language-neutral WebAssembly.
 */
export function languageAs(files: readonly IndexFile[], languages: readonly string[]): IndexFile[] {
  const tags = new Map(languages.map((language) => [unstemmedTag(language), language]));
  const name = (text: string): string => text.replace(/^(x-[a-z]+)_(?=[0-9a-f]+$)/, (_whole, tag: string) => `${tags.get(tag) ?? tag}_`);
  const path = (p: string): string => p.replace(/(^|\/|\.)(x-[a-z]+)_/, (_whole, lead: string, tag: string) => `${lead}${tags.get(tag) ?? tag}_`);
  return files.map((file) => {
    if (file.path === 'pagefind-entry.json') {
      const entry = JSON.parse(Buffer.from(file.content).toString('utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
      const renamed = Object.fromEntries(
        Object.entries(entry.languages).map(([tag, language]) => {
          if (language.wasm !== null) throw new Error(`Search index: Pagefind stemmed ${tag}; index it under a tag it has no stemmer for.`);
          return [tags.get(tag) ?? tag, { ...language, hash: name(language.hash) }];
        }),
      );
      return { path: file.path, content: Buffer.from(JSON.stringify({ ...entry, languages: renamed })) };
    }
    if (file.path.endsWith('.pf_meta')) return { path: path(file.path), content: writePagefindFile(renameStrings(readPagefindFile(file.content), name)) };
    return { path: path(file.path), content: file.content };
  });
}

/** One word of an index chunk: [word, pages, …]. */
type IndexWord = [string, ...Cbor[]];

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Where a chunk may end: between two words that share at most one letter, so
 * that a query word of two letters or more that begins words on both sides of a
 * cut does not exist. Pagefind loads, for a query word, the chunks whose range
 * holds it; a word that begins others is matched against them too (prefix
 * search), and those others must be in the chunks it loads.
 */
function mayCut(last: string, next: string): boolean {
  const shared = commonPrefixLength(last, next);
  return shared === 0 || (shared === 1 && !/\d/.test(last[0] ?? ''));
}

export interface Chunk {
  /** The chunk's range, as Pagefind's meta records it (the shortest prefixes that tell the neighbours apart). */
  from: string;
  to: string;
  words: IndexWord[];
}

/**
 * A language's index words cut into chunks of at least `target` bytes of CBOR
 * (except the last), at the places `mayCut` allows.
 * @example cutChunks(words, 12_000).length // about a tenth of the words each
 */
export function cutChunks(words: readonly IndexWord[], target: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: IndexWord[] = [];
  let size = 0;
  for (const [i, word] of words.entries()) {
    current.push(word);
    size += encodeCbor(word).length;
    const next = words[i + 1];
    if (next && size >= target && mayCut(word[0], next[0])) {
      chunks.push({ from: '', to: '', words: current });
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chunks.push({ from: '', to: '', words: current });
  // Ranges as Pagefind writes them: the first word of the first chunk, the last of
  // the last, and between two chunks the shortest prefixes that differ.
  return chunks.map((chunk, i) => {
    const first = chunk.words[0]![0];
    const last = chunk.words[chunk.words.length - 1]![0];
    const before = chunks[i - 1]?.words.at(-1)?.[0];
    const after = chunks[i + 1]?.words[0]?.[0];
    return {
      ...chunk,
      from: before === undefined ? first : first.slice(0, commonPrefixLength(before, first) + 1),
      to: after === undefined ? last : last.slice(0, commonPrefixLength(last, after) + 1),
    };
  });
}

export interface RechunkedIndex {
  /** The meta, its chunk list replaced. */
  meta: Buffer;
  /** The new chunk files: path under the bundle, and bytes. */
  chunks: { path: string; content: Buffer }[];
}

/**
 * A language's index (its meta and chunk files, `chunk(hash)` reading one) cut
 * into chunks of `target` bytes of CBOR; the new chunks are named as Pagefind
 * names them, `<language>_<hash of the content>`.
 */
export function rechunk(metaFile: Uint8Array, chunk: (hash: string) => Uint8Array, target: number): RechunkedIndex {
  const meta = readPagefindFile(metaFile);
  if (!Array.isArray(meta) || !Array.isArray(meta[2])) throw new Error('Pagefind meta: no chunk list where expected (Pagefind 1.6 format)');
  const old = meta[2] as [string, string, string][];
  const language = /^([a-z-]+)_/.exec(old[0]?.[2] ?? '')?.[1];
  if (!language) throw new Error('Pagefind meta: chunks not named <language>_<hash>');
  const words = old.flatMap(([, , hash]) => {
    const value = readPagefindFile(chunk(hash));
    if (!Array.isArray(value) || !Array.isArray(value[0])) throw new Error(`Pagefind chunk ${hash}: no word list`);
    return value[0] as IndexWord[];
  });
  for (let i = 1; i < words.length; i += 1) {
    if (words[i - 1]![0] >= words[i]![0]) throw new Error(`Pagefind index: words out of order at ${words[i]![0]}`);
  }
  const chunks = cutChunks(words, target).map((c) => {
    const content = writePagefindFile([c.words]);
    const hash = `${language}_${createHash('sha1').update(content).digest('hex').slice(0, 7)}`;
    return { ...c, hash, content };
  });
  const newMeta = [...meta];
  newMeta[2] = chunks.map((c) => [c.from, c.to, c.hash]);
  return { meta: writePagefindFile(newMeta), chunks: chunks.map((c) => ({ path: `index/${c.hash}.pf_index`, content: c.content })) };
}
