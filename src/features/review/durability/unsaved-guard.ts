import type { ReviewApp, Screen } from '../app';
import { unsavedItems } from './unsaved-changes';

/*
 * Storage full (or failing): a change stays on the page but is not kept. So
 * that this is never lost in silence, while there are such changes the browser
 * asks before the page is left (`beforeunload`), and the page notes which items
 * they were in its history entry, which survives a reload though no storage
 * does; after a reload the alert names them.
 */

const HISTORY_FIELD = 'awUnsavedReview';

/** The items noted as not saved before this page was reloaded, if any; the note is then cleared. */
export function takeLostNote(): string[] {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null || !(HISTORY_FIELD in state)) return [];
  const items = (state as Record<string, unknown>)[HISTORY_FIELD];
  const rest = { ...(state as Record<string, unknown>) };
  delete rest[HISTORY_FIELD];
  window.history.replaceState(rest, '');
  return Array.isArray(items) ? items.filter((item): item is string => typeof item === 'string').slice(0, 50) : [];
}

function note(items: string[]): void {
  const state: unknown = window.history.state;
  const base = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  window.history.replaceState({ ...base, [HISTORY_FIELD]: items.length > 0 ? items : undefined }, '');
}

/**
 * The screen that keeps watch: on every redraw it compares what is on the page
 * with what is stored, and guards leaving the page while they differ.
 * @example app.mount(unsavedGuard(app))
 */
export function unsavedGuard(app: ReviewApp): Screen {
  let unsaved: string[] = [];
  window.addEventListener('beforeunload', (event) => {
    if (unsaved.length === 0) return;
    // Browsers show their own words ("Leave site? Changes you made may not be saved").
    event.preventDefault();
    event.returnValue = '';
  });
  return (state) => {
    const failing = state.problem === 'quota' || state.problem === 'failed';
    const now = failing && !state.unreadable ? unsavedItems(app.local.saved(), state.store) : [];
    if (now.join() === unsaved.join()) return;
    unsaved = now;
    note(now);
  };
}
