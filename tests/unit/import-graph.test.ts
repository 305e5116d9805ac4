import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../fixtures/content';

/*
 * The arrows between the modules of src/, read from their import statements
 * (static, `import type` and `import()` alike; the frontmatter and scripts of
 * .astro files too), and the rules they must keep, so that the structure stays
 * as it was left:
 * - no circle of files, so each module can be understood, tested and loaded
 *   after what it needs;
 * - no UI module (components, features, layouts, templates, pages) imports a
 *   build integration (src/integrations/): the UI reads content and settings
 *   through the content pipeline;
 * - the review never imports the cohort view; the cohort may read the review's
 *   file format;
 * - pages and components read content only through the content pipeline
 *   (src/data/content.ts): no `getCollection`, no file reading of their own;
 * - a feature folder (src/features/<feature>/) is entered from another feature
 *   only where one builds on the other, each such pair written down with why;
 *   what many features share (the island kit, src/lib/, the dictionaries, the
 *   shared components) never imports a feature.
 */

const SRC = join(root, 'src');
const SOURCE = /\.(ts|mjs|js|astro)$/;
const EXTENSIONS = ['', '.ts', '.mjs', '.js', '.astro', '/index.ts', '/index.mjs'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return SOURCE.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
  });
}

/** The code of a module: an .astro file's frontmatter and scripts, or the whole file. */
function codeOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Every module name a file imports, as written. */
function specifiersOf(path: string): string[] {
  return ts.preProcessFile(codeOf(path), true, true).importedFiles.map((f) => f.fileName);
}

/** The file a relative specifier names, or undefined for a package or a non-source file. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return EXTENSIONS.map((ext) => base + ext).find((path) => SOURCE.test(path) && existsSync(path) && statSync(path).isFile());
}

const files = filesUnder(SRC);
const name = (path: string) => relative(root, path);
const graph = new Map(files.map((file) => [name(file), [...new Set(specifiersOf(file).flatMap((s) => resolveSpecifier(file, s) ?? []))].map(name)]));

/** The circles of files: strongly connected components of more than one file (or a file importing itself), by Tarjan's algorithm. */
function circles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) !== order.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || edges.get(node)?.includes(node)) found.push(component.sort());
  };
  for (const node of edges.keys()) if (!order.has(node)) visit(node);
  return found;
}

/** The arrows from files under one of `from` to files under one of `to`, as "a -> b". */
function arrows(from: string[], to: string[]): string[] {
  const under = (path: string, folders: string[]) => folders.some((folder) => path.startsWith(`src/${folder}/`));
  return [...graph].flatMap(([file, targets]) => (under(file, from) ? targets.filter((t) => under(t, to)).map((t) => `${file} -> ${t}`) : []));
}

const UI = ['components', 'features', 'layouts', 'templates', 'pages'];
/** The pipeline's modules that read content files from disk: only src/data/content.ts calls them for the pages. */
const DISK_READERS = ['src/lib/content/reader.ts', 'src/lib/content/source.ts', 'src/lib/content/translation-files.ts', 'src/lib/content/redirects.mjs'];

describe('the import graph of src/', () => {
  it('is read: the modules and their arrows are found', () => {
    // A guard on the reader itself, so the rules below cannot pass by reading nothing.
    expect(graph.get('src/features/review/keep/keep.ts')).toContain('src/islands/download.ts');
    expect(graph.get('src/pages/[...lang]/translation-status.astro')).toContain('src/data/content.ts');
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('has no circle of files', () => {
    expect(circles(graph).map((circle) => circle.join(' ⇄ '))).toEqual([]);
  });

  it('has no UI module importing a build integration', () => {
    expect(arrows(UI, ['integrations'])).toEqual([]);
  });

  it('has the review never importing the cohort view', () => {
    expect(arrows(['features/review', 'lib/review', 'features/review/durability'], ['features/cohort', 'features/cohort/model'])).toEqual([]);
  });

  it('has pages and components reading content only through the content pipeline (src/data/content.ts)', () => {
    const reading = files
      .filter((file) => UI.some((folder) => name(file).startsWith(`src/${folder}/`)) || (name(file).startsWith('src/data/') && name(file) !== 'src/data/content.ts'))
      .filter((file) => {
        const code = codeOf(file);
        const readers = graph.get(name(file))!.filter((target) => DISK_READERS.includes(target));
        return /\bgetCollection\b|\bgetEntry\b/.test(code) || readers.length > 0 || specifiersOf(file).some((s) => /^(node:)?fs(\/promises)?$/.test(s));
      });
    expect(reading.map(name)).toEqual([]);
  });
});

/** The feature a file belongs to (`src/features/<feature>/…`), or undefined. */
const featureOf = (path: string) => /^src\/features\/([^/]+)\//.exec(path)?.[1];

/**
 * Where one feature builds on another, each with why. Anything else two features share belongs in
 * the island kit (src/islands/) or in src/lib/; a new arrow fails here until it is one of those, or
 * is written down with its reason.
 */
const BUILDS_ON: Record<string, string> = {
  'cohort -> review': "the cohort reads what people share from the review: the review's page data (key areas, stages, renamed items) and the summary's level counts",
  'embed -> share': "an embed's snippet has the share feature's copy button (AddressScript.astro)",
  'mentor -> plan': "the mentor comments on a plan: it shows the plan's steps with the plan's fields, strings and edits",
  'mentor -> review': "the mentor's screens open inside the review (they use the review app) and its page reads the review's page data",
  'offline -> review': 'keeping the review for offline use hooks into the review app (keep-review.ts)',
  'plan -> review': "the plan's page is built from the review's page data (server-data.ts)",
  'review -> mentor': "the review's Keep screen holds the mentor's panels and loads their code when used",
  'review -> offline': 'the review keeps its statements for offline use (keep-review.ts)',
  'site-search -> offline': 'after a first search, search is kept for offline use (keep-offline.ts, loaded then)',
};

describe('the feature folders', () => {
  it('are entered from another feature only where one builds on the other', () => {
    const pairs = new Set(
      [...graph].flatMap(([file, targets]) => targets.filter((t) => featureOf(t) && featureOf(file) && featureOf(file) !== featureOf(t)).map((t) => `${featureOf(file)} -> ${featureOf(t)}`)),
    );
    expect([...pairs].sort()).toEqual(Object.keys(BUILDS_ON).sort());
  });

  it('are never imported by what many features share (the kit, src/lib, the dictionaries, the content pipeline, shared components)', () => {
    expect(arrows(['islands', 'lib', 'i18n', 'data', 'components'], ['features'])).toEqual([]);
  });
});
