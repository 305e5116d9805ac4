import { loadCode } from './durability/load-code';
import type { Island } from '../../islands/island';
import { LocalReviews, type Read, type StorageProblem, type Unreadable } from '../../lib/review/local-store';
import type { Review } from '../../lib/review/model';
import type { Rename } from '../../lib/review/reconcile';
import { emptyStore, MAX_STORE_BYTES, serialiseStore, utf8Bytes, type Store } from '../../lib/review/storage-format';
import type { Catalogue } from './catalogue';
import { h } from '../../islands/dom';
import { megabytes, type ReviewPageData, type ReviewTranslator } from './page-data';

/*
 * The review tool's one state and the one way to change it. Screens (one module
 * each) draw from the state and ask for changes; every change to the reviews
 * goes through `commit`, which takes in what another tab stored first, refuses
 * a change that would make the reviews too large to keep, saves, and redraws.
 * Screens redraw only what changed, so another tab's change never takes away
 * what a person is typing here, an open panel, or the focus.
 */

export interface ReviewState {
  store: Store;
  currentId: string | null;
  /** The stored text could not be read: nothing is written until the person decides what to do. */
  unreadable: Unreadable | null;
  problem: StorageProblem | null;
  /** A problem with the page's address, e.g. `?add=9.9`. */
  pageError: string | null;
  /** Items moved to their new numbers when the reviews were read. */
  renamed: Rename[];
  newFormOpen: boolean;
  /** The day "what has changed" counts from, once asked. */
  since: string | null;
  /** The code of an action could not be loaded (offline, or the site updated since the page opened). */
  loadFailed: boolean;
}

export type Screen = (state: ReviewState) => void;

/** What became of a change: the new reviews, or why there are none. */
export type Outcome = { ok: true; store: Store } | { ok: false; reason: 'unchanged' | 'too-large' | 'not-saved' | 'unreadable' };

export class ReviewApp {
  readonly state: ReviewState = { store: emptyStore(), currentId: null, unreadable: null, problem: null, pageError: null, renamed: [], newFormOpen: false, since: null, loadFailed: false };
  private readonly screens: Screen[] = [];
  /** The size of the reviews shown, once measured: what a change is compared with. */
  private shownBytes: number | undefined;

  constructor(
    readonly island: Island<ReviewPageData>,
    readonly t: ReviewTranslator,
    readonly catalogue: Catalogue,
    readonly local: LocalReviews,
  ) {}

  /** The parts found so far: looking again would search the whole tool, 172 cards and all. */
  private readonly parts = new Map<string, HTMLElement>();

  /** A part of the page, by its `data-aw-part` name. */
  part<E extends HTMLElement = HTMLElement>(name: string): E {
    const found = this.parts.get(name) ?? this.island.part<E>(name);
    this.parts.set(name, found);
    return found as E;
  }

  /** The review shown. */
  current(): Review | undefined {
    return this.state.store.reviews.find((review) => review.id === this.state.currentId);
  }

  /** Adds a screen; it is drawn on every `render`. */
  mount(screen: Screen): void {
    this.screens.push(screen);
  }

  render(): void {
    this.state.problem = this.local.problem;
    for (const screen of this.screens) screen(this.state);
  }

  /** Reads the stored reviews, draws the page and starts listening to other tabs. */
  start(): void {
    this.take(this.local.load());
    const remembered = this.local.rememberedCurrent();
    if (this.state.store.reviews.some((review) => review.id === remembered)) this.state.currentId = remembered;
    window.addEventListener('storage', (event) => {
      if (event.key !== this.local.keys.store && event.key !== null) return;
      const before = this.state.store;
      this.take(this.local.receive(event.key === null ? null : event.newValue, before));
      this.render();
      if (this.state.store !== before) this.say(this.t('review.status.otherTab'));
    });
    this.render();
  }

  /** Takes in reviews read from storage (on opening, or written by another tab). */
  private take(read: Read): void {
    if (!read.ok) {
      this.state.unreadable = read.unreadable;
      return;
    }
    this.state.unreadable = null;
    if (read.store !== this.state.store) this.shownBytes = undefined;
    this.state.store = read.store;
    if (read.renamed.length > 0) this.state.renamed = [...this.state.renamed, ...read.renamed];
    const reviews = read.store.reviews;
    if (!reviews.some((review) => review.id === this.state.currentId)) this.state.currentId = reviews.at(-1)?.id ?? null;
  }

  /**
   * Tries a change to the reviews: first takes in another tab's changes not yet
   * seen, then applies `change` and saves. A change is refused when it would
   * make the reviews larger than `limit` (shrinking is always allowed, so
   * reviews over the limit can be cut down), and, with `mustSave`, when it
   * cannot be saved; otherwise a failure to save is reported and the change
   * kept on the page, to export. Nothing is drawn: see `commit`.
   */
  attempt(change: (store: Store, now: Date) => Store, options: { limit?: number; mustSave?: boolean } = {}): Outcome {
    if (this.state.unreadable) return { ok: false, reason: 'unreadable' };
    this.take(this.local.sync(this.state.store));
    if (this.state.unreadable) return { ok: false, reason: 'unreadable' };
    const before = this.state.store;
    const next = change(before, new Date());
    if (next === before) return { ok: false, reason: 'unchanged' };
    const text = serialiseStore(next);
    const bytes = utf8Bytes(text);
    this.shownBytes ??= utf8Bytes(serialiseStore(before));
    if (bytes > (options.limit ?? MAX_STORE_BYTES) && bytes > this.shownBytes) return { ok: false, reason: 'too-large' };
    if (!this.local.write(next, text) && options.mustSave && this.local.problem !== 'blocked') return { ok: false, reason: 'not-saved' };
    this.state.store = next;
    this.shownBytes = bytes;
    return { ok: true, store: next };
  }

