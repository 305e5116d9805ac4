import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { findContentProblems } from './check';
import { formatProblems, type ContentProblem } from './problems';
import { COLLECTIONS, type CollectionName } from './registry';
import { readContent, type ContentSnapshot } from './reader';

/*
 * The build's content loader: every collection is loaded from the same disk
 * reader as `npm run check`, and the same problem finder runs first, so the
 * build refuses exactly what the check reports, all at once, in the project's
 * own words (`file:line: field: message`), with no stack trace to bury them.
 */

/** A thrown error that Astro prints as its message alone: the problems, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    // The message names every file and line; a stack trace would only bury it.
    this.stack = '';
  }
}

/** The modification time and size of every file under the folders the check reads: a cheap "has anything changed". */
function fingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else parts.push(`${path}:${stats.mtimeMs}:${stats.size}`);
    }
  };
  for (const dir of ['content', 'src/pages']) if (existsSync(join(root, dir))) walk(join(root, dir));
  return parts.join('\n');
}

let latest: { key: string; snapshot: ContentSnapshot; problems: ContentProblem[]; reported: boolean } | undefined;

/** Reads and checks all the content once for all the collections' loaders, again only when a file changes. */
function readChecked(root: string) {
  const key = fingerprint(root);
  if (latest?.key !== key) {
    const snapshot = readContent(root);
    latest = { key, snapshot, problems: findContentProblems(snapshot), reported: false };
  }
  return latest;
}

async function store(collection: CollectionName, snapshot: ContentSnapshot, { store, parseData, generateDigest }: LoaderContext) {
  const entries = snapshot.entries.filter((e) => e.collection === collection);
  store.clear();
  for (const entry of entries) {
    const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.filePath });
    store.set({
      id: entry.id,
      data,
      ...(entry.body === undefined ? {} : { body: entry.body }),
      filePath: entry.filePath,
      digest: generateDigest(`${JSON.stringify(entry.data)}\n${entry.body ?? ''}`),
      // MDX is compiled when a page renders it, by @astrojs/mdx, as Astro's own glob() loader does.
      ...(COLLECTIONS[collection].format === 'mdx' ? { deferredRender: true } : {}),
    });
  }
}

/**
 * The loader of one collection of the registry.
 * @example defineCollection({ loader: contentLoader('caseStudies'), schema: caseStudySchema })
 */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'arwain-content',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const checked = readChecked(root);
      if (checked.problems.length > 0) throw new ContentError(checked.problems);
      await store(collection, checked.snapshot, context);
      // In `astro dev`, reload on any change; problems are shown once per change, and the last good content stays.
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(join(root, 'content'))) return;
        const next = readChecked(root);
        if (next.problems.length === 0) return void store(collection, next.snapshot, context);
        if (!next.reported) context.logger.error(formatProblems(next.problems));
        next.reported = true;
      });
    },
  };
}
