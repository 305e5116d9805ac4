import { fill } from '../../i18n/format';
import type { MessageKey } from '../../i18n';
import type { Message } from '../../i18n/messages';

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

/** Keys of the messages the script uses. */
export type ReviewMessageKey = Extract<MessageKey, `review.${string}`>;

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
  messages: Partial<Record<ReviewMessageKey, Message>>;
}

/**
 * A size as people write it, e.g. "1 MB", "2 MB" (the limits are whole megabytes).
 * @example megabytes(2 * 1024 * 1024) // '2 MB'
 */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export interface ReviewTranslator {
  (key: ReviewMessageKey, values?: Record<string, string | number>): string;
  plural(key: ReviewMessageKey, count: number, values?: Record<string, string | number>): string;
  /** A `YYYY-MM-DD` day written out, e.g. "12 March 2026" / "12 Mawrth 2026". */
  day(day: string): string;
  /** The day of a timestamp, in the reader's time zone. */
  dayOfTimestamp(timestamp: string): string;
}

/**
 * The script's `t()`: the same placeholders and plural rules as `useTranslations`,
 * over only the messages the page sent.
 * @example createTranslator(data)('review.level.secure') // 'Secure'
 */
export function createTranslator(data: Pick<ReviewPageData, 'intl' | 'messages' | 'months'>): ReviewTranslator {
  const select = pluralRules(data.intl);
  const lookup = (key: ReviewMessageKey): Message => data.messages[key] ?? key;
  const t = ((key, values) => {
    const message = lookup(key);
    return fill(typeof message === 'string' ? message : message.other, values);
  }) as ReviewTranslator;
  t.plural = (key, count, values) => {
    const message = lookup(key);
    if (typeof message === 'string') return fill(message, { count, ...values });
    return fill(message[select(count)] ?? message.other, { count, ...values });
  };
  // "23 November 2026" and "23 Tachwedd 2026": day, month, year in both languages.
  t.day = (day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return `${d} ${data.months[m - 1] ?? m} ${y}`;
  };
  t.dayOfTimestamp = (timestamp) => {
    const date = new Date(timestamp);
    return t.day(`${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`);
  };
  return t;
}

/**
 * The language's plural rule: the browser's when it has one, else the CLDR rule
 * for whole numbers written out here (Welsh has six forms).
 */
function pluralRules(tag: string): (count: number) => Intl.LDMLPluralRule {
  if (Intl.PluralRules.supportedLocalesOf([tag]).length > 0) {
    const rules = new Intl.PluralRules(tag);
    return (count) => rules.select(count);
  }
  if (tag.startsWith('cy')) {
    const forms: Record<number, Intl.LDMLPluralRule> = { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many' };
    return (count) => forms[count] ?? 'other';
  }
  return (count) => (count === 1 ? 'one' : 'other');
}
