import { goneItems, reconcile } from '../../../lib/review/reconcile';
import { mergeStores, type MergeResult } from '../../../lib/review/import-merge';
import { MAX_FILE_BYTES, MAX_REVIEWS, parseStore } from '../../../lib/review/storage-format';
import type { ReviewApp } from '../app';
import { problemText } from './problem-text';
import { megabytes } from '../page-data';

/*
 * Importing a file of reviews: read and checked whole (`parseStore`),
 * renumbered items moved, then added to the stored reviews without changing
 * any of them (`mergeStores`). A file is refused with a reason, and nothing
 * stored changes, when it cannot be read or the reviews could not be kept.
 * Loaded only when a person imports.
 */

function importResult(app: ReviewApp, message: string, error: boolean): void {
  const result = app.part('import-result');
  result.textContent = message;
  result.hidden = false;
  result.className = `aw-notice ${error ? 'aw-notice--error' : 'aw-notice--success'}`;
  app.say(message);
}

function doneText(app: ReviewApp, merged: MergeResult, gone: number): string {
  const { t } = app;
  const parts = [
    merged.added && t.plural('review.import.added', merged.added),
    merged.copied && t.plural('review.import.copied', merged.copied),
    merged.unchanged && t.plural('review.import.unchanged', merged.unchanged),
    gone && t.plural('review.import.gone', gone),
  ].filter((p): p is string => typeof p === 'string');
  return parts.join('; ') || t('review.import.nothing');
}

/**
 * Imports the file chosen in `input`, and says what happened.
 * @example await importFile(app, fileInput)
 */
export async function importFile(app: ReviewApp, input: HTMLInputElement): Promise<void> {
  const { t } = app;
  const file = input.files?.[0];
  if (!file) return importResult(app, t('review.import.noFile'), true);
  const refuse = (reason: string) => importResult(app, t('review.import.failed', { file: file.name, reason }), true);
  // Refuse a huge file before reading it into memory.
  if (file.size > MAX_FILE_BYTES) return refuse(problemText(app, { problem: 'too-large' }));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse(t('review.import.problem.unreadable'));
  }
  const parsed = parseStore(text);
  if (!parsed.ok) return refuse(problemText(app, parsed.error));
  const { store: incoming, renamed } = reconcile(parsed.store, { known: app.catalogue.known, renames: app.island.config.renames });
  let merged: MergeResult | undefined;
  const outcome = app.attempt(
    (store) => {
      merged = mergeStores(store, incoming, () => app.newId('r'));
      return merged?.store ?? store;
    },
    { limit: MAX_FILE_BYTES, mustSave: true },
  );
  app.render();
  if (!merged) return refuse(t('review.import.problem.too-many', { max: MAX_REVIEWS }));
  if (!outcome.ok && outcome.reason === 'too-large') return refuse(t('review.import.problem.too-large-together', { size: megabytes(MAX_FILE_BYTES) }));
  if (!outcome.ok && outcome.reason !== 'unchanged') return refuse(t(`review.storage.${app.local.problem ?? 'failed'}`, { size: megabytes(MAX_FILE_BYTES) }));
  app.state.renamed = [...app.state.renamed, ...renamed];
  if (!app.current()) app.show(app.state.store.reviews[0]?.id ?? null);
  app.render();
  input.form?.reset();
  const gone = incoming.reviews.reduce((n, review) => n + goneItems(review, app.catalogue.known).length, 0);
  importResult(app, t('review.import.done', { file: file.name, result: doneText(app, merged, gone) }), false);
}
