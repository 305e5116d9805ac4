import { hasMarkup, LIMITS, type Review } from '../../../lib/review/model';
import type { ReviewApp } from '../app';
import { fieldError, focus } from '../../../islands/dom';
import { download } from '../../../islands/download';

/*
 * The steps the two sharing panels share (FileBeforeDownload.astro): the name
 * typed is checked (no markup, not too long), the file is shown exactly as it
 * will be downloaded, and Download downloads what is shown, under the name it
 * was shown with. Each panel says only what its file holds.
 */

/** A file ready to show: its text, a sentence saying what is in it, and the name to download it as. */
export interface FileToShow {
  text: string;
  summary: string;
  fileName: string;
}

/** The name each panel's shown file downloads as; a panel's Download button is wired once. */
const shownNames = new Map<string, string>();

/**
 * Shows the file a panel would make from the review shown and the name typed, and readies its download.
 * @example showFileBeforeDownload(app, 'share', t('review.share.nameProblem', { max }), (review, name) => ({ text, summary, fileName }))
 */
export function showFileBeforeDownload(app: ReviewApp, part: 'share' | 'mentor', nameProblem: string, make: (review: Review, name: string) => FileToShow): void {
  const review = app.current();
  const input = app.part<HTMLInputElement>(`${part}-name`);
  if (!review) return;
  const name = input.value.trim();
  if (hasMarkup(name) || name.length > LIMITS.title) {
    fieldError(input, nameProblem);
    app.part(`${part}-preview`).hidden = true;
    return focus(input);
  }
  fieldError(input, null);
  const file = make(review, name);
  app.part(`${part}-file`).textContent = file.text;
  app.part(`${part}-summary`).textContent = file.summary;
  app.part(`${part}-preview`).hidden = false;
  focus(app.part(`${part}-preview`).querySelector('h4'));
  const wired = shownNames.has(part);
  shownNames.set(part, file.fileName);
  if (wired) return;
  app.part(`${part}-download`).addEventListener('click', () => {
    const text = app.part(`${part}-file`).textContent ?? '';
    const fileName = shownNames.get(part);
    if (!app.current() || text === '' || !fileName) return;
    download(text, fileName, 'application/json');
    app.say(app.t('review.status.exported', { file: fileName }));
  });
}
