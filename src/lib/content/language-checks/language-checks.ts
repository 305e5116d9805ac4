import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import { parse } from 'yaml';
import type { Message } from '../../../i18n/messages';
import { mutationsOf } from '../../search-words/welsh-mutations';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary';
import type { ContentProblem as CheckProblem } from '../problems';
import { compileGlossary, findVariantUses, glossaryConflicts } from './glossary';
import { prose, type ProseKind } from './prose';
import { createSpeller, findUnknownWords, parseAllowList, type Speller, type SpellingDictionary } from './spelling';
import { findMutationSlips } from './mutation-slips';
import { numeralProblems } from './welsh-numerals';

/*
 * The language gates of `npm run check`, reading the files: the glossary check
 * and the mutation slips over the Welsh content and interface, the numeral rule
 * over the Welsh dictionary, and spelling in both languages, each against its
 * reviewed allow-list. The rules themselves are the pure modules beside this one.
 */

export const GLOSSARY_FILE = 'content/glossary.yaml';
export const ALLOW_LIST = { cy: 'content/spelling/allow-cy.txt', en: 'content/spelling/allow-en.txt' } as const;
/** How many unknown words get suggestions: suggesting is slow in a large dictionary. */
const SUGGESTIONS = 15;

interface ProseFile {
  file: string;
  text: string;
}

function filesUnder(root: string, folder: string, pattern: RegExp): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(folder, name).replace(/\\/g, '/'));
}

/** The prose of every file of one language: its content and, for Welsh, its interface dictionary. */
function proseFiles(root: string, locale: 'en' | 'cy'): ProseFile[] {
  const files = [...filesUnder(root, `content/${locale}`, /\.(mdx|ya?ml)$/), ...(locale === 'cy' ? filesUnder(root, 'src/i18n/cy', /^(?!index)\w[\w-]*\.ts$/) : [])];
  return files.map((file) => {
    const kind: ProseKind = file.endsWith('.ts') ? 'ts' : file.endsWith('.mdx') ? 'mdx' : 'yaml';
    return { file, text: prose(readFileSync(join(root, file), 'utf8'), kind, locale) };
  });
}

/** Reads and validates the glossary; its problems are reported like any content problem. */
export function readGlossary(root: string, problems: CheckProblem[]): Record<string, GlossaryTerm> {
  const result = glossarySchema.safeParse(parse(readFileSync(join(root, GLOSSARY_FILE), 'utf8')));
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file: GLOSSARY_FILE, field: issue.path.join('.'), message: issue.message });
    return {};
  }
  for (const conflict of glossaryConflicts(result.data)) problems.push({ file: GLOSSARY_FILE, field: conflict.id, message: conflict.message });
  return result.data;
}

function glossaryProblems(files: ProseFile[], terms: Record<string, GlossaryTerm>): CheckProblem[] {
  const glossary = compileGlossary(Object.values(terms));
  return files.flatMap(({ file, text }) =>
    findVariantUses(text, glossary).map((use) => ({
      file,
      line: use.line,
      field: 'glossary',
      message: `"${use.found}": the glossary's term for "${use.en}" is "${use.preferred}" (mutated as the sentence needs), not "${use.variant}"; see ${GLOSSARY_FILE}.`,
    })),
  );
}

function spellingProblems(files: ProseFile[], speller: Speller, locale: 'en' | 'cy', suggest: boolean): CheckProblem[] {
  const language = locale === 'cy' ? 'Welsh' : 'English';
  const problems: CheckProblem[] = [];
  const unknown = new Set<string>();
  for (const { file, text } of files) {
    for (const { line, word } of findUnknownWords(text, speller)) {
      const suggestions = suggest && unknown.size < SUGGESTIONS && !unknown.has(word) ? speller.suggest(word).slice(0, 3) : [];
      unknown.add(word);
      const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '.';
      problems.push({ file, line, field: 'spelling', message: `"${word}" is not in the ${language} dictionary${hint}` });
    }
  }
  if (unknown.size > 0) {
    problems.push({
      file: ALLOW_LIST[locale],
      field: 'spelling',
      message: `${unknown.size} ${language} word${unknown.size === 1 ? '' : 's'} not in the dictionary: ${[...unknown].join(' ')}. Correct the misspelt ones; add any that are right (a name, an acronym, the source's own spelling) to this file, with a comment saying why.`,
    });
  }
  return problems;
}

/**
 * The hunspell dictionary of a language, loaded into nspell: Bangor's hunspell-cy
 * (npm dictionary-cy) for Welsh, dictionary-en-gb for English. Welsh takes a
 * few seconds to load.
 * @example (await hunspell('cy')).correct('Nghymru') // true
 */
export async function hunspell(locale: 'en' | 'cy'): Promise<SpellingDictionary> {
  const { aff, dic } = locale === 'cy' ? (await import('dictionary-cy')).default : (await import('dictionary-en-gb')).default;
  return nspell({ aff: Buffer.from(aff), dic: Buffer.from(dic) });
}

async function speller(locale: 'en' | 'cy', root: string, loaded?: SpellingDictionary): Promise<Speller> {
  const allowed = existsSync(join(root, ALLOW_LIST[locale])) ? parseAllowList(readFileSync(join(root, ALLOW_LIST[locale]), 'utf8')) : new Set<string>();
  // A Welsh word allowed is allowed mutated too: "gellir" allows "ellir".
  if (locale === 'cy') for (const word of [...allowed]) for (const form of mutationsOf(word)) allowed.add(form);
  return createSpeller(loaded ?? (await hunspell(locale)), allowed);
}

/**
 * Every language problem in the project at `root`: glossary, mutation slips,
 * the numeral rule (over `cyDictionary`, naming files with `fileOf`), and
 * spelling in Welsh and English.
 * @example await checkLanguages(process.cwd(), { cyDictionary: cy, fileOf: (locale, key) => `src/i18n/${locale}/core.ts` }) // [] when all is well
 */
export async function checkLanguages(
  root: string,
  options: {
    cyDictionary: Record<string, Message>;
    fileOf: (locale: string, key: string) => string;
    /** Hunspell dictionaries already loaded (by `hunspell`), to spare loading them again. */
    hunspell?: { cy: SpellingDictionary; en: SpellingDictionary };
    /** Suggest corrections for the first unknown words (the default); slow in a large dictionary. */
    suggest?: boolean;
  },
): Promise<CheckProblem[]> {
  const problems: CheckProblem[] = [];
  const terms = readGlossary(root, problems);
  const welsh = proseFiles(root, 'cy');
  const english = proseFiles(root, 'en');
  const [cySpeller, enSpeller] = await Promise.all([speller('cy', root, options.hunspell?.cy), speller('en', root, options.hunspell?.en)]);
  problems.push(...glossaryProblems(welsh, terms));
  for (const { file, text } of welsh) {
    const slips = findMutationSlips(text, (word) => cySpeller.isKnown(word));
    problems.push(...slips.map((slip) => ({ file, line: slip.line, field: 'mutation', message: slip.message })));
  }
  for (const [key, message] of Object.entries(options.cyDictionary)) {
    problems.push(...numeralProblems(message).map((problem) => ({ file: options.fileOf('cy', key), field: key, message: `numeral rule: ${problem}; see src/lib/content/language-checks/welsh-numerals.ts.` })));
  }
  const suggest = options.suggest ?? true;
  problems.push(...spellingProblems(welsh, cySpeller, 'cy', suggest), ...spellingProblems(english, enSpeller, 'en', suggest));
  return problems;
}
