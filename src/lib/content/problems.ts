import { isItemNumber, parseItemNumber } from './item-number';
import { GROUPS, kindOfGroup, type KeyAreaSource } from './standards';

/**
 * One thing wrong with the content, phrased for the person who wrote it:
 * which file (and line, where there is one), which field, what was found and
 * what was expected.
 */
export interface ContentProblem {
  /** The file, relative to the project root: `content/en/case-studies/x.mdx`. */
  file: string;
  line?: number | undefined;
  field: string;
  message: string;
}

/** A key area with the file it came from. */
export interface KeyAreaFile extends KeyAreaSource {
  file: string;
}

/** A field of some entry that cites standards by item number. */
export interface StandardsReference {
  file: string;
  field: string;
  numbers: string[];
}

/** A field of some entry that names another entry by id. */
export interface EntryReference {
  file: string;
  field: string;
  /** What kind of entry is expected, in words: "case study", "source". */
  kind: string;
  id: string;
  known: ReadonlySet<string>;
}

/**
 * Checks the key areas of one language against each other: every number is
 * well formed, belongs to its key area and group, and appears once.
 */
export function findStandardsProblems(keyAreas: KeyAreaFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seenAreas = new Map<number, string>();
  const seenNumbers = new Map<string, string>();
  for (const keyArea of keyAreas) {
    const earlier = seenAreas.get(keyArea.area);
    if (earlier) {
      problems.push({ file: keyArea.file, field: 'area', message: `key area ${keyArea.area} is also defined in ${earlier}; each key area number must be used once.` });
    }
    seenAreas.set(keyArea.area, keyArea.file);
    for (const group of GROUPS) {
      keyArea.groups[group].forEach((item, index) => {
        const field = `${group}[${index}].number`;
        const parsed = parseItemNumber(item.number);
        if (!parsed) {
          problems.push({ file: keyArea.file, field, message: `"${item.number}" is not an item number; expected a number such as "${keyArea.area}.4" (statement) or "${keyArea.area}.4a" (action).` });
          return;
        }
        if (parsed.area !== keyArea.area) {
          problems.push({ file: keyArea.file, field, message: `"${item.number}" belongs to key area ${parsed.area}, but this file is key area ${keyArea.area}.` });
        }
        const expectedKind = kindOfGroup(group);
        if (parsed.kind !== expectedKind) {
          const hint = expectedKind === 'action' ? `actions end in "a", e.g. "${keyArea.area}.1a"` : `statements have no "a", e.g. "${keyArea.area}.1"`;
          problems.push({ file: keyArea.file, field, message: `"${item.number}" is ${parsed.kind === 'action' ? 'an action' : 'a statement'} but is listed under ${group}; ${hint}.` });
        }
        const duplicate = seenNumbers.get(parsed.text);
        if (duplicate) {
          problems.push({ file: keyArea.file, field, message: `"${parsed.text}" is used twice (also at ${duplicate}); each item number must be unique.` });
        }
        seenNumbers.set(parsed.text, `${keyArea.file} ${field}`);
      });
    }
  }
  return problems;
}

/**
 * Checks that every cited item number exists in the standards.
 * @param known the item numbers of the standards, e.g. `standards.byNumber`
 */
export function findReferenceProblems(references: StandardsReference[], known: { has(number: string): boolean }): ContentProblem[] {
  return references.flatMap(({ file, field, numbers }) =>
    numbers.flatMap((number, index): ContentProblem[] => {
      const at = `${field}[${index}]`;
      if (!isItemNumber(number)) {
        return [{ file, field: at, message: `"${number}" is not an item number; expected a statement such as "1.14" or an action such as "3.4a".` }];
      }
      const canonical = parseItemNumber(number)!.text;
      if (!known.has(canonical)) {
        return [{ file, field: at, message: `"${number}" is not a statement or action in the standards; check the number against /standards/.` }];
      }
      return [];
    }),
  );
}

/** Checks that every id naming another entry names one that exists. */
export function findEntryReferenceProblems(references: EntryReference[]): ContentProblem[] {
  return references
    .filter((ref) => !ref.known.has(ref.id))
    .map((ref) => ({
      file: ref.file,
      field: ref.field,
      message: `there is no ${ref.kind} "${ref.id}"; expected one of: ${[...ref.known].sort().join(', ')}.`,
    }));
}

/**
 * One problem as a line: `file:line: field: message`.
 * @example formatProblem({ file: 'a.mdx', line: 3, field: 'title', message: 'is missing.' }) // 'a.mdx:3: title: is missing.'
 */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`;
}

/**
 * Problems as `npm run check` and the build print them: a count, then one
 * indented line per problem, file first.
 * @example formatProblems([{ file: 'a.mdx', field: 'title', message: 'is missing.' }]) // 'The content has 1 problem:\n  a.mdx: title: is missing.'
 */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ${formatProblem(p)}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** Problems in reading order: by file, then by line (a problem without a line first). */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
