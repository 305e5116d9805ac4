import type { Days } from '../../islands/days';
import type { IslandMessages, IslandTranslator } from '../../islands/translator';
import type { ReviewMessageKey } from './messages';

/*
 * What the server-rendered page hands to the browser script, in the island's
 * JSON config block: the key areas, continuum stages and renumbered items, and
 * the interface strings the script writes itself. The items' texts are not
 * here: the page carries them once, in its markup (see `catalogue.ts`).
 */

export interface ReviewKeyAreaData {
  area: number;
  /** e.g. "Key area 3: Developing and Working with Others" */
  label: string;
  /** e.g. "Key area 3" */
  short: string;
  /** e.g. "Developing and Working with Others" */
  title: string;
  /** The language the key area's texts are written in, when it is not the page's. */
  lang?: string | undefined;
}

export interface ReviewStageData {
  id: string;
  name: string;
}

export type { ReviewMessageKey } from './messages';

export interface ReviewPageData {
  locale: string;
  /** The BCP 47 tag for plural rules, e.g. `cy-GB`. */
  intl: string;
  /**
   * The months' names, January first, as the server's full Intl data writes them:
   * browsers such as Chrome have no Welsh date formats and would write English.
   */
  months: string[];
  /** The address of the standards, to which an item number and `/` are added. */
  standardsHref: string;
  keyAreas: ReviewKeyAreaData[];
  /** Each group's label for an item, e.g. "Statement · Knowledge and skills", by group id. */
  groupLabels: Record<string, string>;
  stages: ReviewStageData[];
  /** The language the stage names are written in, when it is not the page's. */
  stagesLang?: string | undefined;
  /** Renumbered items, old number → new, from the redirects registry (`reconcile.ts`). */
  renames: Record<string, string>;
  /** Exactly the messages the script declares (`REVIEW_MESSAGES`). */
  messages: IslandMessages<ReviewMessageKey>;
}

/**
 * A size as people write it, e.g. "1 MB", "2 MB" (the limits are whole megabytes).
 * @example megabytes(2 * 1024 * 1024) // '2 MB'
 */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The review's `t()`: the kit's translator over the review's declared messages. */
export type ReviewTranslator = IslandTranslator<ReviewMessageKey> & Days;
