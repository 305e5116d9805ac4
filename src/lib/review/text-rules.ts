/*
 * The rules for text that every stored file shares: no markup, real days and
 * moments. Their own module, imported by the review model and by the plan's
 * schema (src/lib/review/plan-schema.ts), which the model in turn imports: so
 * neither needs the other to load first.
 */

/** The message reported for text that contains markup; `storage-format.ts` looks for it. */
export const MARKUP_MESSAGE = 'contains markup';

/**
 * True when text contains something a browser would read as markup: a tag,
 * closing tag, comment or declaration. `5 < 6` and `<3` are not markup.
 * @example hasMarkup('<script>alert(1)</script>') // true
 */
export function hasMarkup(text: string): boolean {
  return /<[a-z!/?]/i.test(text);
}

/**
 * True for a real calendar day written `YYYY-MM-DD`.
 * @example isDay('2026-02-30') // false
 */
export function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * True for a moment written as JavaScript's `toISOString` writes it, in UTC.
 * @example isTimestamp('2026-03-15T12:00:00.000Z') // true
 */
export function isTimestamp(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/.test(text) && isDay(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}
