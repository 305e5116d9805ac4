import { escapeXml } from './xml';

/*
 * Atom 1.0 (RFC 4287) feeds, written as text: the site's feed of new and updated
 * guidance is built from these pure functions by `src/data/feed.ts`.
 */

export interface AtomEntry {
  /** A permanent, unique IRI for the entry, the same wherever the site is published: a `tag:` URI (see `tagUri`). */
  id: string;
  title: string;
  updated: Date;
  /** The address of the entry's page: absolute, or relative to the feed's own address. */
  url: string;
  /** Plain text; escaped here. */
  summary: string;
  /** The language of the entry's title and summary, when it is not the feed's. */
  lang?: string | undefined;
  /** What kind of page the entry is, e.g. `{ term: 'case-study', label: 'Case study' }`. */
  category?: { term: string; label: string } | undefined;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** The feed's language, a BCP 47 tag such as `en` or `cy`. */
  lang: string;
  /** The address of the feed itself: absolute, or a path (Atom resolves it against the feed's address). */
  selfUrl: string;
  /** The address of the site the feed is about, likewise. */
  alternateUrl: string;
  author: string;
  /** When there are no entries, the feed's `updated` date; otherwise the newest entry's. */
  updated?: Date | undefined;
  entries: AtomEntry[];
}

/**
 * A `tag:` URI (RFC 4151): a permanent name that does not depend on where the
 * site is published. The authority is a domain or email address its owner held
 * on the given date, e.g. "arwain@example.org,2026"; the rest names the thing.
 * Characters a tag may not hold are percent-encoded.
 * @example tagUri('arwain@example.org,2026', 'cy/case-studies/rct-aspiring-leaders/') // 'tag:arwain@example.org,2026:cy/case-studies/rct-aspiring-leaders/'
 */
export function tagUri(authority: string, specific: string): string {
  const encoded = specific.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/g, (c) => encodeURIComponent(c));
  return `tag:${authority}:${encoded}`;
}

/**
 * A date in the RFC 3339 form Atom requires, in UTC, to the second.
 * @example atomDate(new Date('2026-11-23')) // '2026-11-23T00:00:00Z'
 */
export function atomDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The entries newest first; entries of the same date in title order, so the feed is stable. */
export function sortEntries(entries: readonly AtomEntry[]): AtomEntry[] {
  return [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));
}

/**
 * An Atom 1.0 feed document. The feed's `updated` is its newest entry's, so
 * rebuilding the site without changing the content does not change the feed.
 * @example buildAtomFeed({ id, title: 'Arwain', lang: 'en', selfUrl, alternateUrl, author: 'Arwain', entries })
 */
export function buildAtomFeed(feed: AtomFeed): string {
  const entries = sortEntries(feed.entries);
  const updated = entries[0]?.updated ?? feed.updated;
  if (!updated) throw new Error('An Atom feed needs an updated date: give one when the feed has no entries.');
  const x = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">`,
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${atomDate(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.alternateUrl)}"/>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...entries.flatMap((entry) => [
      entry.lang && entry.lang !== feed.lang ? `  <entry xml:lang="${x(entry.lang)}">` : '  <entry>',
      `    <id>${x(entry.id)}</id>`,
      `    <title>${x(entry.title)}</title>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(entry.url)}"/>`,
      // The category's label is in the feed's language even when the entry is not.
      ...(entry.category ? [`    <category term="${x(entry.category.term)}" label="${x(entry.category.label)}"${entry.lang && entry.lang !== feed.lang ? ` xml:lang="${x(feed.lang)}"` : ''}/>`] : []),
      `    <summary type="text">${x(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
