import { defineCollection } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { contentLoader } from './lib/content/loader';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './lib/content/registry';
import { glossaryTermSchema } from './lib/content/schemas/glossary';

/*
 * The content collections, one per entry of the registry (src/lib/content/registry.ts):
 * where each lives under `content/`, its schema (src/lib/content/schemas/content.ts) and whether
 * it is translated are defined there, once, for the build and `npm run check` alike.
 * Each is loaded by contentLoader, which stops the build on any content problem.
 * The glossary (content/glossary.yaml, many terms in one file) is not authored
 * content: `npm run check` checks it with the Welsh checks (src/lib/content/language-checks/glossary.ts).
 */

/** Each collection with its own schema's type, so `getCollection` gives typed data. */
type Collections = { [C in CollectionName]: { loader: Loader; schema: (typeof COLLECTIONS)[C]['schema'] } };

export const collections = {
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: contentLoader(name), schema: COLLECTIONS[name].schema })])) as Collections),
  glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryTermSchema }),
};
