import { reconcile, type Numbering, type Rename } from './reconcile';
import { emptyStore, parseStore, serialiseStore, utf8Bytes, type ImportError, type Store } from './storage-format';
import { mergeTabs } from './sync';
import { moveFromLegacyKey, siteKey } from '../../islands/storage-keys';

/*
 * The reviews as kept in the browser's localStorage, shared by every tab of the
 * site. This tab remembers what it last read or wrote there (the text, and the
 * reviews in it); anything else found there was written by another tab, and is
 * merged with this tab's reviews (`sync.ts`) before this tab writes. Storage
 * that is blocked, full or unreadable is reported, never ignored, and stored
 * text this version cannot read is never written over.
 */

/** The names used before they carried the base path; what they hold is moved on first load. */
export const LEGACY_KEYS = { store: 'arwain.reviews', current: 'arwain.reviews.current' } as const;

export interface StorageKeys {
  /** The reviews. */
  store: string;
  /** Which review this browser showed last; each tab may then show its own. */
  current: string;
}

/**
 * The storage names of the copy of the site at `base` (see `storage-keys.ts`).
 * @example reviewKeys('/').store // 'arwain.reviews@/'
 */
export function reviewKeys(base: string): StorageKeys {
  return { store: siteKey(LEGACY_KEYS.store, base), current: siteKey(LEGACY_KEYS.current, base) };
}

export type StorageProblem = 'blocked' | 'quota' | 'too-large' | 'failed';

/** Stored text that cannot be read: kept untouched, for the person to download or delete. */
export interface Unreadable {
  text: string;
  error: ImportError;
}

export type Read = { ok: true; store: Store; renamed: Rename[] } | { ok: false; unreadable: Unreadable };

/**
 * Why storage failed, from the error the browser threw.
 * @example problemOf(new DOMException('', 'QuotaExceededError')) // 'quota'
 */
export function problemOf(error: unknown): StorageProblem {
  if (error instanceof DOMException) {
    if (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
    if (error.name === 'SecurityError') return 'blocked';
  }
  return 'failed';
}

export class LocalReviews {
  /** The stored text as this tab last read or wrote it; null when there was none. */
  private lastText: string | null = null;
  /** The reviews in `lastText`: the version both this tab and another started from, for merging. */
  private base: Store = emptyStore();
  /** The reviews are still under the old name, because the storage could not take a copy. */
  private unmoved = false;
  /** The latest storage problem, until a write succeeds. */
  problem: StorageProblem | null;

  /**
   * @param storage the browser's localStorage, or null where it is blocked
   * @example new LocalReviews(window.localStorage, { known, renames })
   */
  constructor(
    private readonly storage: Storage | null,
    private readonly numbering: Numbering,
    problem: StorageProblem | null = storage ? null : 'blocked',
    readonly keys: StorageKeys = reviewKeys('/'),
  ) {
    this.problem = problem;
  }

  /** Reads the stored text, or undefined when storage cannot be read. */
  private readText(): string | null | undefined {
    if (!this.storage) return undefined;
    try {
      const text = this.storage.getItem(this.keys.store);
      // Until they could be moved, the reviews are read where they were.
      return text === null && this.unmoved ? this.storage.getItem(LEGACY_KEYS.store) : text;
    } catch (error) {
      this.problem = problemOf(error);
      return undefined;
    }
  }

  /** Reviews kept under the names used before the base path was part of them move to the new names, once. */
  private moveFromLegacyKeys(): void {
    if (!this.storage) return;
    try {
      moveFromLegacyKey(this.storage, LEGACY_KEYS.store, this.keys.store);
      moveFromLegacyKey(this.storage, LEGACY_KEYS.current, this.keys.current);
    } catch (error) {
      // A full storage cannot take the copy: the reviews are read under the old name, and moved by the next write.
      this.problem = problemOf(error);
      this.unmoved = true;
    }
  }

  /** Parses stored text, moving renumbered items; stored text is never refused for its size. */
  private parse(text: string | null): Read {
    if (text === null) return { ok: true, store: emptyStore(), renamed: [] };
    const parsed = parseStore(text, { maxBytes: Infinity });
    if (!parsed.ok) return { ok: false, unreadable: { text, error: parsed.error } };
    return { ok: true, ...reconcile(parsed.store, this.numbering) };
  }

  /**
   * Reads the stored reviews when the page opens; renumbered items are moved and saved so.
   * @example const read = local.load(); if (read.ok) show(read.store);
   */
  load(): Read {
    this.moveFromLegacyKeys();
    const text = this.readText();
    if (text === undefined) return { ok: true, store: emptyStore(), renamed: [] };
    const read = this.parse(text);
    if (!read.ok) return read;
    this.lastText = text;
    this.base = read.store;
    if (read.renamed.length > 0) this.write(read.store);
    return read;
  }

  /**
   * Takes in what another tab stored (`text`, e.g. from a `storage` event),
   * merged with `shown`, this tab's reviews; writes the merge back when it
   * holds changes the other tab's text lacks. Returns the reviews to show.
   * @example const read = local.receive(event.newValue, state.store);
   */
  receive(text: string | null, shown: Store): Read {
    if (text === this.lastText) return { ok: true, store: shown, renamed: [] };
    const read = this.parse(text);
    if (!read.ok) return read;
    const merged = mergeTabs(this.base, shown, read.store);
    this.lastText = text;
    this.base = read.store;
    if (text === null ? merged.reviews.length > 0 : serialiseStore(merged) !== text) this.write(merged);
    return { ...read, store: merged };
  }

  /**
   * Before a change: takes in anything another tab stored that this tab has
   * not seen yet (its `storage` event may still be on its way).
   * @example const read = local.sync(state.store);
   */
  sync(shown: Store): Read {
    const text = this.readText();
    return text === undefined ? { ok: true, store: shown, renamed: [] } : this.receive(text, shown);
  }

  /** The reviews as last read or written: what a change not yet saved is compared with. */
  saved(): Store {
    return this.base;
  }

  /** The size in bytes of what is stored: what a change is compared with. */
  storedBytes(): number {
    return this.lastText === null ? 0 : utf8Bytes(this.lastText);
  }

  /**
   * Writes the reviews; a full or blocked storage is reported in `problem`.
   * @returns true when they were written
   * @example if (!local.write(store)) alert(local.problem);
   */
  write(store: Store, text = serialiseStore(store)): boolean {
    if (!this.storage) {
      this.problem ??= 'blocked';
      return false;
    }
    try {
      this.storage.setItem(this.keys.store, text);
    } catch (error) {
      this.problem = problemOf(error);
      return false;
    }
    this.lastText = text;
    this.base = store;
    this.problem = null;
    this.unmoved = false;
    return true;
  }

  /**
   * Deletes the stored reviews, e.g. unreadable ones the person chose to discard.
   * An empty list is kept in their place (not nothing), so that reviews under
   * the old name (`LEGACY_KEYS`) are not moved in again.
   * @example local.clear()
   */
  clear(): void {
    this.unmoved = false;
    this.write(emptyStore());
  }

  /** Remembers which review this browser showed last; losing that loses nothing, so failures are ignored. */
  rememberCurrent(id: string | null): void {
    try {
      if (id) this.storage?.setItem(this.keys.current, id);
      else this.storage?.removeItem(this.keys.current);
    } catch {
      // Which review was shown last is a convenience.
    }
  }

  /** The review this browser showed last, if any. */
  rememberedCurrent(): string | null {
    try {
      return this.storage?.getItem(this.keys.current) ?? null;
    } catch {
      return null;
    }
  }
}
