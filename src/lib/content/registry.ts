import type { ZodType } from 'zod';
import type { MessageKey } from '../../i18n';
import { paths } from '../locales/urls';
import { caseStudySchema, continuumSchema, keyAreaSchema, pageSchema, pathwaySchema, recommendationSchema, sourceSchema } from './schemas/content';

/*
 * The content collections: where each lives under `content/`, its schema,
 * whether it is translated, where its entries are published, whether they cite
 * statements, what the site calls it, its type in site search and whether it is
 * in the news feed. Everything that reads content goes through this one list:
 * the build (src/content.config.ts), `npm run check` (citations, links, feed
 * dates), the translation status, site search, the feed, the tests and the
 * bench. Adding a collection is one entry here, its schema in
 * src/lib/content/schemas/content.ts, its names in the dictionaries and its page templates
 * (AUTHORING.md, "Add a content type").
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
  /** The site path of an entry's page, from its name; absent when the entries have no pages of their own. */
  address?: (name: string) => string;
  /** The site path of the page listing the entries, when there is one. */
  list?: () => string;
  /**
   * True when each entry lists, in its `standards` field, the statements and
   * actions it is about: the content check then stops the build, naming the
   * file and the field, when one of them does not exist.
   */
  cites?: boolean;
  /** The dictionary key naming the collection for editors (the translation status page); every translatable collection has one. */
  label?: MessageKey & `translationStatus.collection.${string}`;
  /** The kind of page its entries are in site search (a Pagefind filter value; its name is `search.type.<kind>`). */
  search?: string;
  /**
   * In the news feed (/feed.xml): `dated` entries need a date in content/feed.yaml
   * (the content check says when one is missing); `updated` entries are in it
   * only when their own `updated` field is set.
   */
  feed?: 'dated' | 'updated';
}

export const COLLECTIONS = {
  keyAreas: {
    path: 'key-areas',
    layout: 'folder',
    format: 'mdx',
    translatable: true,
    schema: keyAreaSchema,
    address: paths.keyArea,
    list: paths.standards,
    label: 'translationStatus.collection.key-areas',
    search: 'key-area',
  },
  caseStudies: {
    path: 'case-studies',
    layout: 'folder',
    format: 'mdx',
    translatable: true,
    schema: caseStudySchema,
    address: paths.caseStudy,
    list: paths.caseStudies,
    cites: true,
    label: 'translationStatus.collection.case-studies',
    search: 'case-study',
    feed: 'dated',
  },
  recommendations: {
    path: 'recommendations',
    layout: 'folder',
    format: 'mdx',
    translatable: true,
    schema: recommendationSchema,
    address: paths.recommendation,
    list: paths.recommendations,
    cites: true,
    label: 'translationStatus.collection.recommendations',
    search: 'recommendation',
    feed: 'dated',
  },
  pages: { path: 'pages', layout: 'folder', format: 'mdx', translatable: true, schema: pageSchema, address: paths.page, label: 'translationStatus.collection.pages', search: 'page', feed: 'updated' },
  pathways: {
    path: 'pathways',
    layout: 'folder',
    format: 'mdx',
    translatable: true,
    schema: pathwaySchema,
    address: paths.pathway,
    cites: true,
    label: 'translationStatus.collection.pathways',
    search: 'page',
  },
  continuum: {
    path: 'continuum.yaml',
    layout: 'file',
    format: 'yaml',
    translatable: true,
    schema: continuumSchema,
    address: paths.continuum,
    label: 'translationStatus.collection.continuum',
    search: 'page',
  },
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

/**
 * A collection's entry in the registry, with every field of the definition (absent ones undefined).
 * @example definitionOf('caseStudies').cites // true
 */
export function definitionOf(name: CollectionName): CollectionDefinition {
  return COLLECTIONS[name];
}

/** The collections whose entries cite statements and actions in their `standards` field. */
export const CITING = COLLECTION_NAMES.filter((name) => definitionOf(name).cites === true);

/** The collections in the news feed, in the registry's order. */
export const IN_FEED = COLLECTION_NAMES.filter((name) => definitionOf(name).feed !== undefined);

/** The collections in the news feed whose entries are dated in content/feed.yaml. */
export const FEED_DATED = COLLECTION_NAMES.filter((name) => definitionOf(name).feed === 'dated');

/**
 * The site path of an entry's page, or undefined when its collection has no pages.
 * @example addressOfEntry('caseStudies', 'rct-aspiring-leaders') // '/case-studies/rct-aspiring-leaders/'
 */
export function addressOfEntry(collection: CollectionName, name: string): string | undefined {
  return definitionOf(collection).address?.(name);
}
