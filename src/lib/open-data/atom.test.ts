import { describe, expect, it } from 'vitest';
import { atomDate, buildAtomFeed, sortEntries, tagUri, type AtomEntry, type AtomFeed } from './atom';
import { escapeXml } from './xml';

const SITE = 'https://leadership.example.sch.uk';

function entry(overrides: Partial<AtomEntry> = {}): AtomEntry {
  return {
    id: `${SITE}/case-studies/a/`,
    url: `${SITE}/case-studies/a/`,
    title: 'A case study',
    summary: 'What it shows.',
    updated: new Date('2026-11-23T00:00:00Z'),
    ...overrides,
  };
}

function feed(entries: AtomEntry[], overrides: Partial<AtomFeed> = {}): AtomFeed {
  return {
    id: `${SITE}/feed.xml`,
    title: 'Arwain: new and updated guidance',
    subtitle: 'New & updated',
    lang: 'en',
    selfUrl: `${SITE}/feed.xml`,
    alternateUrl: `${SITE}/`,
    author: 'Arwain',
    entries,
    ...overrides,
  };
}

/**
 * Checks that every tag is closed in order and that no raw `&` or `<` is left
 * in text, which is what a feed reader's XML parser needs (the browser tests
 * parse the built feed with a real XML parser).
 */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  const text = body.replace(/<[^>]*>/g, '');
  return stack.length === 0 && !/&(?!(amp|lt|gt|quot|apos);)/.test(text) && !/</.test(text);
}

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`Tom & "Jerry" <3 it's >`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;3 it&apos;s &gt;');
  });

  it('drops control characters XML cannot hold, keeping tabs, line breaks and Welsh letters', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne ŵŷ')).toBe('abc\td\ne ŵŷ');
  });
});

describe('atomDate', () => {
  it('writes RFC 3339 dates in UTC to the second', () => {
    expect(atomDate(new Date('2026-11-23'))).toBe('2026-11-23T00:00:00Z');
    expect(atomDate(new Date('2026-11-23T10:11:12.345Z'))).toBe('2026-11-23T10:11:12Z');
  });
});

describe('buildAtomFeed', () => {
  it('writes the required feed elements, with self and alternate links', () => {
    const xml = buildAtomFeed(feed([entry()]));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')).toBe(true);
    expect(xml).toContain(`<id>${SITE}/feed.xml</id>`);
    expect(xml).toContain('<title>Arwain: new and updated guidance</title>');
    expect(xml).toContain('<subtitle>New &amp; updated</subtitle>');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/feed.xml"/>`);
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${SITE}/"/>`);
    expect(xml).toContain('<author><name>Arwain</name></author>');
    expect(wellFormed(xml)).toBe(true);
  });

  it('writes each entry with id, title, updated, link and summary', () => {
    const xml = buildAtomFeed(feed([entry({ category: { term: 'case-study', label: 'Case study' } })]));
    expect(xml).toContain(
      [
        '  <entry>',
        `    <id>${SITE}/case-studies/a/</id>`,
        '    <title>A case study</title>',
        '    <updated>2026-11-23T00:00:00Z</updated>',
        `    <link rel="alternate" type="text/html" href="${SITE}/case-studies/a/"/>`,
        '    <category term="case-study" label="Case study"/>',
        '    <summary type="text">What it shows.</summary>',
        '  </entry>',
      ].join('\n'),
    );
  });

  it('escapes titles, summaries and addresses, so markup in content cannot break the feed', () => {
    const xml = buildAtomFeed(feed([entry({ title: 'Schools & <partners>', summary: 'Schools should: "evaluate" it', url: `${SITE}/a/?x=1&y=2` })]));
    expect(xml).toContain('<title>Schools &amp; &lt;partners&gt;</title>');
    expect(xml).toContain('<summary type="text">Schools should: &quot;evaluate&quot; it</summary>');
    expect(xml).toContain('href="https://leadership.example.sch.uk/a/?x=1&amp;y=2"');
    expect(wellFormed(xml)).toBe(true);
  });

  it('puts the newest entry first and takes the feed’s updated date from it', () => {
    const xml = buildAtomFeed(
      feed([
        entry({ id: 'old', title: 'Old', updated: new Date('2026-01-01') }),
        entry({ id: 'new', title: 'New', updated: new Date('2026-11-30') }),
        entry({ id: 'mid', title: 'Mid', updated: new Date('2026-06-01') }),
      ]),
    );
    expect([...xml.matchAll(/<title>(\w+)<\/title>/g)].map((m) => m[1])).toEqual(['New', 'Mid', 'Old']);
    expect(xml).toMatch(/<author>[\s\S]*<\/author>/);
    expect(xml.split('<entry')[0]).toContain('<updated>2026-11-30T00:00:00Z</updated>');
  });

  it('orders entries of the same date by title, so rebuilding gives the same feed', () => {
    const same = new Date('2026-11-23');
    const titles = sortEntries([entry({ title: 'b', updated: same }), entry({ title: 'a', updated: same })]).map((e) => e.title);
    expect(titles).toEqual(['a', 'b']);
  });

  it('marks an entry in another language than the feed, keeping the category label in the feed’s', () => {
    const xml = buildAtomFeed(feed([entry({ lang: 'en', category: { term: 'page', label: 'Tudalen' } })], { lang: 'cy' }));
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="cy">');
    expect(xml).toContain('  <entry xml:lang="en">');
    expect(xml).toContain('<category term="page" label="Tudalen" xml:lang="cy"/>');
    expect(wellFormed(xml)).toBe(true);
  });

  it('needs an updated date when there are no entries', () => {
    expect(() => buildAtomFeed(feed([]))).toThrow(/updated date/);
    expect(buildAtomFeed(feed([], { updated: new Date('2026-11-23') }))).toContain('<updated>2026-11-23T00:00:00Z</updated>');
  });
});

describe('tagUri', () => {
  it('names a thing for good, whatever host the site is on (RFC 4151)', () => {
    expect(tagUri('arwain@example.org,2026', 'cy/case-studies/rct-aspiring-leaders/')).toBe('tag:arwain@example.org,2026:cy/case-studies/rct-aspiring-leaders/');
    expect(tagUri('leadership.example.sch.uk,2026-12-01', 'en/feed.xml')).toBe('tag:leadership.example.sch.uk,2026-12-01:en/feed.xml');
  });

  it('percent-encodes what a tag may not hold', () => {
    expect(tagUri('a.example,2026', 'en/a b/ŵ')).toBe('tag:a.example,2026:en/a%20b/%C5%B5');
  });
});
