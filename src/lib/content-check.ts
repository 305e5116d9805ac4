import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { ZodType } from 'zod';
import {
  caseStudySchema,
  continuumSchema,
  keyAreaSchema,
  pageSchema,
  pathwaySchema,
  recommendationSchema,
  sourceSchema,
} from '../schemas/content';
import {
  findEntryReferenceProblems,
  findReferenceProblems,
  findStandardsProblems,
  type ContentProblem,
  type KeyAreaFile,
} from './content-problems';
import { isItemNumber, parseItemNumber } from './item-number';
import { buildStandards, GROUPS } from './standards';

/*
 * `npm run check`: everything the build would refuse, found in a second or two
 * without building, and said so that the author can fix it: the file, the line
 * where there is one, the field, what is wrong and what would be right.
 */

export interface CheckProblem extends ContentProblem {
  line?: number | undefined;
}

const LOCALES = ['en', 'cy'] as const;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const FOLDERS: { folder: string; schema: ZodType }[] = [
  { folder: 'key-areas', schema: keyAreaSchema },
  { folder: 'case-studies', schema: caseStudySchema },
  { folder: 'recommendations', schema: recommendationSchema },
  { folder: 'pages', schema: pageSchema },
  { folder: 'pathways', schema: pathwaySchema },
];

/** Addresses the site itself uses: a page with one of these names would take its place. */
const RESERVED_PAGES = new Set(['standards', 'case-studies', 'recommendations', 'continuum', 'pathways', 'search', 'review', 'data', 'embed', 'translation-status', 'glossary', 'cy', 'en', 'pagefind', 'feed', '404']);

interface Entry {
  file: string;
  locale: string;
  folder: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** Line of each top-level frontmatter field. */
  lines: Map<string, number>;
}

function readEntry(path: string, file: string, yamlOnly: boolean, problems: CheckProblem[]): Omit<Entry, 'locale' | 'folder' | 'slug'> | undefined {
  const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  let yamlText = text;
  let offset = 0;
  let body = '';
  let bodyLine = 1;
  if (!yamlOnly) {
    const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(text);
    if (!match) {
      problems.push({ file, line: 1, field: 'frontmatter', message: 'the file must start with a frontmatter block between two lines of "---"; see AUTHORING.md for a complete example.' });
      return undefined;
    }
    yamlText = match[1]!;
    offset = 1;
    body = match[2]!;
    bodyLine = yamlText.split('\n').length + 3;
  }
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = (error.linePos?.[0]?.line ?? 0) + offset;
      problems.push({ file, line, field: 'frontmatter', message: `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. Check the indentation, and put quotes around text that contains a colon.` });
    }
    return undefined;
  }
  const lines = new Map<string, number>();
  yamlText.split('\n').forEach((l, i) => {
    const key = /^([A-Za-z][\w-]*):/.exec(l)?.[1];
    if (key && !lines.has(key)) lines.set(key, i + 1 + offset);
  });
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  return { file, data, body, bodyLine, lines };
}

