import type { ReviewApp, Screen } from '../review/app';
import { href, paths } from '../../lib/locales/urls';

/*
 * The review offline: once the site's service worker is active, the review's
 * page and the page of every statement and action in any review on this
 * device are kept for offline use, in the page's language. Items added later
 * are kept as they are added; a page that cannot be fetched now is tried again
 * at the next change. The code that keeps pages is loaded only once a worker
 * is active (it is not part of the review's first visit).
 */

/**
 * The screen that keeps the review's pages; it draws nothing.
 * @example app.mount(keepReviewOffline(app))
 */
export function keepReviewOffline(app: ReviewApp): Screen {
  const locale = app.island.config.locale === 'cy' ? 'cy' : 'en';
  const kept = new Set<string>();
  let offline: typeof import('./keep-offline') | undefined;
  const keepNew = () => {
    if (!offline) return;
    const { keepPages } = offline;
    const numbers = new Set(app.state.store.reviews.flatMap((review) => review.items.map((item) => item.number)));
    const urls = [href(locale, paths.review()), ...[...numbers].map((number) => href(locale, paths.item(number)))].filter((url) => !kept.has(url));
    if (urls.length === 0) return;
    for (const url of urls) kept.add(url);
    void keepPages(locale, urls).then((failed) => failed.forEach((url) => kept.delete(url)));
  };
  // The same condition as keep-offline's workerReady, without loading it first: no worker, nothing to keep.
  void navigator.serviceWorker?.ready
    .then(() => import('./keep-offline'))
    .then((module) => {
      offline = module;
      keepNew();
    })
    // Offline, or a tab older than the deployment: the pages are kept at the next visit.
    .catch(() => undefined);
  return keepNew;
}
