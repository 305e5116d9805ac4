/*
 * Days written out in the page's language, for the islands that show dates (the
 * review, the cohort, the plan, the mentor). Kept apart from the translator,
 * which every island loads, so that the filter and search do not carry it.
 */

export interface Days {
  /** A `YYYY-MM-DD` day written out, e.g. "12 March 2026" / "12 Mawrth 2026". */
  day(day: string): string;
  /** The day of a timestamp, in the reader's time zone. */
  dayOfTimestamp(timestamp: string): string;
}

/**
 * Adds `day()` and `dayOfTimestamp()` to a translator, with the months' names
 * the server sent (January first): browsers such as Chrome have no Welsh date
 * formats and would write English.
 * @example withDays(createTranslator(config), config.months).day('2026-11-23') // '23 Tachwedd 2026'
 */
export function withDays<T extends object>(t: T, months: readonly string[]): T & Days {
  // "23 November 2026" and "23 Tachwedd 2026": day, month, year in both languages.
  const day = (text: string) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    return `${d} ${months[m - 1] ?? m} ${y}`;
  };
  const dayOfTimestamp = (timestamp: string) => {
    const date = new Date(timestamp);
    return day(`${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`);
  };
  return Object.assign(t, { day, dayOfTimestamp });
}
