import type { GlossaryTerm } from '../schemas/glossary';
import { mutationsOf } from '../../search-words/welsh-mutations';
import { positionOf } from './prose';

/*
 * The glossary check: finds, in Welsh prose, the forms the glossary says not to
 * use ("hunanwerthusiad" for self-evaluation) and names the glossary's term.
 * A form is found only as a whole word or phrase, in any case, with its first
 * word radical or mutated ("hunanwerthusiad" and "chyfranogiad" are found,
 * "hunanwerthusiadol" is not), so that a right word that merely contains a
 * listed one is never flagged. A "…" in a listed form stands for one to three
 * words, so a phrase is caught with words in its middle ("gwelliant … yn yr
 * ysgol" catches "gwelliant parhaol yn yr ysgol").
 */

/** One use of a form the glossary says not to use. */
export interface VariantUse {
  line: number;
  column: number;
  /** The text as written. */
  found: string;
  /** The form it is (before mutation), as listed under `avoid`. */
  variant: string;
  /** The glossary's Welsh term. */
  preferred: string;
  /** The English term, to say which term is meant. */
  en: string;
}

interface CompiledVariant {
  pattern: RegExp;
  variant: string;
  term: Pick<GlossaryTerm, 'en' | 'cy'>;
}

/** A glossary made ready for searching text: build it once, use it on every file. */
export type CompiledGlossary = readonly CompiledVariant[];

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
/** One word, with its apostrophes and hyphens ("gwella’r", "is-bennaeth"). */
const WORD = `${LETTER}+(?:['’-]${LETTER}+)*['’]?`;
/** The mark, in a listed form, for one to three words of any kind. */
export const ANY_WORDS = '…';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase's forms: its first word radical, then soft, nasal, aspirate mutated, and with h- before a vowel. */
function formsOf(phrase: string): string[] {
  const [first = '', ...rest] = phrase.trim().split(/\s+/);
  return [first, ...mutationsOf(first)].map((word) => [word, ...rest].join(' '));
}

/**
 * Makes the glossary's avoided forms into patterns: whole words or phrases, any
 * case, any run of white space (including a line break) between words.
 * @example compileGlossary([{ en: 'self-evaluation', cy: 'hunanwerthuso', avoid: ['hunanwerthusiad'] }])
 */
export function compileGlossary(terms: readonly Pick<GlossaryTerm, 'en' | 'cy' | 'avoid'>[]): CompiledGlossary {
  return terms.flatMap((term) =>
    term.avoid.map((variant) => {
      const alternatives = formsOf(variant).map((form) =>
        form
          .split(' ')
          .map((word) => (word === ANY_WORDS ? `${WORD}(?:\\s+${WORD}){0,2}` : escape(word)))
          .join('\\s+'),
      );
      return {
        pattern: new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})(?!${LETTER})`, 'giu'),
        variant,
        term: { en: term.en, cy: term.cy },
      };
    }),
  );
}

/**
 * Every use of an avoided form in a text (prose already stripped of markup, see
 * `prose`), in order of position.
 * @example findVariantUses('Mae hunanwerthusiad yn bwysig.', glossary) // [{ line: 1, column: 5, found: 'hunanwerthusiad', preferred: 'hunanwerthuso', … }]
 */
export function findVariantUses(text: string, glossary: CompiledGlossary): VariantUse[] {
  const uses: (VariantUse & { offset: number })[] = [];
  for (const { pattern, variant, term } of glossary) {
    for (const match of text.matchAll(pattern)) {
      uses.push({ offset: match.index, ...positionOf(text, match.index), found: match[0].replace(/\s+/g, ' '), variant, preferred: term.cy, en: term.en });
    }
  }
  return uses.sort((a, b) => a.offset - b.offset).map(({ offset: _offset, ...use }) => use);
}

/**
 * What is wrong across the glossary's entries: an English or Welsh term given
 * twice, or an avoided form (radical or mutated) that is some entry's own term,
 * which the check would then flag wherever that term is used.
 * @example glossaryConflicts({ a: { en: 'x', cy: 'llesiant', avoid: [] }, b: { en: 'y', cy: 'lles', avoid: ['llesiant'] } }) // one conflict
 */
export function glossaryConflicts(terms: Readonly<Record<string, Pick<GlossaryTerm, 'en' | 'cy' | 'cyPlural' | 'avoid'>>>): { id: string; message: string }[] {
  const conflicts: { id: string; message: string }[] = [];
  const seen = { en: new Map<string, string>(), cy: new Map<string, string>() };
  for (const [id, term] of Object.entries(terms)) {
    for (const language of ['en', 'cy'] as const) {
      const key = term[language].toLowerCase();
      const other = seen[language].get(key);
      if (other) conflicts.push({ id, message: `"${term[language]}" is also the ${language === 'en' ? 'English' : 'Welsh'} term of "${other}"; one term, one entry.` });
      seen[language].set(key, id);
    }
  }
  const glossary = compileGlossary(Object.values(terms));
  for (const [id, term] of Object.entries(terms)) {
    for (const own of [term.cy, term.cyPlural].filter((t): t is string => t !== undefined)) {
      for (const use of findVariantUses(own, glossary)) {
        conflicts.push({ id, message: `its term "${own}" contains "${use.found}", which the entry "${use.en}" lists under avoid; the check would flag the right term.` });
      }
    }
  }
  return conflicts;
}
