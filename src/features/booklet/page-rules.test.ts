import { describe, expect, it } from 'vitest';
import { ownAddress } from './booklet.client';
import { bookletPageCss, cssContent, cssString, keyAreaPageName } from './page-rules';

describe('cssString', () => {
  it('quotes text and escapes what would end or break the string', () => {
    expect(cssString('Key area 1: Creating Strategic Direction')).toBe('"Key area 1: Creating Strategic Direction"');
    expect(cssString('a "quoted" \\ back')).toBe('"a \\"quoted\\" \\\\ back"');
    expect(cssString('line\nbreak')).toBe('"line\\a break"');
  });

  it('writes every non-ASCII character as an escape, so the charset cannot garble Welsh', () => {
    expect(cssString('Rheoli’r Ysgol · ŵ')).toBe('"Rheoli\\2019 r Ysgol \\b7  \\175 "');
    // Characters beyond the Basic Multilingual Plane are one escape, not two halves.
    expect(cssString('😀')).toBe('"\\1f600 "');
  });
});

describe('cssContent', () => {
  it('turns a message with placeholders into strings and CSS values', () => {
    expect(cssContent('Page {page} of {pages}', { page: 'counter(page)', pages: 'counter(pages)' })).toBe('"Page " counter(page) " of " counter(pages)');
    expect(cssContent('Tudalen {page} o {pages}', { page: 'counter(page)', pages: 'counter(pages)' })).toBe('"Tudalen " counter(page) " o " counter(pages)');
  });

  it('leaves out empty strings around placeholders', () => {
    expect(cssContent('{page}/{pages}', { page: 'counter(page)', pages: 'counter(pages)' })).toBe('counter(page) "/" counter(pages)');
  });

  it('refuses a placeholder it has no value for, rather than printing it', () => {
    expect(() => cssContent('Page {page} of {total}', { page: 'counter(page)' })).toThrow(/\{total\}/);
  });
});

describe('bookletPageCss', () => {
  const css = bookletPageCss({
    documentTitle: 'Leadership standards',
    pageNumber: 'Page {page} of {pages}',
    pages: [
      { name: keyAreaPageName(1, false), header: 'Key area 1: Creating Strategic Direction' },
      { name: keyAreaPageName(1, true), header: 'Key area 1: Creating Strategic Direction · Creu Cyfeiriad Strategol' },
    ],
  });

  it('gives every page the document title as its header and its number in the footer, the cover neither', () => {
    expect(css).toContain('@page {\n  @top-left { content: "Leadership standards"; }\n  @bottom-right { content: "Page " counter(page) " of " counter(pages); }\n}');
    expect(css).toContain('@page :first {\n  @top-left { content: none; }\n  @bottom-right { content: none; }\n}');
  });

  it('gives each key area a named page with its own header, and a class that puts an element on it', () => {
    expect(css).toContain('@page area-1 {\n  @top-left { content: "Key area 1: Creating Strategic Direction"; }\n}');
    expect(css).toContain('.aw-booklet-page--area-1 {\n  page: area-1;\n}');
    expect(css).toContain('@page area-1-both {\n  @top-left { content: "Key area 1: Creating Strategic Direction \\b7  Creu Cyfeiriad Strategol"; }\n}');
    expect(css).toContain('.aw-booklet-page--area-1-both {\n  page: area-1-both;\n}');
  });

  it('refuses a page name CSS would not read as one', () => {
    expect(() => bookletPageCss({ documentTitle: 'x', pageNumber: '{page}', pages: [{ name: 'area 1; } body {', header: 'x' }] })).toThrow(/not a page name/);
  });
});

describe('ownAddress', () => {
  it('is the page’s address without its query or fragment', () => {
    expect(ownAddress({ href: 'https://intranet.example.sch.uk/leadership/cy/print/both/?from=x#key-area-3' })).toBe('https://intranet.example.sch.uk/leadership/cy/print/both/');
    expect(ownAddress({ href: 'file:///home/me/dist/print/index.html' })).toBe('file:///home/me/dist/print/index.html');
  });
});
