/*
 * How safe a review kept in this browser is, and when to remind the person to
 * keep a copy: pure rules, from what the browser says (is the storage
 * persistent? is the site installed? is this Safari?) and the dates of the last
 * export and the last change.
 */

/** Days without exporting, with changes since, after which the review reminds. */
export const REMIND_AFTER_DAYS = 14;

export interface StorageFacts {
  /** `navigator.storage.persisted()`: the browser keeps the site's storage until the person clears it. */
  persisted: boolean;
  /** The site runs as an installed app (display-mode standalone). */
  installed: boolean;
  /** Safari (iPhone, iPad, Mac): clears a site's storage after 7 days of use without a visit, unless installed. */
  safari: boolean;
  /** When the reviews were last exported (ISO time), if ever. */
  lastExport: string | null;
  /** When the reviews last changed (ISO time), if ever. */
  lastChange: string | null;
  now: Date;
}

export interface StorageStatus {
  /** `kept`: kept for good; `may-clear`: the browser may clear it. */
  safety: 'kept' | 'may-clear';
  /** Explain Add to Home Screen (Safari, not installed). */
  explainInstall: boolean;
  /** Changes not exported for a while (or never exported). */
  remind: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The storage status from the facts.
 * @example storageStatus({ persisted: false, installed: false, safari: true, lastExport: null, lastChange: '2026-03-01T09:00:00.000Z', now }).safety // 'may-clear'
 */
export function storageStatus(facts: StorageFacts): StorageStatus {
  // Safari's 7-day rule does not apply to a site installed to the home screen; elsewhere, only persistence keeps storage for good.
  const kept = facts.safari ? facts.installed : facts.persisted || facts.installed;
  const changedSinceExport = facts.lastChange !== null && (facts.lastExport === null || facts.lastChange > facts.lastExport);
  const since = facts.lastExport ?? facts.lastChange;
  const old = since !== null && facts.now.getTime() - Date.parse(since) >= REMIND_AFTER_DAYS * DAY;
  return { safety: kept ? 'kept' : 'may-clear', explainInstall: facts.safari && !facts.installed, remind: changedSinceExport && old };
}

/**
 * True for Safari (not Chrome or Edge on iOS, which use Safari's engine and its rules too).
 * @example isSafariEngine(navigator.userAgent)
 */
export function isSafariEngine(userAgent: string): boolean {
  return /AppleWebKit/.test(userAgent) && !/Chrome|Chromium|Android/.test(userAgent);
}
