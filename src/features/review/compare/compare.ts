import { loadCode } from '../durability/load-code';
import type { Review } from '../../../lib/review/model';
import type { ReviewApp, Screen } from '../app';
import { fillSelect, h } from '../../../islands/dom';

/*
 * "Compare reviews": two reviews' levels side by side. The table is drawn by
 * `compare-table.ts`, loaded only when a person asks for a comparison.
 */

function options(app: ReviewApp, reviews: readonly Review[]) {
  const { t } = app;
  return reviews.map((r) => [r.id, t('review.switch.option', { title: r.title, date: t.dayOfTimestamp(r.created) })] as const);
}

/**
 * The "Compare reviews" screen.
 * @example app.mount(compareScreen(app))
 */
export function compareScreen(app: ReviewApp): Screen {
  const { t } = app;
  const parts = {
    none: app.part('compare-none'),
    form: app.part<HTMLFormElement>('compare-form'),
    first: app.part<HTMLSelectElement>('compare-first'),
    second: app.part<HTMLSelectElement>('compare-second'),
    result: app.part('compare-result'),
  };
  const compare = async () => {
    const reviews = app.state.store.reviews;
    const first = reviews.find((r) => r.id === parts.first.value);
    const second = reviews.find((r) => r.id === parts.second.value);
    if (!first || !second) return;
    if (first.id === second.id) {
      parts.result.replaceChildren(h('p', { class: 'aw-notice aw-notice--error' }, t('review.compare.sameReview')));
      return app.say(t('review.compare.sameReview'));
    }
    const table = await loadCode(app, () => import('./compare-table'));
    if (!table) return;
    const { comparison } = table;
    parts.result.replaceChildren(...comparison(app, first, second));
    app.say(parts.result.querySelector('p')?.textContent ?? '');
  };
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void compare();
  });
  let shownId: string | null = null;
  return (state) => {
    const reviews = state.store.reviews;
    const enough = reviews.length >= 2;
    parts.none.hidden = enough;
    parts.form.hidden = !enough;
    if (!enough || state.currentId !== shownId) parts.result.replaceChildren();
    if (!enough) return;
    // Keep what the person chose; otherwise compare the review shown (second) with the one before it (first).
    const kept = (select: HTMLSelectElement) => (state.currentId === shownId && reviews.some((r) => r.id === select.value) ? select.value : null);
    const byDate = [...reviews].sort((a, b) => a.created.localeCompare(b.created));
    const at = byDate.findIndex((r) => r.id === state.currentId);
    const second = kept(parts.second) ?? state.currentId;
    const first = kept(parts.first) ?? (byDate[at - 1] ?? byDate.find((r) => r.id !== second))?.id ?? null;
    fillSelect(parts.first, options(app, reviews), first);
    fillSelect(parts.second, options(app, reviews), second);
    shownId = state.currentId;
  };
}
