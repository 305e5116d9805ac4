/*
 * The prose of a content or dictionary file, for the language checks (spelling,
 * glossary): everything that is not words a reader sees in the file's language
 * is blanked out with spaces, so every remaining character keeps its line and
 * column and a problem can name the exact place. Blanked: frontmatter keys and
 * the values of identifier fields (source, standards, kind …), YAML comments,
 * MDX/HTML tags except their prose attributes (title, by, alt), code, URLs,
 * e-mail addresses, placeholders such as {count}, and every element marked as
 * another language (lang="en" on a Welsh page): that text is checked in its
 * own language or not at all.
 */

/** The kinds of file the checks read: MDX with frontmatter, YAML data, TypeScript dictionaries. */
export type ProseKind = 'mdx' | 'yaml' | 'ts';

/** Frontmatter and YAML fields whose values are prose; every other field holds identifiers. */
const PROSE_FIELDS = new Set(['title', 'summary', 'description', 'subject', 'addressedTo', 'text', 'name']);
/** Attributes of MDX components and HTML elements whose values are prose. */
const PROSE_ATTRIBUTES = new Set(['title', 'by', 'alt', 'caption']);

/** Replaces every character but line breaks in [start, end) with a space. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i += 1) if (chars[i] !== '\n') chars[i] = ' ';
}

function blankMatches(chars: string[], text: string, pattern: RegExp): void {
  for (const match of text.matchAll(pattern)) blank(chars, match.index, match.index + match[0].length);
}

/**
 * Blanks the keys of YAML lines and the values of identifier fields, keeping the
 * values of prose fields (and their continuation lines). Comments are blanked.
 */
function maskYamlLines(chars: string[], text: string, from: number, to: number): void {
  let offset = from;
  let inProse = false;
  for (const line of text.slice(from, to).split('\n')) {
    const field = /^\s*(?:-\s+)?([A-Za-z][\w-]*):(?=\s|$)/.exec(line);
    if (field) {
      inProse = PROSE_FIELDS.has(field[1]!);
      blank(chars, offset, offset + (inProse ? field[0].length : line.length));
    } else if (!inProse || /^\s*(?:#|$)/.test(line)) {
      blank(chars, offset, offset + line.length);
    }
    const comment = /\s#\s.*$/.exec(line);
    if (comment) blank(chars, offset + comment.index, offset + line.length);
    offset += line.length + 1;
  }
}

/** The end of the element that starts with the opening tag at `start`, counting nested elements of the same name. */
function elementEnd(text: string, name: string, afterOpening: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, 'g');
  tags.lastIndex = afterOpening;
  let depth = 1;
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    if (match[2] === '/') continue;
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return text.length;
}

/** Blanks every element whose `lang` is not the file's language, with its content. */
function maskOtherLanguages(chars: string[], text: string, locale: string): void {
  for (const match of text.matchAll(/<([A-Za-z][\w.]*)\b[^>]*?\blang=["']([A-Za-z-]+)["'][^>]*?(\/?)>/g)) {
    if (match[2]!.toLowerCase().split('-')[0] === locale) continue;
    const end = match[3] === '/' ? match.index + match[0].length : elementEnd(text, match[1]!, match.index + match[0].length);
    blank(chars, match.index, end);
  }
}

/** Blanks tags, keeping the values of prose attributes (a Callout's title, a Quote's by). */
function maskTags(chars: string[], text: string): void {
  for (const tag of text.matchAll(/<\/?[A-Za-z][^<>]*>/g)) {
    blank(chars, tag.index, tag.index + tag[0].length);
    for (const attribute of tag[0].matchAll(/\b([A-Za-z-]+)=(["'])(.*?)\2/g)) {
      if (!PROSE_ATTRIBUTES.has(attribute[1]!)) continue;
      const start = tag.index + attribute.index + attribute[1]!.length + 2;
      for (let i = start; i < start + attribute[3]!.length; i += 1) chars[i] = text[i]!;
    }
  }
}

/** Masks that apply to any prose: code, comments, links' addresses, URLs, e-mail addresses, placeholders. */
function maskInline(chars: string[], text: string): void {
  blankMatches(chars, text, /```[\s\S]*?```/g);
  blankMatches(chars, text, /\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g);
  blankMatches(chars, text, /`[^`\n]*`/g);
  blankMatches(chars, text, /\]\([^)\n]*\)/g);
  blankMatches(chars, text, /\b(?:https?:\/\/|mailto:|www\.)[^\s)<>"”]+/g);
  blankMatches(chars, text, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g);
  blankMatches(chars, text, /\{[^{}\n]*\}/g);
  blankMatches(chars, text, /(?:^|(?<=\s))\/[\w./?=&#-]*/g);
}

function maskMdx(chars: string[], text: string, locale: string): void {
  const frontmatter = /^(---\n)([\s\S]*?\n)(---(?:\n|$))/.exec(text);
  const bodyStart = frontmatter ? frontmatter[0].length : 0;
  if (frontmatter) {
    const yamlEnd = 4 + frontmatter[2]!.length;
    blank(chars, 0, 4);
    maskYamlLines(chars, text, 4, yamlEnd);
    blank(chars, yamlEnd, bodyStart);
  }
  const body = text.slice(bodyStart);
  for (const line of body.matchAll(/^(?:import|export)\s.*$/gm)) blank(chars, bodyStart + line.index, bodyStart + line.index + line[0].length);
  // Tags first, so that a prose attribute inside another language's element stays blanked.
  maskTags(chars, text);
  maskOtherLanguages(chars, text, locale);
}

/** Keeps only the contents of string values in a dictionary file: keys, code and comments are blanked. */
function maskTypeScript(chars: string[], text: string): void {
  blank(chars, 0, text.length);
  let offset = 0;
  for (const line of text.split('\n')) {
    if (!/^\s*(?:\/\/|\/\*|\*|import\s|export\s)/.test(line)) {
      for (const literal of line.matchAll(/(['"`])((?:\\.|(?!\1)[^\\])*)\1(\s*:)?/g)) {
        if (literal[3]) continue; // a key
        const start = offset + literal.index + 1;
        for (let i = start; i < start + literal[2]!.length; i += 1) chars[i] = text[i]!;
      }
    }
    offset += line.length + 1;
  }
}

/**
 * The text with everything but prose in `locale` replaced by spaces; line
 * breaks and the position of every kept character are unchanged.
 * @example prose('title: Ysgol\nsource: estyn\n', 'yaml', 'cy') // 'title: Ysgol\n              \n' with "title:" blanked
 */
export function prose(text: string, kind: ProseKind, locale: string): string {
  const source = text.replace(/\r\n?/g, '\n');
  // Indexed by UTF-16 unit, like every offset the regular expressions give.
  const chars = source.split('');
  if (kind === 'yaml') maskYamlLines(chars, source, 0, source.length);
  else if (kind === 'mdx') maskMdx(chars, source, locale);
  else maskTypeScript(chars, source);
  const kept = chars.join('');
  const masked = kept.split('');
  maskInline(masked, kept);
  if (kind === 'ts') maskTags(masked, kept);
  return masked.join('');
}

/** Line (1-based) and column (1-based) of each offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
