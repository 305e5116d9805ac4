import { offline as cy } from '../../i18n/cy/offline';
import { offline as en } from '../../i18n/en/offline';

/*
 * The strings of the review's durability screens ("Where your reviews are
 * kept", "Keep my reviews in a file"), which are loaded after the review has
 * been drawn: they come with that code, in both languages, rather than in the
 * messages every review page carries (the review's budget, tests/budgets.ts).
 */

export type OfflineKey = keyof typeof en;
export type OfflineTranslator = (key: OfflineKey, values?: Record<string, string | number>) => string;

/**
 * `t()` for the page's language (its `<html lang>`), with `{name}` and the like filled in.
 * @example offlineTranslator()('offline.file.active', { name: 'reviews.json' })
 */
export function offlineTranslator(): OfflineTranslator {
  const strings: Record<OfflineKey, string> = document.documentElement.lang === 'cy' ? cy : en;
  return (key, values = {}) => strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
