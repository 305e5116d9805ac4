import type { MessageKey } from '../../i18n';
import type { Message } from '../../i18n/messages';
import type { CitationIndex } from '../../lib/cohort/offers';
import { createTranslator, type ReviewKeyAreaData, type ReviewStageData } from '../review/page-data';

/*
 * What the cohort page hands to its script: the key areas, items, stages and
 * renumbered items (as the review has them), the index of what cites each
 * item, and the strings the script writes. The translator is the review's.
 */

export type CohortMessageKey = Extract<MessageKey, `cohort.${string}` | `review.level.${string}`>;

export interface CohortItemData {
  number: string;
  area: number;
  text: string;
}

export interface CohortPageData {
  locale: string;
  intl: string;
  months: string[];
  standardsHref: string;
  keyAreas: ReviewKeyAreaData[];
  items: CohortItemData[];
  stages: ReviewStageData[];
  stagesLang?: string | undefined;
  renames: Record<string, string>;
  index: CitationIndex;
  maxBytes: number;
  messages: Partial<Record<CohortMessageKey, Message>>;
}

export interface CohortTranslator {
  (key: CohortMessageKey, values?: Record<string, string | number>): string;
  plural(key: CohortMessageKey, count: number, values?: Record<string, string | number>): string;
  day(day: string): string;
}

/**
 * The script's `t()`: the review's translator (placeholders, plural rules, dates) over the cohort's strings.
 * @example cohortTranslator(config)('cohort.progress', { done: 24, total: 50 }) // 'Reading 24 of 50 files…'
 */
export function cohortTranslator(data: CohortPageData): CohortTranslator {
  // The review's translator is typed for its own keys; the lookup itself is the same for any key.
  return createTranslator(data) as unknown as CohortTranslator;
}