  /**
   * Changes the reviews (see `attempt`) and redraws; a change refused for its
   * size is reported in the alert. Returns the new reviews, or undefined when
   * nothing was changed.
   * @example app.commit((store) => ({ ...store, reviews: [] }))
   */
  commit(change: (store: Store, now: Date) => Store): Store | undefined {
    const outcome = this.attempt(change);
    if (!outcome.ok && outcome.reason === 'too-large') this.local.problem = 'too-large';
    this.render();
    return outcome.ok ? outcome.store : undefined;
  }

  /** Reads the stored reviews again, e.g. after unreadable ones were deleted. */
  reload(): void {
    this.state.unreadable = null;
    this.take(this.local.load());
    this.render();
  }

  /**
   * Changes the review shown with `change`.
   * @example app.change((review, now) => setLevel(review, '1.14', 'secure', now))
   */
  change(update: (review: Review, now: Date) => Review): Review | undefined {
    const id = this.state.currentId;
    const store = this.commit((store, now) => {
      const review = store.reviews.find((r) => r.id === id);
      return review ? withReview(store, update(review, now)) : store;
    });
    return store?.reviews.find((review) => review.id === id);
  }

  /** Shows another review (or none), and remembers it for the next visit. */
  show(id: string | null): void {
    this.state.currentId = id;
    this.state.since = null;
    this.local.rememberCurrent(id);
  }

  /**
   * Announces a message to screen readers, politely; a repeated message is announced again.
   * @example app.say(t('review.status.detailsSaved'))
   */
  say(message: string): void {
    const status = this.part('status');
    status.textContent = '';
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  }

  /**
   * A new random id, e.g. `r-3f9a…` for a review.
   * @example app.newId('e')
   */
  newId(prefix: string): string {
    // getRandomValues, unlike randomUUID, also works on an intranet served over plain http.
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  }
}

/**
 * The store with `review` in place of the review with its id, or added at the end.
 * @example withReview(store, setLevel(review, '1.14', 'secure', now))
 */
export function withReview(store: Store, review: Review): Store {
  const at = store.reviews.findIndex((r) => r.id === review.id);
  if (at >= 0 && store.reviews[at] === review) return store;
  const reviews = at >= 0 ? store.reviews.map((r, i) => (i === at ? review : r)) : [...store.reviews, review];
  return { ...store, reviews };
}

/**
 * A screen whose module is loaded only once `needed` says the page needs it
 * (e.g. the summary, once there is a review); it draws nothing until then.
 * @example app.mount(lazy(app, () => app.current() !== undefined, async () => (await import('./summary/summary')).summaryScreen(app)))
 */
export function lazy(app: ReviewApp, needed: (state: ReviewState) => boolean, load: () => Promise<Screen>): Screen {
  let screen: Screen | undefined;
  let loading = false;
  return (state) => {
    if (screen) return screen(state);
    if (loading || !needed(state)) return;
    loading = true;
    void loadCode(app, load).then((loaded) => {
      screen = loaded;
      loaded?.(app.state);
    });
  };
}

function reloadButton(label: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'aw-button' }, label);
  button.addEventListener('click', () => window.location.reload());
  return h('p', {}, button);
}

/**
 * The alert and notices above the tool: storage problems, a problem with the
 * address, and items moved to new numbers.
 * @example app.mount(alerts(app))
 */
export function alerts(app: ReviewApp): Screen {
  const { t } = app;
  const alert = app.part('alert');
  const notice = app.part('renamed');
  let shown = '';
  return (state) => {
    const messages = [state.problem && t(`review.storage.${state.problem}`, { size: megabytes(MAX_STORE_BYTES) }), state.pageError].filter((m): m is string => Boolean(m));
    if (state.loadFailed) messages.push(t('review.load.failed'));
    const key = messages.join('\n');
    // The alert stays in the page, empty when all is well: a live region must be there before it speaks.
    if (key !== shown) alert.replaceChildren(...messages.map((m) => h('p', {}, m)), ...(state.loadFailed ? [reloadButton(t('review.load.reload'))] : []));
    shown = key;
    const moves = state.renamed.map((r) => t('review.renamed.item', { from: r.from, to: r.to })).join(', ');
    notice.hidden = moves === '';
    if (moves !== '' && notice.dataset['awShown'] !== moves) {
      notice.textContent = t('review.renamed.text', { items: moves });
      notice.dataset['awShown'] = moves;
    }
  };
}
