import type { ZodType } from 'zod';
import { caseStudySchema, continuumSchema, keyAreaSchema, pageSchema, pathwaySchema, recommendationSchema, sourceSchema } from '../schemas/content';

/*
 * The content collections: where each lives under `content/`, its schema, and
 * whether it is translated. Everything that reads content goes through this one
 * list: the build (src/content.config.ts), `npm run check`, the translation
 * status, the tests and the bench. Adding a collection is one entry here (and
 * its schema in src/schemas/content.ts).
 */

export interface CollectionDefinition {
  /**
   * Where the entries are, under `content/` (or `content/<locale>/` when the
   * collection is translatable): a folder with one file per entry, such as
   * `case-studies`, or one file that is the only entry, such as `continuum.yaml`.
   */
  path: string;
  layout: 'folder' | 'file';
  /** MDX files have YAML frontmatter and a body; YAML files are data only. */
  format: 'mdx' | 'yaml';
  /**
   * True when the collection exists per language (`content/en/…`, `content/cy/…`,
   * ids `en/<name>`), false when it is one set of files for the whole site
   * (`content/sources/…`, ids `<name>`).
   */
  translatable: boolean;
  schema: ZodType;
}

export const COLLECTIONS = {
  keyAreas: { path: 'key-areas', layout: 'folder', format: 'mdx', translatable: true, schema: keyAreaSchema },
  caseStudies: { path: 'case-studies', layout: 'folder', format: 'mdx', translatable: true, schema: caseStudySchema },
  recommendations: { path: 'recommendations', layout: 'folder', format: 'mdx', translatable: true, schema: recommendationSchema },
  pages: { path: 'pages', layout: 'folder', format: 'mdx', translatable: true, schema: pageSchema },
  pathways: { path: 'pathways', layout: 'folder', format: 'mdx', translatable: true, schema: pathwaySchema },
  continuum: { path: 'continuum.yaml', layout: 'file', format: 'yaml', translatable: true, schema: continuumSchema },
  sources: { path: 'sources', layout: 'folder', format: 'yaml', translatable: false, schema: sourceSchema },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The names of the collections, in the registry's order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** A collection that exists per language, and so has a translation status. */
export type TranslatableCollection = { [C in CollectionName]: (typeof COLLECTIONS)[C]['translatable'] extends true ? C : never }[CollectionName];

/** The collections that exist per language, in the registry's order. */
export const TRANSLATABLE = COLLECTION_NAMES.filter((name): name is TranslatableCollection => COLLECTIONS[name].translatable);

/** The file extension of a collection's entries, with its dot. */
export function extensionOf(name: CollectionName): string {
  return `.${COLLECTIONS[name].format}`;
}

/**
 * The name of a collection's entries in messages and in the translation status:
 * its folder, or its file without the extension.
 * @example folderOf('caseStudies') // 'case-studies'
 */
export function folderOf(name: CollectionName): string {
  return COLLECTIONS[name].path.replace(/\.[a-z]+$/, '');
}
