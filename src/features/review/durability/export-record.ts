import { siteBase, siteKey } from '../../../islands/storage-keys';

/*
 * When the reviews were last exported from this browser (for "Where your
 * reviews are kept" and its reminder), kept per copy of the site. Its own small
 * module: export (keep.ts) records it on the first visit's code path, while the
 * screen that shows it is loaded later.
 */

const EXPORTED_KEY = siteKey('arwain.reviews.exported', siteBase());

/** Records that the reviews were exported now; losing the record loses nothing. */
export function recordExport(now = new Date()): void {
  try {
    window.localStorage.setItem(EXPORTED_KEY, now.toISOString());
  } catch {
    // Only the reminder depends on it.
  }
}

/** The time of the last export, as an ISO string, or null. */
export function lastExport(): string | null {
  try {
    return window.localStorage.getItem(EXPORTED_KEY);
  } catch {
    return null;
  }
}
