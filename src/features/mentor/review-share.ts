import type { ReviewApp } from '../review/app';
import { focus } from '../../islands/dom';
import { showFileBeforeDownload } from '../review/keep/file-before-download';
import { megabytes } from '../review/page-data';
import { dayOf, LIMITS } from '../../lib/review/model';
import { MAX_FILE_BYTES } from '../../lib/review/storage-format';
import { addComments } from '../plan/edits';
import { fileText, keptComments, readComments, toShare, type FileProblem } from './format';

/*
 * The review's side of working with a mentor: "Share with a mentor" builds the
 * mentor file from the review shown (evidence only when ticked), shows it
 * exactly as it will be downloaded, then downloads it; "Add your mentor's
 * comments" reads a comments file and keeps its comments with the review it
 * names, refusing one for another review. Loaded when a button is used.
 */

/**
 * Shows the mentor file the current review would make, and readies its download.
 * @example void import('../../features/mentor/review-share').then((m) => m.showMentorShare(app))
 */
export function showMentorShare(app: ReviewApp): void {
  const { t } = app;
  showFileBeforeDownload(app, 'mentor', t('review.mentor.nameProblem', { max: LIMITS.title }), (review, name) => {
    const withEvidence = app.part<HTMLInputElement>('mentor-evidence').checked;
    const today = dayOf(new Date());
    const share = toShare(review, { name, withEvidence, today });
    const evidence = t(withEvidence ? 'review.mentor.withEvidence' : 'review.mentor.withoutEvidence');
    return {
      text: fileText(share),
      summary: t('review.mentor.previewSummary', { items: share.items.length, actions: share.plan.length, evidence }),
      fileName: `arwain-for-mentor-${today}.json`,
    };
  });
}

function problemText(app: ReviewApp, problem: FileProblem, title: string): string {
  return app.t('review.mentor.problem.intro', { problem: app.t(`review.mentor.problem.${problem}`, { title, size: megabytes(MAX_FILE_BYTES) }) });
}

/**
 * Adds the comments in the chosen file to the review shown; a file for another review changes nothing.
 * @example await importMentorComments(app, app.part('mentor-import-file'))
 */
export async function importMentorComments(app: ReviewApp, input: HTMLInputElement): Promise<void> {
  const { t } = app;
  const result = app.part('mentor-import-result');
  const show = (message: string, error: boolean) => {
    result.textContent = message;
    result.hidden = false;
    result.classList.toggle('aw-notice--error', error);
    focus(result);
  };
  const review = app.current();
  const file = input.files?.[0];
  if (!review) return;
  if (!file) return show(t('review.mentor.import.noFile'), true);
  // The size is checked before reading, so a huge file is never read into memory.
  const read = file.size > MAX_FILE_BYTES ? ({ ok: false, problem: 'too-large' } as const) : readComments(await file.text(), review.id);
  if (!read.ok) return show(problemText(app, read.problem, review.title), true);
  let added = 0;
  const saved = app.change((current, now) => {
    const outcome = addComments(current, keptComments(read.file, now), now);
    added = outcome.added;
    return outcome.review;
  });
  if (saved) input.value = '';
  const known = new Set((review.comments ?? []).map((c) => c.id));
  const nothingNew = read.file.comments.every((c) => known.has(c.id));
  show(
    added > 0
      ? t('review.mentor.import.added', { mentor: read.file.mentor, count: added })
      : nothingNew
        ? t('review.mentor.import.nothingNew', { mentor: read.file.mentor })
        : t('review.mentor.import.full'),
    false,
  );
}
