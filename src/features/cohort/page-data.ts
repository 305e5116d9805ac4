import type { CitationIndex } from '../../lib/content/offers';
import type { Days } from '../../islands/days';
import type { IslandMessages, IslandTranslator } from '../../islands/translator';
import type { ReviewKeyAreaData, ReviewStageData } from '../review/page-data';
import type { CohortMessageKey } from './messages';

/*
 * What the cohort page hands to its script: the key areas, items, stages and
 * renumbered items (as the review has them), the index of what cites each
 * item, and the strings the script writes (`COHORT_MESSAGES`), read with the
 * kit's translator.
 */

export type { CohortMessageKey } from './messages';

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
  messages: IslandMessages<CohortMessageKey>;
}

/** The cohort script's `t()`: the kit's translator over the cohort's declared messages. */
export type CohortTranslator = IslandTranslator<CohortMessageKey> & Days;
