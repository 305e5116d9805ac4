/** What loading needs of the review (src/features/review/app.ts): its state and a redraw. */
interface LoadingApp {
  state: { loadFailed: boolean };
  render(): void;
}

/*
 * The review loads the code of its rarer actions (export, import, sharing,
 * printing, the comparison) only when asked. That code can fail to arrive:
 * offline, or in a tab opened before the site was updated, whose files have
 * since been replaced. Such a failure is said, with a way to reload, never
 * swallowed: before this, the buttons did nothing and said nothing.
 */

/**
 * Runs `load` (an `import()` and what is done with it); when the code cannot
 * be loaded, the review's alert says so and offers to reload the page.
 * @example loadCode(app, async () => (await import('./csv-export')).exportCsv(app, review))
 */
export async function loadCode<T>(app: LoadingApp, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    // Only a module that did not arrive is this problem; anything else is a bug, and surfaces as one.
    if (!isLoadFailure(error)) throw error;
    app.state.loadFailed = true;
    app.render();
    return undefined;
  }
}

/**
 * True for the errors browsers throw when a module script cannot be fetched:
 * Chromium's "Failed to fetch dynamically imported module", Firefox's "error
 * loading dynamically imported module", Safari's "Importing a module script failed".
 * @example isLoadFailure(new TypeError('Failed to fetch dynamically imported module: …')) // true
 */
export function isLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|module script failed|Loading chunk|Unable to preload/i.test(error.message);
}