function describeIssue(issue: { code: string; message: string; path: PropertyKey[]; keys?: string[]; expected?: unknown; values?: unknown[] }): string {
  if (issue.code === 'unrecognized_keys') return `is not a field of this collection (${issue.keys?.join(', ')}); check the spelling against AUTHORING.md.`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `is required but missing; add it (see AUTHORING.md).`;
  if (issue.code === 'invalid_value' && issue.values) return `${issue.message}; expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
  return `${issue.message}.`;
}

function validate(entry: Omit<Entry, 'locale' | 'folder' | 'slug'>, schema: ZodType, problems: CheckProblem[]): void {
  const result = schema.safeParse(entry.data);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const path = issue.path.length > 0 ? issue.path : ((issue as { keys?: string[] }).keys ?? []);
    const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('') || 'frontmatter';
    problems.push({ file: entry.file, line: entry.lines.get(String(path[0])), field, message: describeIssue(issue as Parameters<typeof describeIssue>[0]) });
  }
}

/** Reads every content file, reporting problems of shape as it goes. */
function readAll(contentDir: string, problems: CheckProblem[]): { entries: Entry[]; sources: Entry[]; continuum: Entry[] } {
  const entries: Entry[] = [];
  const continuum: Entry[] = [];
  for (const locale of LOCALES) {
    for (const { folder, schema } of FOLDERS) {
      const dir = join(contentDir, locale, folder);
      if (!existsSync(dir)) continue;
      const seen = new Map<string, string>();
      for (const name of readdirSync(dir).sort()) {
        const file = `content/${locale}/${folder}/${name}`;
        const slug = name.replace(/\.[^.]+$/, '');
        if (!name.endsWith('.mdx')) {
          problems.push({ file, field: 'file name', message: `is not an .mdx file, so it is not published; rename it to ${slug}.mdx.` });
          continue;
        }
        if (!SLUG.test(slug)) {
          problems.push({ file, field: 'file name', message: `"${slug}" becomes the page's address: use only lower-case letters, digits and single hyphens, e.g. "${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}".` });
        }
        const duplicate = seen.get(slug.toLowerCase());
        if (duplicate) problems.push({ file, field: 'file name', message: `has the same address as ${duplicate}; rename one of them.` });
        seen.set(slug.toLowerCase(), file);
        if (folder === 'pages' && RESERVED_PAGES.has(slug)) {
          problems.push({ file, field: 'file name', message: `would be published at /${slug}/, which the site already uses; choose another name.` });
        }
        const read = readEntry(join(dir, name), file, false, problems);
        if (!read) continue;
        validate(read, schema, problems);
        entries.push({ ...read, locale, folder, slug });
      }
    }
    const continuumPath = join(contentDir, locale, 'continuum.yaml');
    if (existsSync(continuumPath)) {
      const read = readEntry(continuumPath, `content/${locale}/continuum.yaml`, true, problems);
      if (read) {
        validate(read, continuumSchema, problems);
        continuum.push({ ...read, locale, folder: 'continuum', slug: 'continuum' });
      }
    }
  }
  const sources: Entry[] = [];
  const sourcesDir = join(contentDir, 'sources');
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir).sort().filter((n) => n.endsWith('.yaml'))) {
      const read = readEntry(join(sourcesDir, name), `content/sources/${name}`, true, problems);
      if (read) {
        validate(read, sourceSchema, problems);
        sources.push({ ...read, locale: 'en', folder: 'sources', slug: name.replace(/\.yaml$/, '') });
      }
    }
  }
  return { entries, sources, continuum };
}

function keyAreaFile(entry: Entry): KeyAreaFile {
  return {
    file: entry.file,
    slug: entry.slug,
    area: Number(entry.data.area),
    title: String(entry.data.title),
    groups: Object.fromEntries(GROUPS.map((g) => [g, Array.isArray(entry.data[g]) ? (entry.data[g] as { number: string; text: string }[]) : []])) as KeyAreaFile['groups'],
  };
}

/**
 * Checks a content folder: frontmatter against the schemas, file names, item
 * numbers, references between entries, translations, and links in the text.
 * @example checkContent('content') // [] when all is well
 */
