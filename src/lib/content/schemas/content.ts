import { z } from 'zod';
import { isItemNumber } from '../item-number';
import { GROUPS, type GroupId } from '../standards';

/*
 * The only definition of every content field. The collections that use them
 * are listed in src/lib/content/registry.ts, which the build and `npm run check`
 * share; the checks that span entries (item numbers, references, translations,
 * links) are in src/lib/content/check.ts.
 */

const itemNumber = z.string().refine(isItemNumber, {
  message: 'expected an item number such as "1.14" (a statement) or "3.4a" (an action)',
});

/** Item numbers that an entry cites; at least one, each once. */
const citedStandards = z
  .array(itemNumber)
  .min(1, 'cite at least one statement or action, e.g. ["3.4a"]')
  .refine((numbers) => new Set(numbers).size === numbers.length, 'an item number is listed twice');

/**
 * The state of a Welsh (or other non-English) version. `englishHash` records the
 * English text it was translated from, so tooling can tell when it is out of date.
 * A translation is `reviewed` only when a named person signed it off on a date:
 * `reviewedBy` and `reviewedOn` go with that status, and only with it, so the
 * draft notice comes down on a page only once someone has put their name to it.
 */
const translation = z
  .object({
    status: z.enum(['draft', 'reviewed']),
    englishHash: z.string().optional(),
    /** Who reviewed the translation against the English (a name, as it should be shown). */
    reviewedBy: z.string().trim().min(1).optional(),
    /** When they signed it off (YYYY-MM-DD). */
    reviewedOn: z.coerce.date().optional(),
  })
  .strict()
  .superRefine((value, context) => {
    const reviewed = value.status === 'reviewed';
    const needs = { reviewedBy: 'the reviewer’s name, e.g. reviewedBy: "Siân Jones"', reviewedOn: 'the date of sign-off, e.g. reviewedOn: 2026-12-01' } as const;
    for (const field of ['reviewedBy', 'reviewedOn'] as const) {
      if (reviewed && value[field] === undefined) context.addIssue({ code: 'custom', path: [field], message: `a reviewed translation records ${needs[field]}` });
      if (!reviewed && value[field] !== undefined)
        context.addIssue({ code: 'custom', path: [field], message: 'only a reviewed translation records a reviewer; set status: reviewed, or remove this field' });
    }
  });

const item = z.object({ number: itemNumber, text: z.string().min(1) }).strict();

/** The four groups of items, each a list of `{ number, text }`. */
const groups = Object.fromEntries(GROUPS.map((group) => [group, z.array(item)])) as Record<GroupId, z.ZodArray<typeof item>>;

export const keyAreaSchema = z
  .object({
    area: z.number().int().min(1).max(6),
    title: z.string().min(1),
    translation: translation.optional(),
    ...groups,
  })
  .strict();

const sourceId = z.string().min(1);

export const caseStudySchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    /** The publication the case study is drawn from: a file name in `content/sources/`. */
    source: sourceId,
    /** Who the case study is about: a school, local authority, consortium or inspectorate. */
    subject: z.string().min(1),
    standards: citedStandards,
    translation: translation.optional(),
  })
  .strict();

export const recommendationSchema = z
  .object({
    title: z.string().min(1),
    /** The source's own label, e.g. "R6"; omitted where the source numbers nothing. */
    code: z.string().optional(),
    source: sourceId,
    /** Where the recommendation is quoted, when that is not its source. */
    quotedIn: sourceId.optional(),
    audience: z.enum(['national', 'local-authorities-and-consortia', 'schools']),
    /** The source's own words for whom it addresses, e.g. "Local authorities should:". */
    addressedTo: z.string().min(1),
    /** Order within its source. */
    order: z.number().int().min(1),
    standards: citedStandards,
    caseStudy: z.string().optional(),
    translation: translation.optional(),
  })
  .strict();

export const pageSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** When the page was last reviewed, shown as "last updated". */
    updated: z.coerce.date().optional(),
    translation: translation.optional(),
  })
  .strict();

export const pathwaySchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    kind: z.enum(['role', 'topic']),
    order: z.number().int().min(1),
    /** Continuum stages this role covers: ids from the continuum. */
    stages: z.array(z.string()).default([]),
    standards: citedStandards,
    translation: translation.optional(),
  })
  .strict();

export const continuumSchema = z
  .object({
    title: z.string().min(1),
    /** Where the continuum comes from: a file name in `content/sources/`. */
    source: sourceId,
    stages: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), description: z.string().min(1) }).strict()).length(12, 'the CSC Leadership Continuum has twelve stages'),
    translation: translation.optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    /** The year or full date of publication, as far as the source gives it. */
    published: z.union([z.number().int().min(1900).max(2100), z.coerce.date()]).optional(),
    author: z.string().optional(),
    url: z.url().optional(),
    /**
     * The title and publisher in Welsh, shown on Welsh pages: the publication's or
     * organisation's own Welsh name where it has one, else a translation (the
     * original title is shown beside it). Leave out what stays the same (Estyn).
     */
    cy: z
      .object({
        title: z.string().min(1).optional(),
        publisher: z.string().min(1).optional(),
        /** The address of the publisher's own Welsh version of this publication, where it has one. */
        url: z.url().optional(),
        /**
         * Where the exact address of the Welsh version is not known: the publisher's
         * Welsh website, where it is found by its Welsh title (so `title` is needed).
         */
        site: z.url().optional(),
      })
      .strict()
      .superRefine((value, context) => {
        if (value.url && value.site) context.addIssue({ code: 'custom', path: ['site'], message: 'give the Welsh version’s own address (url) or the publisher’s Welsh site (site), not both' });
        if ((value.url || value.site) && !value.title) context.addIssue({ code: 'custom', path: ['title'], message: 'a Welsh version is named by its Welsh title; add cy.title' });
      })
      .optional(),
    /** What kind of document it is; the words for each are in the locale dictionaries. */
    kind: z.enum(['thematic-report', 'survey-report', 'effective-practice', 'slide-deck', 'draft-standards', 'policy-review']),
  })
  .strict();
