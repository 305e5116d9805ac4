import { LIMITS } from '../../../lib/review/model';
import { sharedText, toShared } from '../../../lib/review/shared-format';
import type { ReviewApp } from '../app';
import { showFileBeforeDownload } from './file-before-download';

/*
 * "Share with my programme": builds the shared file from the review shown
 * (`toShared`: no title, notes or evidence; a name only when typed), shows it
 * exactly as it will be downloaded, then downloads it. Loaded only when a
 * person asks to see it.
 */

/**
 * Shows the file that sharing the current review would make, and readies its download.
 * @example void import('./share-with-programme').then((m) => m.showShare(app))
 */
export function showShare(app: ReviewApp): void {
  const { t } = app;
  showFileBeforeDownload(app, 'share', t('review.share.nameProblem', { max: LIMITS.title }), (review, name) => {
    const shared = toShared(review, { name, known: app.catalogue.known });
    const named = shared.name ? t('review.share.previewName', { name: shared.name }) : t('review.share.previewNoName');
    return {
      text: sharedText(shared),
      summary: `${t.plural('review.share.previewSummary', shared.items.length, { date: t.day(shared.date) })} ${named}`,
      fileName: `arwain-shared-review-${review.updated.slice(0, 10)}.json`,
    };
  });
}
