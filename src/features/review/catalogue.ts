import { parseItemNumber, type ItemKind } from '../../lib/content/item-number';
import { h } from '../../islands/dom';
import type { ReviewKeyAreaData, ReviewPageData } from './page-data';

/*
 * The statements and actions a review can hold, read from the page itself: the
 * server renders each item's text once, in a `<template>` (inert, and never
 * shown as it is), and the script takes the texts from there rather than from
 * a second copy in its JSON.
 */

export interface CatalogueItem {
  number: string;
  area: number;
  kind: ItemKind;
  text: string;
  /** e.g. "Statement · Knowledge and skills" */
  kindAndGroup: string;
}

export interface Catalogue {
  /** Every item, in the standards' order. */
  items: Map<string, CatalogueItem>;
  /** The item numbers the standards have. */
  known: ReadonlySet<string>;
  keyAreas: ReviewKeyAreaData[];
  area(area: number): ReviewKeyAreaData | undefined;
  /** The items of a key area, in order. */
  inArea(area: number): CatalogueItem[];
  /** An item's text in a span with its language, or empty for an item the standards no longer have. */
  textOf(number: string): HTMLSpanElement;
  /** The key area's language when it is not the page's. */
  langOf(number: string): string | undefined;
}

/**
 * Reads the items from the catalogue template: `<ol data-area lang>` per key
 * area, `<li data-number data-group>` per item with its text.
 * @example const catalogue = readCatalogue(island.part('catalogue'), island.config)
 */
export function readCatalogue(template: HTMLTemplateElement, config: Pick<ReviewPageData, 'keyAreas' | 'groupLabels'>): Catalogue {
  const items = new Map<string, CatalogueItem>();
  const byArea = new Map<number, CatalogueItem[]>();
  for (const li of template.content.querySelectorAll<HTMLElement>('li[data-number]')) {
    const parsed = parseItemNumber(li.dataset['number'] ?? '');
    if (!parsed) continue;
    const item: CatalogueItem = {
      number: parsed.text,
      area: parsed.area,
      kind: parsed.kind,
      text: li.textContent ?? '',
      kindAndGroup: config.groupLabels[li.dataset['group'] ?? ''] ?? '',
    };
    items.set(item.number, item);
    byArea.set(item.area, [...(byArea.get(item.area) ?? []), item]);
  }
  const areas = new Map(config.keyAreas.map((keyArea) => [keyArea.area, keyArea]));
  const langOf = (number: string) => areas.get(parseItemNumber(number)?.area ?? 0)?.lang;
  return {
    items,
    known: new Set(items.keys()),
    keyAreas: config.keyAreas,
    area: (area) => areas.get(area),
    inArea: (area) => byArea.get(area) ?? [],
    langOf,
    textOf: (number) => h('span', { class: 'aw-review-item__text', lang: items.has(number) ? langOf(number) : undefined }, items.get(number)?.text ?? ''),
  };
}
