import { describe, expect, it } from 'vitest';
import { isSafariEngine, REMIND_AFTER_DAYS, storageStatus, type StorageFacts } from './storage-status';

/* How safe a review is in the browser, and when to remind the person to export (issue 24, item 5). */

const now = new Date('2026-06-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const facts = (more: Partial<StorageFacts>): StorageFacts => ({ persisted: false, installed: false, safari: false, lastExport: null, lastChange: daysAgo(1), now, ...more });

describe('storageStatus', () => {
  it('is kept for good when the browser made the storage persistent, or the site is installed', () => {
    expect(storageStatus(facts({ persisted: true })).safety).toBe('kept');
    expect(storageStatus(facts({ installed: true })).safety).toBe('kept');
    expect(storageStatus(facts({})).safety).toBe('may-clear');
  });

  it('on Safari only installing keeps it, and Add to Home Screen is explained until then', () => {
    expect(storageStatus(facts({ safari: true, persisted: true }))).toMatchObject({ safety: 'may-clear', explainInstall: true });
    expect(storageStatus(facts({ safari: true, installed: true }))).toMatchObject({ safety: 'kept', explainInstall: false });
  });

  it(`reminds when changes have not been exported for ${REMIND_AFTER_DAYS} days, never before, never with nothing new`, () => {
    expect(storageStatus(facts({ lastExport: daysAgo(REMIND_AFTER_DAYS), lastChange: daysAgo(2) })).remind).toBe(true);
    expect(storageStatus(facts({ lastExport: daysAgo(REMIND_AFTER_DAYS - 1), lastChange: daysAgo(0) })).remind).toBe(false);
    expect(storageStatus(facts({ lastExport: daysAgo(30), lastChange: daysAgo(31) })).remind).toBe(false);
    expect(storageStatus(facts({ lastExport: null, lastChange: daysAgo(REMIND_AFTER_DAYS + 1) })).remind).toBe(true);
    expect(storageStatus(facts({ lastExport: null, lastChange: daysAgo(1) })).remind).toBe(false);
    expect(storageStatus(facts({ lastChange: null })).remind).toBe(false);
  });
});

describe('isSafariEngine', () => {
  it('tells Safari from Chrome and Edge', () => {
    expect(isSafariEngine('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1')).toBe(true);
    expect(isSafariEngine('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0')).toBe(false);
  });
});
