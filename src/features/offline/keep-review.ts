import type { ReviewApp, Screen } from '../../components/review/app';
import { href, paths } from '../../lib/urls';
import { keepPages, workerReady } from './keep-offline';

/*
 * The review offline: once the site's service worker is active, the review's
 * page and the page of every statement and action in any review on this
 * device are kept for offline use, in the page's language. Items added later
 * are kept as they are added; a page that cannot be fetched now is tried again
 * at the next change.
 */

/**
 * The screen that keeps the review's pages; it draws nothing.
 * @example app.mount(keepReviewOffline(app))
 */
export function keepReviewOffline(app: ReviewApp): Screen {
  const locale = app.island.config.locale === 'cy' ? 'cy' : 'en';
  const kept = new Set<string>();
  let ready = false;
  const keepNew = () => {
    const numbers = new Set(app.state.store.reviews.flatMap((review) => review.items.map((item) => item.number)));
    const urls = [href(locale, paths.review()), ...[...numbers].map((number) => href(locale, paths.item(number)))].filter((url) => !kept.has(url));
    if (urls.length === 0) return;
    for (const url of urls) kept.add(url);
    void keepPages(locale, urls).then((failed) => failed.forEach((url) => kept.delete(url)));
  };
  void workerReady().then((has) => {
    ready = has;
    if (ready) keepNew();
  });
  return () => {
    if (ready) keepNew();
  };
}
