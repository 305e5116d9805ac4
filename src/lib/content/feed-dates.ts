import { parse } from 'yaml';
import type { ContentProblem } from './problems';

/*
 * The dates of the Atom feed. Case studies and recommendations have no date of
 * their own, and a file's modification time is meaningless in a fresh clone, so
 * `content/feed.yaml` records when each was added. Pages use their `updated`.
 */

/** Where the dates live, relative to the project root: named in every problem. */
export const FEED_DATES_FILE = 'content/feed.yaml';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads `content/feed.yaml`: a list of `{ id: 'case-studies/<slug>', added: YYYY-MM-DD }`.
 * Returns the dates by id and every problem found, phrased for its editor.
 * @example parseFeedDates('- { id: case-studies/a, added: 2026-11-23 }').dates.get('case-studies/a')
 */
export function parseFeedDates(text: string, file = FEED_DATES_FILE): { dates: Map<string, Date>; problems: ContentProblem[] } {
  const dates = new Map<string, Date>();
  const problems: ContentProblem[] = [];
  let list: unknown;
  try {
    list = parse(text);
  } catch (error) {
    return { dates, problems: [{ file, field: 'file', message: `is not valid YAML: ${(error as Error).message}` }] };
  }
  if (!Array.isArray(list)) {
    return { dates, problems: [{ file, field: 'file', message: 'should be a list of entries such as "- { id: case-studies/rct-aspiring-leaders, added: 2026-11-23 }".' }] };
  }
  list.forEach((row: unknown, index) => {
    const { id, added } = (row ?? {}) as { id?: unknown; added?: unknown };
    if (typeof id !== 'string' || !/^(case-studies|recommendations)\/[a-z0-9-]+$/.test(id)) {
      problems.push({ file, field: `[${index}].id`, message: `should be "case-studies/<name>" or "recommendations/<name>", the entry's folder and file name without .mdx.` });
      return;
    }
    const written = added instanceof Date ? added.toISOString().slice(0, 10) : typeof added === 'string' || typeof added === 'number' ? String(added) : '';
    const date = new Date(`${written}T00:00:00Z`);
    if (!DATE.test(written) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== written) {
      problems.push({ file, field: `[${index}].added`, message: `"${written}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23.` });
      return;
    }
    if (dates.has(id)) problems.push({ file, field: `[${index}].id`, message: `"${id}" is listed twice; keep one line for it.` });
    dates.set(id, date);
  });
  return { dates, problems };
}

/**
 * The entries (ids such as `case-studies/rct-aspiring-leaders`) that have no date
 * in `content/feed.yaml`, and any date listed for an entry that does not exist.
 */
export function findFeedDateProblems(ids: readonly string[], dates: ReadonlyMap<string, Date>, file = FEED_DATES_FILE): ContentProblem[] {
  const known = new Set(ids);
  return [
    ...ids
      .filter((id) => !dates.has(id))
      .map((id) => ({
        file,
        field: id,
        message: `content/en/${id}.mdx has no date for the news feed; add the line "- { id: ${id}, added: YYYY-MM-DD }" with the day it was added.`,
      })),
    ...[...dates.keys()].filter((id) => !known.has(id)).map((id) => ({ file, field: id, message: `there is no content/en/${id}.mdx; remove the line or correct the name.` })),
  ];
}
