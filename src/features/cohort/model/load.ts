import type { ZipEntryProblem, ZipProblem } from './zip';
import { parseShared, type SharedProblem, type SharedResult, type SharedReview } from '../../../lib/review/shared-format';

/*
 * Loading many files into a cohort: each is read on its own, so a bad file is
 * reported by name and skipped while the rest load. A review loaded twice
 * (the same file, or a copy under another name) is counted once.
 */

export interface Person {
  /** The name of the file it came from. */
  file: string;
  shared: SharedReview;
}

export interface Skipped {
  file: string;
  problem: SharedProblem | 'duplicate' | 'unreadable' | ZipProblem | ZipEntryProblem;
  at?: string | undefined;
  /** The version, or for a duplicate the file already loaded. */
  value?: string | undefined;
}

/**
 * The review with renumbered items under their new numbers (`renames`: old → new).
 * @example renumber(shared, { '3.4': '3.4a' })
 */
export function renumber(shared: SharedReview, renames: Readonly<Record<string, string>>): SharedReview {
  if (!shared.items.some((item) => item.number in renames)) return shared;
  const seen = new Set<string>();
  const items = shared.items.map((item) => ({ ...item, number: renames[item.number] ?? item.number })).filter((item) => !seen.has(item.number) && seen.add(item.number));
  return { ...shared, items };
}

/** A file read and checked, or why it could not be read (a file in a .zip is named `archive.zip/folder/file.json`). */
export type Checked = { name: string; result: SharedResult } | { name: string; unread: 'too-large' | 'unreadable' | ZipProblem | ZipEntryProblem; value?: string | undefined };

/**
 * Adds checked files to a cohort, in their order: what loaded, and what was skipped and why.
 * @example admitFiles([{ name: 'a.json', result: parseShared(text) }], []) // { people: [{ file: 'a.json', shared }], skipped: [] }
 */
export function admitFiles(files: readonly Checked[], already: readonly Person[], renames: Readonly<Record<string, string>> = {}): { people: Person[]; skipped: Skipped[] } {
  const byReview = new Map(already.map((person) => [person.shared.review, person.file]));
  const people: Person[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    const { name } = file;
    if ('unread' in file) {
      skipped.push({ file: name, problem: file.unread, ...(file.value === undefined ? {} : { value: file.value }) });
      continue;
    }
    const { result } = file;
    if (!result.ok) {
      skipped.push({ file: name, problem: result.problem, at: result.at, value: result.value });
      continue;
    }
    const first = byReview.get(result.shared.review);
    if (first !== undefined) {
      skipped.push({ file: name, problem: 'duplicate', value: first });
      continue;
    }
    byReview.set(result.shared.review, name);
    people.push({ file: name, shared: renumber(result.shared, renames) });
  }
  return { people, skipped };
}

/**
 * Adds files to a cohort: what loaded, and what was skipped and why.
 * @example loadFiles([{ name: 'a.json', text }], []) // { people: [{ file: 'a.json', shared }], skipped: [] }
 */
export function loadFiles(files: readonly { name: string; text: string }[], already: readonly Person[], renames: Readonly<Record<string, string>> = {}): { people: Person[]; skipped: Skipped[] } {
  return admitFiles(
    files.map(({ name, text }) => ({ name, result: parseShared(text) })),
    already,
    renames,
  );
}
