import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { folderOf, TRANSLATABLE } from './registry';
import { readCollection, splitEntryId } from './reader';
import { DEFAULT_LOCALE } from '../locales/locales';
import type { TranslationInput } from './translation-status';

/*
 * Reads the translatable collections for the translation status, from disk with
 * the content reader, so that the command line and the editors' page in the site
 * report the same thing.
 */

/**
 * Every English entry with its translation's state, read from the project whose
 * content folder is `contentDir`.
 * @example readTranslationInputs('/work/arwain/content').find((i) => i.slug === 'about')?.translated // true
 */
export function readTranslationInputs(contentDir: string, locale = 'cy'): TranslationInput[] {
  const root = dirname(contentDir.replace(/[/\\]$/, ''));
  return TRANSLATABLE.flatMap((collection) => {
    const { entries } = readCollection(root, collection);
    const translations = new Map(entries.filter((e) => splitEntryId(e.id).locale === locale).map((e) => [splitEntryId(e.id).name, e]));
    return entries
      .filter((e) => splitEntryId(e.id).locale === DEFAULT_LOCALE)
      .map((english): TranslationInput => {
        const slug = splitEntryId(english.id).name;
        const translated = translations.get(slug);
        return {
          collection: folderOf(collection),
          slug,
          englishText: readFileSync(join(root, english.filePath), 'utf8'),
          translated: translated !== undefined,
          translation: translated?.data.translation as TranslationInput['translation'],
        };
      });
  });
}
