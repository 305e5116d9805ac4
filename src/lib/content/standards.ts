import { compareItemNumbers, parseItemNumber, type ItemKind, type ItemNumber } from './item-number';

/**
 * The four groups of every key area, in the source's order. The first three hold
 * statements (the attributes), the last the actions that exemplify them.
 */
export const GROUPS = ['knowledge-and-skills', 'personal-qualities-and-values', 'professional-characteristics', 'actions'] as const;
export type GroupId = (typeof GROUPS)[number];

/** Which kind of item a group holds. */
export function kindOfGroup(group: GroupId): ItemKind {
  return group === 'actions' ? 'action' : 'statement';
}

export interface Item {
  number: string;
  parsed: ItemNumber;
  text: string;
  group: GroupId;
  area: number;
  /** The language the text is written in (a BCP 47 tag such as `en` or `cy`). */
  lang: string;
}

/** A key area as authored: one entry of the key-areas collection. */
export interface KeyAreaSource {
  slug: string;
  area: number;
  title: string;
  groups: Record<GroupId, { number: string; text: string }[]>;
  /** The language the key area is written in; English when not given. */
  lang?: string;
}

export interface KeyArea {
  slug: string;
  area: number;
  title: string;
  groups: Record<GroupId, Item[]>;
  /** Every item of the key area in the standards' order. */
  items: Item[];
}

export interface Standards {
  keyAreas: KeyArea[];
  /** Every statement and action, in the standards' order. */
  items: Item[];
  byNumber: Map<string, Item>;
  keyAreaByNumber: Map<number, KeyArea>;
}

/**
 * Builds the standards from the key areas as authored. Assumes the authored
 * data has passed `findStandardsProblems`; items are sorted by number.
 * @example buildStandards(entries).byNumber.get('1.14')?.text
 */
export function buildStandards(sources: KeyAreaSource[]): Standards {
  const keyAreas = [...sources]
    .sort((a, b) => a.area - b.area)
    .map((source): KeyArea => {
      const groups = Object.fromEntries(
        GROUPS.map((group) => [
          group,
          source.groups[group]
            .map((raw) => {
              const parsed = parseItemNumber(raw.number);
              if (!parsed) throw new Error(`Not an item number: ${raw.number}`);
              return { number: parsed.text, parsed, text: raw.text, group, area: source.area, lang: source.lang ?? 'en' };
            })
            .sort((a, b) => compareItemNumbers(a.number, b.number)),
        ]),
      ) as Record<GroupId, Item[]>;
      return { slug: source.slug, area: source.area, title: source.title, groups, items: GROUPS.flatMap((g) => groups[g]) };
    });
  const items = keyAreas.flatMap((area) => area.items);
  return {
    keyAreas,
    items,
    byNumber: new Map(items.map((item) => [item.number, item])),
    keyAreaByNumber: new Map(keyAreas.map((area) => [area.area, area])),
  };
}

/**
 * The items before and after `number` in reading order, across key areas.
 */
export function neighbours(standards: Standards, number: string): { previous?: Item | undefined; next?: Item | undefined } {
  const at = standards.items.findIndex((item) => item.number === number);
  if (at < 0) return {};
  return { previous: standards.items[at - 1], next: standards.items[at + 1] };
}
