import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './problems';

/*
 * One content file's text read into data and body, remembering the line of every
 * field so that a problem can say where it is: `content/en/x.mdx:6: standards[1]: …`.
 * Pure (text in, data out); src/lib/content/reader.ts finds the files.
 */

/** Where things are in a file, by line (1-based), for messages. */
export interface SourceLines {
  /** The line of each field by its path, e.g. `title`, `standards[1]`, `stages[3].id`. */
  fields: Record<string, number>;
  /** The line the body starts on (MDX); 1 for YAML files. */
  body: number;
}

export interface ParsedSource {
  data: Record<string, unknown>;
  /** The MDX body without the frontmatter, trimmed as Astro gives it; undefined for YAML. */
  body?: string | undefined;
  lines: SourceLines;
}

const FRONTMATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)([\s\S]*)$/;

/**
 * A field's path as problems name it.
 * @example fieldPath(['knowledge-and-skills', 1, 'number']) // 'knowledge-and-skills[1].number'
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/**
 * The line of a field, or of the nearest field that contains it: a problem in
 * `standards[3]` of a one-line list is on the line of `standards`.
 */
export function lineOfField(lines: SourceLines, field: string): number | undefined {
  for (let path = field; path; path = path.replace(/(\[\d+\]|\.[^.[]+|^[^.[]+)$/, '')) {
    const line = lines.fields[path];
    if (line !== undefined) return line;
  }
  return undefined;
}

/** Records the line of every key and list item under `node`. */
function collectLines(node: unknown, path: PropertyKey[], lineOf: (offset: number) => number, into: Record<string, number>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const keyNode = pair.key as Node | null;
      const here = [...path, String(key)];
      if (keyNode?.range) into[fieldPath(here)] = lineOf(keyNode.range[0]);
      collectLines(pair.value, here, lineOf, into);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const here = [...path, index];
      const range = (item as Node | null)?.range;
      if (range) into[fieldPath(here)] = lineOf(range[0]);
      collectLines(item, here, lineOf, into);
    });
  }
}

/** Parses YAML that starts on line `firstLine` of its file. */
function parseYaml(text: string, file: string, firstLine: number): { data?: Record<string, unknown>; fields: Record<string, number>; problems: ContentProblem[] } {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => ({
      file,
      line: counter.linePos(error.pos[0]).line + firstLine - 1,
      field: 'frontmatter',
      message: `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. Check the indentation, and put quotes around text that contains a colon.`,
    }));
    return { fields: {}, problems };
  }
  const value: unknown = document.toJS();
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    return { fields: {}, problems: [{ file, line: firstLine, field: 'frontmatter', message: 'should be a set of fields such as "title: …", one per line.' }] };
  }
  const fields: Record<string, number> = {};
  collectLines(document.contents, [], (offset) => counter.linePos(offset).line + firstLine - 1, fields);
  return { data: (value ?? {}) as Record<string, unknown>, fields, problems: [] };
}

/**
 * Reads one content file: an MDX file's frontmatter and body, or a YAML file's
 * data. Returns the problems instead when it cannot be read.
 * @example parseSource('---\ntitle: A\n---\n\nText', 'mdx', 'content/en/pages/a.mdx').parsed?.lines.fields.title // 2
 */
export function parseSource(text: string, format: 'mdx' | 'yaml', file: string): { parsed?: ParsedSource; problems: ContentProblem[] } {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (format === 'yaml') {
    const { data, fields, problems } = parseYaml(normalised, file, 1);
    return data ? { parsed: { data, lines: { fields, body: 1 } }, problems } : { problems };
  }
  const match = FRONTMATTER.exec(normalised);
  if (!match) {
    return { problems: [{ file, line: 1, field: 'frontmatter', message: 'the file must start with a frontmatter block between two lines of "---"; see AUTHORING.md for a complete example.' }] };
  }
  const yamlText = match[1] ?? '';
  const { data, fields, problems } = parseYaml(yamlText, file, 2);
  if (!data) return { problems };
  const rest = match[2]!;
  // The body as Astro gives it (trimmed), and the line its first character is on.
  const leading = /^\s*/.exec(rest)![0];
  const bodyLine = yamlText.split('\n').length + (match[1] === undefined ? 2 : 3) + (leading.match(/\n/g)?.length ?? 0);
  return { parsed: { data, body: rest.trim(), lines: { fields, body: bodyLine } }, problems };
}
