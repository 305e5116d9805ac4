import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, extensionOf, folderOf, type CollectionName } from './registry';
import type { ContentProblem } from './problems';
import { parseSource, type SourceLines } from './source';
import { FEED_DATES_FILE } from './feed-dates';
import { LOCALES } from '../locales/locales';

/*
 * Reads the content from disk, collection by collection as the registry lists
 * them, into entries of the shape Astro's `getCollection` gives. The build's
 * loader (src/lib/content/loader.ts) stores these same entries, so `npm run
 * check`, the translation status, the tests and the bench read exactly what the
 * site is built from.
 */

export interface ContentEntry {
  /** `en/rct-aspiring-leaders` in a translatable collection, `csc-leadership` otherwise. */
  id: string;
  collection: CollectionName;
  /** The file, relative to the project root: `content/en/case-studies/rct-aspiring-leaders.mdx`. */
  filePath: string;
  /** The fields as written, not yet checked against the schema. */
  data: Record<string, unknown>;
  /** The MDX body, trimmed; undefined for YAML. */
  body?: string | undefined;
  /** Where each field and the body are, for messages. */
  lines: SourceLines;
}

/** Everything the content checks look at. */
export interface ContentSnapshot {
  entries: ContentEntry[];
  /** Files that could not be read into entries, or that belong to no collection. */
  problems: ContentProblem[];
  /** The text of content/feed.yaml, when there is one. */
  feedDates?: string | undefined;
  /** The page routes of the site (files under src/pages, e.g. `[...lang]/continuum.astro`): which addresses exist. */
  routes: string[];
}

/** The locale and name of an entry id. */
export function splitEntryId(id: string): { locale: string | undefined; name: string } {
  const at = id.indexOf('/');
  return at < 0 ? { locale: undefined, name: id } : { locale: id.slice(0, at), name: id.slice(at + 1) };
}

function listFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => !name.startsWith('.'))
        .sort()
    : [];
}

function readEntry(root: string, collection: CollectionName, path: string, id: string, problems: ContentProblem[]): ContentEntry | undefined {
  const filePath = relative(root, path).split('\\').join('/');
  const { parsed, problems: found } = parseSource(readFileSync(path, 'utf8'), COLLECTIONS[collection].format, filePath);
  problems.push(...found);
  return parsed && { id, collection, filePath, data: parsed.data, body: parsed.body, lines: parsed.lines };
}

/** The entries of one collection in one place: `content/<locale>/<path>` or `content/<path>`. */
function readPlace(root: string, collection: CollectionName, locale: string | undefined, problems: ContentProblem[]): ContentEntry[] {
  const { path, layout } = COLLECTIONS[collection];
  const base = join(root, 'content', ...(locale ? [locale] : []));
  const idOf = (name: string) => (locale ? `${locale}/${name}` : name);
  const where = relative(root, join(base, path)).split('\\').join('/');
  if (layout === 'file') {
    const file = join(base, path);
    return existsSync(file) ? [readEntry(root, collection, file, idOf(folderOf(collection)), problems)].filter((e) => e !== undefined) : [];
  }
  const extension = extensionOf(collection);
  return listFiles(join(base, path)).flatMap((name) => {
    const file = join(base, path, name);
    const stem = name.replace(/\.[^.]*$/, '');
    if (statSync(file).isDirectory()) {
      problems.push({ file: `${where}/${name}`, field: 'file name', message: `is a folder; put each entry as a ${extension} file directly in ${where}/.` });
      return [];
    }
    if (!name.endsWith(extension)) {
      problems.push({ file: `${where}/${name}`, field: 'file name', message: `is not a ${extension} file, so it is not published; rename it to ${stem}${extension}.` });
      return [];
    }
    return [readEntry(root, collection, file, idOf(stem), problems)].filter((e) => e !== undefined);
  });
}

/** Files and folders in `content/<locale>/` that are no collection: probably a misspelt folder name. */
function strays(root: string, locale: string): ContentProblem[] {
  const known = new Set<string>(COLLECTION_NAMES.filter((c) => COLLECTIONS[c].translatable).map((c) => COLLECTIONS[c].path));
  return listFiles(join(root, 'content', locale))
    .filter((name) => !known.has(name))
    .map((name) => ({
      file: `content/${locale}/${name}`,
      field: 'file name',
      message: `is not part of any collection, so it is not published; content/${locale}/ holds ${[...known].join(', ')}.`,
    }));
}

/** The route files under src/pages, relative to it, e.g. `[...lang]/continuum.astro`. */
function readRoutes(root: string): string[] {
  const pages = join(root, 'src', 'pages');
  const walk = (dir: string): string[] =>
    listFiles(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [relative(pages, join(dir, name)).split('\\').join('/')]));
  return walk(pages);
}

/**
 * Reads one collection from the project at `root`.
 * @example readCollection('/work/arwain', 'caseStudies').entries[0].id // 'en/csc-serving-headteacher-programmes'
 */
export function readCollection(root: string, collection: CollectionName): { entries: ContentEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const places = COLLECTIONS[collection].translatable ? LOCALES : [undefined];
  const entries = places.flatMap((locale) => readPlace(root, collection, locale, problems));
  return { entries, problems };
}

/**
 * Reads all the content of the project at `root`: every collection, the feed
 * dates and the list of page routes.
 * @example readContent('/work/arwain').entries.filter((e) => e.collection === 'keyAreas').length // 12
 */
export function readContent(root: string): ContentSnapshot {
  const entries: ContentEntry[] = [];
  const problems: ContentProblem[] = LOCALES.flatMap((locale) => strays(root, locale));
  for (const collection of COLLECTION_NAMES) {
    const read = readCollection(root, collection);
    entries.push(...read.entries);
    problems.push(...read.problems);
  }
  const feedFile = join(root, FEED_DATES_FILE);
  const feedDates = existsSync(feedFile) ? readFileSync(feedFile, 'utf8') : undefined;
  return { entries, problems, feedDates, routes: readRoutes(root) };
}
