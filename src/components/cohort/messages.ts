import { cy } from '../../i18n/cy';
import { en } from '../../i18n/en';
import type { Message } from '../../i18n/messages';
import type { Locale } from '../../lib/locales';
import type { CohortMessageKey } from './page-data';

/*
 * Server-side only (CohortView.astro): it reads the whole dictionaries. Kept out
 * of page-data.ts, which the cohort script imports, so that the script's bundle
 * does not carry every string of the site in both languages.
 */

/**
 * The strings the cohort script writes, in `locale`.
 * @example cohortMessages('cy')['cohort.cell.hidden'] // 'heb ei ddangos'
 */
export function cohortMessages(locale: Locale): Partial<Record<CohortMessageKey, Message>> {
  const dictionary = { en, cy }[locale];
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => key.startsWith('cohort.') || key.startsWith('review.level.')));
}
