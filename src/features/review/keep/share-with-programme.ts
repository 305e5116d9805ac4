import { hasMarkup, LIMITS, type Review } from '../../../lib/review/model';
import { sharedText, toShared } from '../../../lib/review/shared-format';
import type { ReviewApp } from '../app';
import { fieldError, focus } from '../../../islands/dom';
import { download } from '../../../islands/download';

/*
 * "Share with my programme": builds the shared file from the review shown
 * (`toShared`: no title, notes or evidence; a name only when typed), shows it
 * exactly as it will be downloaded, then downloads it. Loaded only when a
 * person asks to see it.
 */

let listening = false;

function fileName(review: Review): string {
  return `arwain-shared-review-${review.updated.slice(0, 10)}.json`;
}

/**
 * Shows the file that sharing the current review would make, and readies its download.
 * @example void import('./share-with-programme').then((m) => m.showShare(app))
 */
export function showShare(app: ReviewApp): void {
  const { t } = app;
  const review = app.current();
  const input = app.part<HTMLInputElement>('share-name');
  if (!review) return;
  const name = input.value.trim();
  if (hasMarkup(name) || name.length > LIMITS.title) {
    fieldError(input, t('review.share.nameProblem', { max: LIMITS.title }));
    app.part('share-preview').hidden = true;
    return focus(input);
  }
  fieldError(input, null);
  const shared = toShared(review, { name, known: app.catalogue.known });
  const text = sharedText(shared);
  app.part('share-file').textContent = text;
  app.part('share-summary').textContent =
    `${t.plural('review.share.previewSummary', shared.items.length, { date: t.day(shared.date) })} ${shared.name ? t('review.share.previewName', { name: shared.name }) : t('review.share.previewNoName')}`;
  app.part('share-preview').hidden = false;
  focus(app.part('share-preview').querySelector('h4'));
  if (listening) return;
  listening = true;
  app.part('share-download').addEventListener('click', () => {
    const current = app.current();
    const file = app.part('share-file').textContent ?? '';
    if (!current || file === '') return;
    const nameOfFile = fileName(current);
    download(file, nameOfFile, 'application/json');
    app.say(t('review.status.exported', { file: nameOfFile }));
  });
}
