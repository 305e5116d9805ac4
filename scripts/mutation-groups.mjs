// @ts-check
/*
 * The modules under mutation testing (`npm run test:mutation`), in groups that are run one at a
 * time: the pure logic whose mistakes would cost a person their work or tell too much about them.
 */

/** @type {Record<string, string[]>} */
export const MUTATION_GROUPS = {
  /** The CSV writer's guard against formula injection, and its quoting. */
  csv: ['src/lib/open-data/csv.ts'],
  /** A person's reviews: the model, its validator, the file format and the browser's storage. */
  review: ['src/lib/review/model.ts', 'src/lib/review/schema.ts', 'src/lib/review/storage-format.ts', 'src/lib/review/local-store.ts'],
  /** The cohort's figures and the small-cell (disclosure) rule. */
  cohort: ['src/features/cohort/model/aggregate.ts', 'src/features/cohort/model/small-cells.ts', 'src/features/cohort/model/disclosure.ts'],
  /** Word matching for the filter and search, and Welsh mutations. */
  words: ['src/lib/search-words/word-match.ts', 'src/lib/search-words/words.ts', 'src/lib/search-words/welsh-mutations.ts'],
  /** The content checks of `npm run check` and the build. */
  checks: ['src/lib/content/check.ts', 'src/lib/content/language-checks/*.ts'],
};
