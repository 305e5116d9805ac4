import { recordExport } from '../durability/export-record';
import { loadCode } from '../durability/load-code';
import { dayOf } from '../../../lib/review/model';
import { emptyStore, exportText } from '../../../lib/review/storage-format';
import { download } from '../../../islands/download';
import type { ReviewApp, Screen } from '../app';
import { focus } from '../../../islands/dom';
import { problemText } from './problem-text';

/*
 * "Print, export and import": printing (the portfolio, `portfolio.ts`), export
 * as JSON or CSV (`csv-export.ts`), import (`import.ts`), deleting everything,
 * and what to do with stored reviews that cannot be read. The printing, CSV and
 * import modules are loaded only when they are needed.
 */

function listen(app: ReviewApp): void {
  const { t } = app;
  const today = () => dayOf(new Date());
  const print = async () => {
    const portfolio = await loadCode(app, () => import('./portfolio'));
    if (!portfolio) return;
    portfolio.drawPortfolio(app);
    window.print();
  };
  app.part('print').addEventListener('click', () => void print());
  app.part('export-json').addEventListener('click', () => {
    const name = `arwain-reviews-${today()}.json`;
    download(exportText(app.state.store), name, 'application/json');
    recordExport();
    app.render();
    app.say(t('review.status.exported', { file: name }));
  });
  const exportReviewCsv = async () => {
    const review = app.current();
    if (!review) return;
    const name = await loadCode(app, async () => (await import('./csv-export')).exportCsv(app, review));
    if (name === undefined) return;
    app.say(t('review.status.exported', { file: name }));
  };
  app.part('export-csv').addEventListener('click', () => void exportReviewCsv());
  app.part('share-show').addEventListener('click', () => void loadCode(app, async () => (await import('./share-with-programme')).showShare(app)));
  app.part('share-name').addEventListener('input', () => (app.part('share-preview').hidden = true));
  // Working with a mentor is its own feature (src/features/mentor/), loaded when asked for.
  const mentor = () => import('../../mentor/review-share');
  app.part('mentor-show').addEventListener('click', () => void mentor().then((module) => module.showMentorShare(app)));
  for (const name of ['mentor-name', 'mentor-evidence']) app.part(name).addEventListener('input', () => (app.part('mentor-preview').hidden = true));
  app.part<HTMLFormElement>('mentor-import-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void mentor().then((module) => module.importMentorComments(app, app.part<HTMLInputElement>('mentor-import-file')));
  });
  app.part<HTMLFormElement>('import-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void loadCode(app, async () => (await import('./import')).importFile(app, app.part<HTMLInputElement>('import-file')));
  });
  app.part('delete-all').addEventListener('click', () => {
    if (!window.confirm(t('review.deleteAll.confirm'))) return;
    if (!app.commit(() => emptyStore())) return;
    app.show(null);
    app.render();
    focus(app.part('reviews-heading'));
    app.say(t('review.status.allDeleted'));
  });
  app.part('broken-download').addEventListener('click', () => {
    const text = app.state.unreadable?.text;
    if (text !== undefined) download(text, `arwain-reviews-unreadable-${today()}.json`, 'application/json');
  });
  app.part('broken-delete').addEventListener('click', () => {
    if (!window.confirm(t('review.broken.confirm'))) return;
    app.local.clear();
    app.reload();
    focus(app.part('reviews-heading'));
  });
}

/**
 * The "Print, export and import" screen, and the panel shown instead of the
 * tool when the stored reviews cannot be read.
 * @example app.mount(keepScreen(app))
 */
export function keepScreen(app: ReviewApp): Screen {
  const parts = { working: app.part('working'), broken: app.part('broken'), brokenText: app.part('broken-text') };
  listen(app);
  // The portfolio is what printing shows. Its module is fetched when the page is idle, so that it is
  // there to draw the portfolio synchronously when printing starts (Ctrl+P included), and not before.
  let printing: typeof import('./portfolio') | undefined;
  const draw = () => printing?.drawPortfolio(app);
  window.addEventListener('beforeprint', draw);
  window.matchMedia('print').addEventListener('change', (event) => event.matches && draw());
  let loading = false;
  return (state) => {
    parts.broken.hidden = state.unreadable === null;
    parts.working.hidden = state.unreadable !== null;
    const unreadable = state.unreadable;
    if (unreadable) parts.brokenText.textContent = `${app.t('review.broken.text')} ${problemText(app, unreadable.error)}`;
    if (loading || !app.current()) return;
    loading = true;
    // Fetched ahead of need: a failure here is said only if printing is asked for (see `print`).
    const load = () => void import('./portfolio').then((module) => (printing = module)).catch(() => undefined);
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 2000 });
    else window.setTimeout(load, 500);
  };
}
