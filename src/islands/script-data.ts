/**
 * Serialises data for a `<script type="application/json">` block, the way pages
 * hand data to their islands under the CSP. `<` is escaped so no string in the
 * data (a title, a statement) can close the script element.
 * @example jsonForScript({ title: '</script>' }) // '{"title":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
