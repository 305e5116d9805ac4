import { describe, expect, it } from 'vitest';
import { findBodyProblems, reservedNames, siteAddresses } from './links';
import { withoutLanguage } from '../locales/urls';
import { COLLECTION_NAMES, COLLECTIONS } from './registry';
import { readContent, type ContentEntry } from './reader';
import { lineOfField, parseSource } from './source';
import { root } from '../../../tests/fixtures/content';

/*
 * The one reader of the content files (what the build's loader stores and
 * `npm run check` checks), the line numbers its messages rest on, and the links
 * it allows in the text.
 */

describe('readContent', () => {
  const snapshot = readContent(root);

  it('reads every collection of the registry into entries shaped as getCollection gives them', () => {
    expect(snapshot.problems).toEqual([]);
    expect(new Set(snapshot.entries.map((e) => e.collection))).toEqual(new Set(COLLECTION_NAMES));
    const entry = snapshot.entries.find((e) => e.id === 'en/rct-aspiring-leaders')!;
    expect(entry).toMatchObject({ collection: 'caseStudies', filePath: 'content/en/case-studies/rct-aspiring-leaders.mdx' });
    expect(entry.body).toBe(entry.body!.trim());
    expect(snapshot.entries.find((e) => e.id === 'cy/continuum')?.filePath).toBe('content/cy/continuum.yaml');
    expect(snapshot.entries.find((e) => e.id === 'csc-leadership')?.filePath).toBe('content/sources/csc-leadership.yaml');
  });

  it('gives translatable entries a locale in their id, and the others none', () => {
    for (const entry of snapshot.entries) expect(entry.id.includes('/'), entry.id).toBe(COLLECTIONS[entry.collection].translatable);
  });

  it('lists the page routes, from which the site’s own addresses come', () => {
    expect(snapshot.routes).toContain('[...lang]/continuum.astro');
    for (const name of ['standards', 'case-studies', 'search', 'review', 'data', 'embed', 'cy', 'pagefind']) expect(reservedNames(snapshot.routes).has(name), name).toBe(true);
  });
});

describe('parseSource', () => {
  const text = '---\ntitle: A\nstandards:\n  - "1.14"\n  - "3.4a"\nstages: [itt, nqt]\n---\n\n\nThe text.\n';
  const { parsed } = parseSource(text, 'mdx', 'content/en/pages/a.mdx');

  it('finds the line of every field and list item, and of the body', () => {
    expect(parsed!.lines.fields).toMatchObject({ title: 2, standards: 3, 'standards[0]': 4, 'standards[1]': 5, stages: 6 });
    expect(parsed!.lines.body).toBe(10);
    expect(parsed!.body).toBe('The text.');
  });

  it('puts a problem in a one-line list on the line of the list', () => {
    expect(lineOfField(parsed!.lines, 'stages[1]')).toBe(6);
    expect(lineOfField(parsed!.lines, 'standards[1]')).toBe(5);
    expect(lineOfField(parsed!.lines, 'summary')).toBeUndefined();
  });

  it('reads an empty frontmatter, and CRLF line ends as LF', () => {
    expect(parseSource('---\n---\nBody', 'mdx', 'x.mdx').parsed).toMatchObject({ data: {}, body: 'Body', lines: { body: 3 } });
    expect(parseSource('---\r\ntitle: A\r\n---\r\nBody\r\n', 'mdx', 'x.mdx').parsed).toMatchObject({ data: { title: 'A' }, body: 'Body' });
  });

  it('reports frontmatter that is a list rather than fields', () => {
    expect(parseSource('- a\n- b\n', 'yaml', 'content/sources/x.yaml').problems[0]).toMatchObject({ file: 'content/sources/x.yaml', line: 1, field: 'frontmatter' });
  });
});

describe('links in the text', () => {
  const routes = ['[...lang]/index.astro', '[...lang]/continuum.astro', '[...lang]/case-studies/index.astro', '[...lang]/feed.xml.ts', '[...lang]/[page].astro', '404.astro'];
  const entry = (body: string): ContentEntry => ({ id: 'en/x', collection: 'pages', filePath: 'content/en/pages/x.mdx', data: {}, body, lines: { fields: {}, body: 5 } });
  const addresses = siteAddresses(routes, [entry('')], ['1.14']);

  it('knows the routes without parameters, the entries and the items', () => {
    expect([...addresses].sort()).toEqual(expect.arrayContaining(['/', '/continuum/', '/case-studies/', '/feed.xml', '/x/', '/standards/1.14/', '/data/standards.json']));
  });

  it('accepts good links in every form, with or without the final slash, fragment or query', () => {
    const body = '[a](/continuum/) [b](/standards/1.14#top) <a href="/case-studies/">c</a>\n\n[ref]: /x/\n\n[d](/standards/1.14/both/) [e](https://example.org/) [f](/feed.xml)';
    expect(findBodyProblems(entry(body), addresses, new Set(['1.14']))).toEqual([]);
  });

  it('accepts a link written with the Welsh address (/cy/…) to a page that exists, and refuses one that does not', () => {
    const welsh = { ...entry('[llywodraethwyr](/cy/standards/1.14/) [y continwwm](/cy/continuum/)\n\n[dim](/cy/standards/9.9/) [fr](/fr/continuum/)'), id: 'cy/x', filePath: 'content/cy/pages/x.mdx' };
    expect(findBodyProblems(welsh, addresses, new Set(['1.14'])).map((p) => p.message.split('"')[1])).toEqual(['/cy/standards/9.9/', '/fr/continuum/']);
    expect(withoutLanguage('/cy/standards/5.5/')).toBe('/standards/5.5/');
    expect(withoutLanguage('/en/standards/5.5/')).toBe('/en/standards/5.5/');
  });

  it('names the line of a broken link, a reference and an unknown <Standard>', () => {
    const body = 'Intro.\n\n[a](/standard/1.14/)\n\n[ref]: /nowhere/\n\n<Standard\n  number="9.9" />';
    expect(findBodyProblems(entry(body), addresses, new Set(['1.14'])).map((p) => [p.line, p.field])).toEqual([
      [7, 'link'],
      [9, 'link'],
      [11, '<Standard number>'],
    ]);
  });
});
