import { describe, expect, it } from 'vitest';
import { cy } from '../../i18n/cy/index';
import { en } from '../../i18n/en/index';
import { addressOfEntry, CITING, COLLECTION_NAMES, definitionOf, FEED_DATED, folderOf, IN_FEED, TRANSLATABLE } from './registry';
import { siteAddresses } from './links';
import { SEARCH_PAGE_TYPES } from '../search-words/search-types';
import { readCollection } from '../../../tests/fixtures/content';

/*
 * The content registry is the one list of content types: what the check, the
 * links, the translation status, search and the feed derive from it must hold
 * for every entry, including one added later.
 */

describe('the content registry', () => {
  it('names every translatable collection for editors, in both languages', () => {
    for (const dictionary of [en, cy] as Record<string, unknown>[]) {
      for (const name of TRANSLATABLE) {
        const label = definitionOf(name).label;
        expect(label, name).toBeDefined();
        expect(dictionary[label!], `${label}`).toEqual(expect.any(String));
      }
    }
  });

  it('gives each citing collection a `standards` field in its schema', () => {
    expect(CITING).toEqual(expect.arrayContaining(['caseStudies', 'recommendations', 'pathways']));
    for (const name of CITING) {
      const shape = (definitionOf(name).schema as unknown as { shape?: Record<string, unknown> }).shape;
      expect(shape && 'standards' in shape, name).toBe(true);
    }
  });

  it('publishes entries at site paths, and the link check knows each entry’s page', () => {
    const entries = COLLECTION_NAMES.flatMap((name) => readCollection(definitionOf(name).translatable ? 'en' : undefined, folderOf(name)).map((entry) => ({ ...entry, collection: name })));
    const addresses = siteAddresses([], entries, []);
    for (const entry of entries) {
      const address = addressOfEntry(entry.collection, entry.slug);
      if (address === undefined) continue;
      expect(address).toMatch(/^\/([a-z0-9-]+\/)*$/);
      expect(addresses.has(address), address).toBe(true);
    }
    expect(addressOfEntry('sources', 'any-source')).toBeUndefined();
  });

  it('makes every search kind a choice in site search, named in both languages', () => {
    const kinds = COLLECTION_NAMES.flatMap((name) => definitionOf(name).search ?? []);
    expect(new Set(SEARCH_PAGE_TYPES)).toEqual(new Set(['standard', ...kinds]));
    for (const dictionary of [en, cy] as Record<string, unknown>[]) {
      for (const kind of SEARCH_PAGE_TYPES) expect(dictionary[`search.type.${kind}`], kind).toEqual(expect.any(String));
    }
  });

  it('puts only collections with pages and a search kind in the feed, dated ones in content/feed.yaml', () => {
    expect(FEED_DATED).toEqual(['caseStudies', 'recommendations']);
    for (const name of IN_FEED) {
      expect(definitionOf(name).address, name).toBeDefined();
      expect(definitionOf(name).search, name).toBeDefined();
    }
  });
});
