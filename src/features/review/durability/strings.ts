import { createTranslator, type IslandTranslator } from '../../../islands/translator';
import { offline as cy } from '../../../i18n/cy/offline';
import { offline as en } from '../../../i18n/en/offline';
import { INTL_TAGS } from '../../../lib/locales/locales';

/*
 * The strings of the review's durability screens ("Where your reviews are
 * kept", "Keep my reviews in a file"), which are loaded after the review has
 * been drawn: they come with that code, in both languages, rather than in the
 * messages every review page carries (the review's budget, tests/budgets.ts),
 * and are read with the islands' one translator.
 */

export type OfflineKey = keyof typeof en;
export type OfflineTranslator = IslandTranslator<OfflineKey>;

/**
 * `t()` for the page's language (its `<html lang>`), with `{name}` and the like filled in.
 * @example offlineTranslator()('offline.file.active', { name: 'reviews.json' })
 */
export function offlineTranslator(): OfflineTranslator {
  const welsh = document.documentElement.lang === 'cy';
  return createTranslator({ intl: INTL_TAGS[welsh ? 'cy' : 'en'], messages: welsh ? cy : en });
}
