/**
 * An item number names one statement or action of the standards: `1.14` is the
 * fourteenth statement of key area 1, `3.4a` the fourth action of key area 3.
 * This module is the only parser of that notation; everything else asks it.
 */

export type ItemKind = 'statement' | 'action';

export interface ItemNumber {
  /** Key area, 1–6. */
  area: number;
  /** Position within the statements or within the actions of the key area. */
  index: number;
  kind: ItemKind;
  /** The canonical text form, e.g. `3.4a`. */
  text: string;
}

const ITEM_NUMBER = /^([1-9])\.([1-9][0-9]?)(a?)$/;

/**
 * Parses an item number, or returns `undefined` when the text is not one.
 * @example parseItemNumber('3.4a') // { area: 3, index: 4, kind: 'action', text: '3.4a' }
 */
export function parseItemNumber(text: string): ItemNumber | undefined {
  const match = ITEM_NUMBER.exec(text.trim());
  if (!match) return undefined;
  const [, area, index, suffix] = match;
  return {
    area: Number(area),
    index: Number(index),
    kind: suffix === 'a' ? 'action' : 'statement',
    text: `${area}.${Number(index)}${suffix}`,
  };
}

/** True when `text` is written as an item number (whether or not the item exists). */
export function isItemNumber(text: string): boolean {
  return parseItemNumber(text) !== undefined;
}

/**
 * Orders item numbers as the standards do: by key area, statements before
 * actions, then by index (so `1.9` precedes `1.10`).
 * @example ['1.10', '1.1a', '1.9'].sort(compareItemNumbers) // ['1.9', '1.10', '1.1a']
 */
export function compareItemNumbers(a: string, b: string): number {
  const x = parseItemNumber(a);
  const y = parseItemNumber(b);
  if (!x || !y) return a.localeCompare(b);
  if (x.area !== y.area) return x.area - y.area;
  if (x.kind !== y.kind) return x.kind === 'statement' ? -1 : 1;
  return x.index - y.index;
}
