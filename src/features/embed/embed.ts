/*
 * The height of an embedded card's iframe. A frame cannot size itself to its
 * content without script on the host page, so the snippet says how tall to make
 * it: enough for the card at its narrowest (320 pixels), where text wraps most.
 * The estimate counts wrapped lines; the card's footer sits at the bottom of any
 * spare height, so a generous estimate looks deliberate at wider sizes.
 */

/** How many lines `text` takes when wrapped at `capacity` characters, word by word. */
export function wrappedLines(text: string, capacity: number): number {
  if (text.trim() === '') return 0;
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/\s+/)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= capacity) used += 1 + length;
    else {
      lines += 1;
      used = length;
    }
    // A word longer than a line breaks across lines.
    while (used > capacity) {
      lines += 1;
      used -= capacity;
    }
  }
  return lines;
}

export interface ItemCardText {
  /** The line above the title, e.g. the site's tagline. */
  caption: string;
  /** The statement or action itself. */
  text: string;
  /** The smaller lines under it: key area, group. */
  meta: string[];
  /** A translation notice, when the card shows one. */
  notice?: string | undefined;
}

/** Sizes at 320 pixels wide, from `src/features/embed/embed.css`: characters per line and line heights in pixels. */
const NARROW = {
  frame: 5 + 16 + 1, // top border, top padding, bottom border
  title: 25 + 8,
  footer: 8 + 22 + 8 + 1,
  smallLine: 22,
  smallCapacity: 34,
  textLine: 26,
  textCapacity: 28,
  gap: 16,
};

/**
 * The iframe height, in pixels, that shows an item's card whole at 320 pixels wide.
 * @example itemCardHeight({ caption: 'Leadership standards for schools in Wales', text: 'the school of the future', meta: ['Key area 1: Creating Strategic Direction', 'Knowledge and Skills'] })
 */
export function itemCardHeight(card: ItemCardText): number {
  const n = NARROW;
  const small = (text: string) => wrappedLines(text, n.smallCapacity) * n.smallLine;
  const height =
    n.frame +
    small(card.caption) +
    n.title +
    wrappedLines(card.text, n.textCapacity) * n.textLine +
    n.gap +
    card.meta.reduce((sum, line) => sum + small(line), 0) +
    n.gap +
    (card.notice ? small(card.notice) + n.gap : 0) +
    n.footer;
  // A little room for fonts wider than the estimate, rounded to a tidy number.
  return Math.ceil((height * 1.15) / 10) * 10;
}

/** The iframe height of a key area's card: its long list scrolls inside, the link back kept in view. */
export const KEY_AREA_CARD_HEIGHT = 600;
