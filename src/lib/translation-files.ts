import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TranslationInput } from './translation-status.ts';

/*
 * Reads the content folders for the translation status, from disk, so that the
 * command line and the editors' page in the site report the same thing.
 */

/** The content folders that can be translated, and the file each entry is. */
export const TRANSLATABLE = [
  { collection: 'key-areas', pattern: /\.mdx$/ },
  { collection: 'case-studies', pattern: /\.mdx$/ },
  { collection: 'recommendations', pattern: /\.mdx$/ },
  { collection: 'pages', pattern: /\.mdx$/ },
  { collection: 'pathways', pattern: /\.mdx$/ },
  { collection: 'continuum', pattern: /^continuum\.yaml$/ },
] as const;

function frontmatter(text: string, file: string): Record<string, unknown> {
  if (file.endsWith('.yaml')) return (parse(text) ?? {}) as Record<string, unknown>;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? ((parse(match[1]!) ?? {}) as Record<string, unknown>) : {};
}

/** Every English entry with its Welsh translation's state, read from `contentDir`. */
export function readTranslationInputs(contentDir: string, locale = 'cy'): TranslationInput[] {
  return TRANSLATABLE.flatMap(({ collection, pattern }) => {
    // The continuum is one file beside the collections rather than a folder of entries.
    const folder = collection === 'continuum' ? '' : collection;
    const englishDir = join(contentDir, 'en', folder);
    if (!existsSync(englishDir)) return [];
    return readdirSync(englishDir)
      .filter((name) => pattern.test(name))
      .sort()
      .map((name): TranslationInput => {
        const englishText = readFileSync(join(englishDir, name), 'utf8');
        const translatedPath = join(contentDir, locale, folder, name);
        const translated = existsSync(translatedPath);
        const data = translated ? frontmatter(readFileSync(translatedPath, 'utf8'), name) : {};
        return {
          collection,
          slug: name.replace(/\.(mdx|yaml)$/, ''),
          englishText,
          translated,
          translation: data.translation as TranslationInput['translation'],
        };
      });
  });
}