export function checkContent(contentDir: string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const { entries, sources, continuum } = readAll(contentDir, problems);
  const english = (folder: string) => entries.filter((e) => e.locale === 'en' && e.folder === folder);

  const keyAreas = english('key-areas').map(keyAreaFile);
  problems.push(...findStandardsProblems(keyAreas));
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    problems.push(...findStandardsProblems(entries.filter((e) => e.locale === locale && e.folder === 'key-areas').map(keyAreaFile)));
  }
  const standards = buildStandards(keyAreas.filter((k) => GROUPS.every((g) => k.groups[g].every((i) => isItemNumber(i.number)))));

  const citing = entries.filter((e) => Array.isArray(e.data.standards));
  problems.push(
    ...findReferenceProblems(citing.map((e) => ({ file: e.file, field: 'standards', numbers: (e.data.standards as unknown[]).map(String) })), standards.byNumber).map((p) => ({
      ...p,
      line: citing.find((e) => e.file === p.file)?.lines.get('standards'),
    })),
  );

  const sourceIds = new Set(sources.map((s) => s.slug));
  const caseStudies = new Set(english('case-studies').map((e) => e.slug));
  const stages = new Set(((continuum.find((c) => c.locale === 'en')?.data.stages as { id: string }[] | undefined) ?? []).map((s) => s.id));
  const lineOf = (file: string, field: string) => [...entries, ...continuum].find((e) => e.file === file)?.lines.get(field);
  const refs = [...entries, ...continuum].flatMap((e) => {
    const list: Parameters<typeof findEntryReferenceProblems>[0] = [];
    for (const field of ['source', 'quotedIn']) {
      if (typeof e.data[field] === 'string') list.push({ file: e.file, field, kind: 'source (a file in content/sources/)', id: e.data[field] as string, known: sourceIds });
    }
    if (typeof e.data.caseStudy === 'string') list.push({ file: e.file, field: 'caseStudy', kind: 'case study', id: e.data.caseStudy, known: caseStudies });
    if (e.folder === 'pathways' && Array.isArray(e.data.stages)) {
      (e.data.stages as string[]).forEach((id, i) => list.push({ file: e.file, field: `stages[${i}]`, kind: 'continuum stage', id, known: stages }));
    }
    return list;
  });
  problems.push(...findEntryReferenceProblems(refs).map((p) => ({ ...p, line: lineOf(p.file, p.field.replace(/\[.*$/, '')) })));

  for (const entry of entries.filter((e) => e.locale !== 'en')) {
    if (!english(entry.folder).some((e) => e.slug === entry.slug)) {
      problems.push({ file: entry.file, field: 'file name', message: `has no English original content/en/${entry.folder}/${entry.slug}.mdx; a translation must have the same file name as its English original.` });
    }
  }

  // Links and citations in the text.
  const known = new Set([
    '/', '/standards/', '/case-studies/', '/recommendations/', '/continuum/', '/search/', '/review/', '/data/', '/translation-status/', '/glossary/',
    ...standards.keyAreas.map((k) => `/standards/${k.slug}/`),
    ...standards.items.map((i) => `/standards/${i.number}/`),
    ...english('case-studies').map((e) => `/case-studies/${e.slug}/`),
    ...english('recommendations').map((e) => `/recommendations/${e.slug}/`),
    ...english('pathways').map((e) => `/pathways/${e.slug}/`),
    ...english('pages').map((e) => `/${e.slug}/`),
  ]);
  for (const entry of entries) {
    entry.body.split('\n').forEach((text, index) => {
      const line = entry.bodyLine + index;
      for (const match of text.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)/g)) {
        const path = match[1]!.endsWith('/') ? match[1]! : `${match[1]}/`;
        if (!known.has(path.replace(/both\/$/, ''))) {
          problems.push({ file: entry.file, line, field: 'link', message: `"${match[1]}" is not a page of the site; link to an existing address such as /standards/1.14/ or /case-studies/, ending with "/".` });
        }
      }
      for (const match of text.matchAll(/<Standard\b[^>]*\bnumber=["']([^"']*)["']/g)) {
        const canonical = parseItemNumber(match[1]!)?.text;
        if (!canonical || !standards.byNumber.has(canonical)) {
          problems.push({ file: entry.file, line, field: '<Standard number>', message: `"${match[1]}" is not a statement or action in the standards; use a number from /standards/, such as "1.14" or "3.4a".` });
        }
      }
    });
  }
  return problems;
}

/**
 * Checks that every dictionary has every key of the English one, and nothing
 * else, so no interface text is missing in Welsh.
 */
export function checkDictionaries(dictionaries: Record<string, Record<string, unknown>>, fileOf: (locale: string, key: string) => string): CheckProblem[] {
  const english = dictionaries.en ?? {};
  return Object.entries(dictionaries)
    .filter(([locale]) => locale !== 'en')
    .flatMap(([locale, dictionary]) => [
      ...Object.keys(english)
        .filter((key) => !(key in dictionary))
        
        .map((key) => ({ file: fileOf(locale, key), field: key, message: `is missing: add it with the ${locale === 'cy' ? 'Welsh' : locale} for ${JSON.stringify(english[key])}.` })),
      ...Object.keys(dictionary)
        .filter((key) => !(key in english))
        .map((key) => ({ file: fileOf(locale, key), field: key, message: `is not in the English dictionary (${fileOf('en', key)}); add it there or remove it here.` })),
    ]);
}

/** One line per problem: `file:line: field: message`. */
export function formatCheckProblems(problems: CheckProblem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`).join('\n');
}
