import { addressOfEntry } from './registry';
import type { ContentProblem } from './problems';
import { splitEntryId, type ContentEntry } from './reader';
import { DATA_FILE_NAMES } from '../open-data/export';
import { parseItemNumber } from './item-number';
import { LOCALES } from '../locales/locales';
import { paths, withoutLanguage } from '../locales/urls';

/*
 * The links and citations written in the text of MDX files: every site address
 * a link names must be a page of the site, and every `<Standard number>` a
 * statement or action. The addresses come from the page routes (src/pages) and
 * the entries (each collection's address is in the registry), so a new page,
 * entry or content type is known without a list to update.
 */

/** Top-level names the site uses besides its routes: the language prefixes and the build's own folders. */
const BUILT_NAMES = [...LOCALES, 'pagefind', '_astro'];

/** A route file's path without the language parameter and the extension: `[...lang]/case-studies/index.astro` → `case-studies/index`. */
function routePath(route: string): string {
  return route.replace(/^\[\.\.\.lang\]\//, '').replace(/\.(astro|ts|js|md|mdx)$/, '');
}

/**
 * The first part of every address the site's own routes use: a page of the
 * pages collection must not take one of these names.
 * @example reservedNames(['[...lang]/continuum.astro', '[...lang]/[page].astro']) // ['continuum', 'cy', 'en', …]
 */
export function reservedNames(routes: readonly string[]): Set<string> {
  const names = routes.map((route) => routePath(route).split('/')[0]!).filter((name) => !name.startsWith('[') && name !== 'index');
  return new Set([...names, ...BUILT_NAMES]);
}

/**
 * Every site address that a link in the text may name: the routes without
 * parameters, the data files, every entry's page and every item's page.
 */
export function siteAddresses(routes: readonly string[], entries: readonly ContentEntry[], itemNumbers: Iterable<string>): Set<string> {
  const fixed = routes
    .map(routePath)
    .filter((path) => !path.includes('[') && path !== '404')
    .map((path) => {
      const page = path.replace(/(^|\/)index$/, '');
      return /\.[a-z]+$/.test(page) ? `/${page}` : `/${page}/`.replace('//', '/');
    });
  // Where each collection's entries are published comes from the registry (src/lib/content/registry.ts).
  const pages = entries.flatMap((entry) => addressOfEntry(entry.collection, splitEntryId(entry.id).name) ?? []);
  return new Set([...fixed, ...DATA_FILE_NAMES.map((name) => `/data/${name}`), ...pages, ...[...itemNumbers].map(paths.item)]);
}

/** The line of the body a character is on. */
function lineAt(entry: ContentEntry, index: number): number {
  return entry.lines.body + (entry.body!.slice(0, index).match(/\n/g)?.length ?? 0);
}

/** Site addresses named by links: Markdown links and references, and `href` on tags. */
const LINKS = [/\]\((\/(?!\/)[^)\s]*)/g, /^[ \t]*\[[^\]]+\]:[ \t]*(\/(?!\/)\S*)/gm, /\bhref=\{?["'](\/(?!\/)[^"']*)["']/g];
const STANDARD = /<Standard\b[^>]*?\bnumber=\{?\s*["']([^"']*)["']/g;

/**
 * An address as the site serves it: no query or fragment; a page ends with "/",
 * a file (with an extension such as .xml, never an item number's .4a) does not.
 */
function normalise(address: string): string {
  const path = address.replace(/[?#].*$/, '');
  if (/\.[a-z][a-z0-9]*$/i.test(path) || path.endsWith('/')) return path;
  return `${path}/`;
}

/**
 * Links and `<Standard>` citations in an entry's text that lead nowhere.
 * @param addresses from `siteAddresses`
 * @param items the item numbers of the standards
 */
export function findBodyProblems(entry: ContentEntry, addresses: ReadonlySet<string>, items: { has(number: string): boolean }): ContentProblem[] {
  const body = entry.body;
  if (!body) return [];
  const problems: ContentProblem[] = [];
  for (const pattern of LINKS) {
    for (const match of body.matchAll(pattern)) {
      const path = withoutLanguage(normalise(match[1]!));
      if (addresses.has(path) || addresses.has(path.replace(/both\/$/, ''))) continue;
      problems.push({
        file: entry.filePath,
        line: lineAt(entry, match.index),
        field: 'link',
        message: `"${match[1]}" is not a page of the site; link to an existing address such as /standards/1.14/ or /case-studies/, ending with "/".`,
      });
    }
  }
  for (const match of body.matchAll(STANDARD)) {
    const canonical = parseItemNumber(match[1]!)?.text;
    if (canonical && items.has(canonical)) continue;
    problems.push({
      file: entry.filePath,
      line: lineAt(entry, match.index),
      field: '<Standard number>',
      message: `"${match[1]}" is not a statement or action in the standards; use a number from /standards/, such as "1.14" or "3.4a".`,
    });
  }
  return problems;
}
