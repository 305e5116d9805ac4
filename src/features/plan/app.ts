import type { Island } from '../../islands/island';
import { LocalReviews, type Read } from '../../lib/review/local-store';
import type { Review } from '../../lib/review/model';
import { emptyStore, MAX_STORE_BYTES, serialiseStore, utf8Bytes, type Store } from '../../lib/review/storage-format';
import type { PlanPageData } from './server-data';
import type { PlanTranslator } from './strings';

/*
 * The plan page's one state: the reviews as stored (the same store, key and
 * two-tab merge as the review page, through `LocalReviews`), the review shown
 * (the one the review page showed last), and the one way to change it, which
 * takes in another tab's changes first and refuses to grow the reviews past
 * the review's own limit.
 */

export class PlanApp {
  store: Store = emptyStore();
  unreadable = false;
  /** Set while a step's form is open: another tab's change then waits, so nothing typed is lost. */
  editing = false;
  private pending = false;
  private readonly parts = new Map<string, HTMLElement>();

  constructor(
    readonly island: Island<PlanPageData>,
    readonly t: PlanTranslator,
    readonly local: LocalReviews,
    private readonly draw: () => void,
  ) {}

  get config(): PlanPageData {
    return this.island.config;
  }

  part<E extends HTMLElement = HTMLElement>(name: string): E {
    const found = this.parts.get(name) ?? this.island.part<E>(name);
    this.parts.set(name, found);
    return found as E;
  }

  /** The review the review page showed last, or the latest one. */
  review(): Review | undefined {
    const remembered = this.local.rememberedCurrent();
    return this.store.reviews.find((review) => review.id === remembered) ?? this.store.reviews.at(-1);
  }

  private take(read: Read): void {
    this.unreadable = !read.ok;
    if (read.ok) this.store = read.store;
  }

  /** Reads the reviews, draws the plan and follows other tabs' changes. */
  start(): void {
    this.take(this.local.load());
    window.addEventListener('storage', (event) => {
      if (event.key !== this.local.keys.store && event.key !== null) return;
      const before = this.store;
      this.take(this.local.receive(event.key === null ? null : event.newValue, before));
      if (this.store === before) return;
      if (this.editing) this.pending = true;
      else this.redraw(true);
    });
    this.draw();
  }

  /** Draws again; `otherTab` says so to screen readers. */
  redraw(otherTab = false): void {
    this.pending = false;
    this.draw();
    if (otherTab) this.say(this.t('plan.otherTab'));
  }

  /** Called when a form closes: draws what another tab changed meanwhile. */
  doneEditing(): void {
    this.editing = false;
    if (this.pending) this.redraw(true);
  }

  /**
   * Changes the review shown and saves; returns the changed review, or
   * undefined when nothing changed or the change would make the reviews too large.
   * @example app.change((review, now) => saveAction(review, '1.14', id, input, now))
   */
  change(update: (review: Review, now: Date) => Review): Review | undefined {
    this.take(this.local.sync(this.store));
    const review = this.review();
    if (this.unreadable || !review) return undefined;
    const changed = update(review, new Date());
    if (changed === review) return undefined;
    const next = { ...this.store, reviews: this.store.reviews.map((r) => (r.id === review.id ? changed : r)) };
    const text = serialiseStore(next);
    if (utf8Bytes(text) > MAX_STORE_BYTES && utf8Bytes(text) > this.local.storedBytes()) {
      this.alert(this.t('plan.step.full'));
      return undefined;
    }
    this.alert(this.local.write(next, text) ? '' : this.t('plan.storage'));
    this.store = next;
    return changed;
  }

  alert(message: string): void {
    const alert = this.part('alert');
    if (alert.textContent !== message) alert.textContent = message;
  }

  /** Announces a message politely; a repeated message is announced again. */
  say(message: string): void {
    const status = this.part('status');
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  }
}
