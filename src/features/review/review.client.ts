import { keepReviewOffline } from '../offline/keep-review';
import { takeLostNote, unsavedGuard } from './durability/unsaved-guard';
import { loadCode } from './durability/load-code';
import { canKeepInFile } from './durability/file-support';
import { findIsland } from '../../islands/island';
import { LocalReviews, problemOf, reviewKeys } from '../../lib/review/local-store';
import { siteBase } from '../../islands/storage-keys';
import { alerts, lazy, ReviewApp } from './app';
import { readCatalogue } from './catalogue';
import { itemsScreen } from './items/items';
import { keepScreen } from './keep/keep';
import { createTranslator } from '../../islands/translator';
import { withDays } from '../../islands/days';
import type { ReviewPageData } from './page-data';
import { reviewsScreen } from './reviews/reviews';

/*
 * "My leadership review" in the browser. It enhances the server-rendered page
 * (ReviewTool.astro): reads its config and the items' texts from the page,
 * keeps reviews in localStorage (never sending them anywhere), and draws the
 * screens, one module each, from one state (`app.ts`). Text from a person or
 * a file is only ever set as text. Printing, CSV, import, the comparison table
 * and `?add=` are separate modules, loaded when needed.
 */

/** Where storage is blocked (a privacy setting), even reading `localStorage` throws. */
function openStorage(): { storage: Storage | null; problem: ReturnType<typeof problemOf> | null } {
  try {
    return { storage: window.localStorage, problem: null };
  } catch (error) {
    return { storage: null, problem: problemOf(error) };
  }
}

/** `/review/?add=3.4a`: takes the parameter out of the address, so reloading does not add it again. */
function takeAddParameter(): string | null {
  const params = new URLSearchParams(window.location.search);
  const raw = params.get('add');
  if (raw === null) return null;
  params.delete('add');
  const rest = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`);
  return raw;
}

function start(): void {
  const island = findIsland<ReviewPageData>('review');
  // Enhance only when the page is as expected and the browser has what the tool needs.
  if (!island || typeof Blob === 'undefined' || !('text' in Blob.prototype) || typeof URL.createObjectURL !== 'function') return;
  performance.mark('aw-review:start');
  const { config } = island;
  const catalogue = readCatalogue(island.part<HTMLTemplateElement>('catalogue'), config);
  const { storage, problem } = openStorage();
  const local = new LocalReviews(storage, { known: catalogue.known, renames: config.renames }, problem, reviewKeys(siteBase()));
  const app = new ReviewApp(island, withDays(createTranslator(config), config.months), catalogue, local);
  for (const screen of [alerts, reviewsScreen, itemsScreen, keepScreen, unsavedGuard, keepReviewOffline]) app.mount(screen(app));
  const lost = takeLostNote();
  if (lost.length > 0) app.state.pageError = app.t.plural('review.unsaved.lost', lost.length, { items: lost.join(', ') });
  // The summary and the comparison are further down the page: their modules come once there is something to show.
  app.mount(
    lazy(
      app,
      () => app.current() !== undefined,
      async () => (await import('./summary/summary')).summaryScreen(app),
    ),
  );
  // "Where your reviews are kept" is at the foot of the page, drawn once the rest has been.
  app.mount(
    lazy(
      app,
      () => true,
      async () => (await import('./durability/durability')).durabilityScreen(app),
    ),
  );
  // Keeping the reviews in a file needs the File System Access API: elsewhere its code is never fetched.
  app.mount(
    lazy(
      app,
      () => canKeepInFile(),
      async () => (await import('./durability/keep-in-file')).keepInFileScreen(app),
    ),
  );
  app.mount(
    lazy(
      app,
      (state) => state.store.reviews.length >= 2,
      async () => (await import('./compare/compare')).compareScreen(app),
    ),
  );
  app.mount(
    lazy(
      app,
      () => (app.current()?.comments?.length ?? 0) > 0,
      async () => (await import('../mentor/review-comments')).commentsScreen(app),
    ),
  );
  app.start();
  app.part('nojs').hidden = true;
  app.part('app').hidden = false;
  island.root.dataset['awReady'] = '';
  performance.mark('aw-review:ready');
  const add = takeAddParameter();
  if (add !== null && !app.state.unreadable) void loadCode(app, async () => (await import('./address')).askToAdd(app, add));
}

start();
