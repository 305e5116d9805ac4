import { z } from 'zod';
import { LOCALES } from '../../locales/locales';
import { markProblem } from '../marked-language';

/*
 * The glossary of the standards' terms (content/glossary.yaml): one Welsh term
 * for each English term, and the Welsh forms not to use. Shared by the build
 * (the glossary pages) and `npm run check` (the glossary check).
 */

/** Where a Welsh term comes from, so a reader can weigh it. */
export const GLOSSARY_BASES = ['termcymru', 'welsh-government', 'estyn', 'name', 'arwain'] as const;
/** How the glossary page groups the terms. */
export const GLOSSARY_GROUPS = ['people', 'organisations', 'practice', 'site'] as const;

const term = z.string().trim().min(1);

/** A note in both languages; words in the other language are marked {cy:…} or {en:…} (src/lib/content/marked-language.ts). */
const note = z
  .object({ en: term, cy: term })
  .strict()
  .superRefine((texts, context) => {
    for (const locale of LOCALES) {
      const problem = markProblem(texts[locale], locale);
      if (problem) context.addIssue({ code: 'custom', path: [locale], message: problem });
    }
  });

export const glossaryTermSchema = z
  .object({
    en: term,
    cy: term,
    cyPlural: term.optional(),
    group: z.enum(GLOSSARY_GROUPS),
    basis: z.enum(GLOSSARY_BASES),
    /** Welsh forms not to use for this term: each is flagged in Welsh text as a whole word or phrase, radical or mutated; “…” stands for one to three words. */
    avoid: z
      .array(term)
      .default([])
      .refine((forms) => new Set(forms.map((f) => f.toLowerCase())).size === forms.length, 'a form is listed twice')
      .refine((forms) => forms.every((form) => !/^…|…$|\S…|…\S/.test(form.trim())), 'a “…” (any one to three words) goes between two words, with a space either side'),
    note,
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** The whole file: terms keyed by an id (the English term as a slug). */
export const glossarySchema = z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is the English term as a slug, e.g. self-evaluation'), glossaryTermSchema);
