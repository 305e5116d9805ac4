import { COLLECTIONS, extensionOf, TRANSLATABLE } from './registry';
import type { ContentProblem } from './problems';
import { lineOfField } from './source';
import type { ValidContent } from './validate';
import { DEFAULT_LOCALE } from '../locales/locales';
import { GROUPS } from './standards';

/*
 * A translation must match its English original where the site relies on it:
 * the same file name, the same key area with the same item numbers, the same
 * continuum stage ids in the same order. Everything else (the words) is the
 * translator's.
 */

/** Translations whose English original does not exist. */
function findOrphans(content: ValidContent): ContentProblem[] {
  return TRANSLATABLE.flatMap((collection) => {
    const english = new Set(content.of(collection, DEFAULT_LOCALE).map((e) => e.name));
    const { path, layout } = COLLECTIONS[collection];
    const original = (name: string) => `content/${DEFAULT_LOCALE}/${layout === 'file' ? path : `${path}/${name}${extensionOf(collection)}`}`;
    return content
      .of(collection)
      .filter((e) => e.locale !== DEFAULT_LOCALE && !english.has(e.name))
      .map((e) => ({
        file: e.entry.filePath,
        field: 'file name',
        message: `has no English original ${original(e.name)}; a translation must have the same file name as its English original.`,
      }));
  });
}

/** Translated key areas whose number or items differ from the English. */
function findKeyAreaDifferences(content: ValidContent): ContentProblem[] {
  const english = new Map(content.of('keyAreas', DEFAULT_LOCALE).map((e) => [e.name, e.data]));
  return content
    .of('keyAreas')
    .filter((e) => e.locale !== DEFAULT_LOCALE && english.has(e.name))
    .flatMap(({ entry, data, name }) => {
      const original = english.get(name)!;
      const problems: ContentProblem[] = [];
      if (data.area !== original.area) {
        problems.push({ file: entry.filePath, line: lineOfField(entry.lines, 'area'), field: 'area', message: `is ${data.area} but the English original is key area ${original.area}.` });
      }
      for (const group of GROUPS) {
        const want = original[group].map((i) => i.number).join(', ');
        const got = data[group].map((i) => i.number).join(', ');
        if (want !== got) {
          problems.push({
            file: entry.filePath,
            line: lineOfField(entry.lines, group),
            field: group,
            message: `has the numbers [${got}] but the English original has [${want}]; translate every item and keep its number.`,
          });
        }
      }
      return problems;
    });
}

/** Translated continuums whose stage ids differ from the English. */
function findStageDifferences(content: ValidContent): ContentProblem[] {
  const english = content.of('continuum', DEFAULT_LOCALE)[0];
  if (!english) return [];
  const want = english.data.stages.map((s) => s.id).join(', ');
  return content
    .of('continuum')
    .filter((e) => e.locale !== DEFAULT_LOCALE)
    .filter((e) => e.data.stages.map((s) => s.id).join(', ') !== want)
    .map(({ entry, data }) => ({
      file: entry.filePath,
      line: lineOfField(entry.lines, 'stages'),
      field: 'stages',
      message: `has the stage ids [${data.stages.map((s) => s.id).join(', ')}] but the English continuum has [${want}]; keep the ids and their order.`,
    }));
}

/**
 * Every way a translation fails to match its English original.
 * @example findTranslationProblems(validateAll(readContent(root).entries).valid) // [] when all is well
 */
export function findTranslationProblems(content: ValidContent): ContentProblem[] {
  return [...findOrphans(content), ...findKeyAreaDifferences(content), ...findStageDifferences(content)];
}
