import { h } from './dom';

/*
 * Saving a file the page made, for every island that offers one: the review's
 * exports, the file shared with a programme, the cohort's CSV, the plan and the
 * mentor's comments.
 */

/**
 * Starts a download of `text` as a file called `name`.
 * @example download(csv, 'arwain-review.csv', 'text/csv;charset=utf-8')
 */
export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, class: 'aw-visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
