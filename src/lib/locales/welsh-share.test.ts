import { describe, expect, it } from 'vitest';
import { languageShare, pageType } from './welsh-share';

const page = (main: string) => `<!doctype html><html lang="cy"><head><title>English title</title></head><body><header>English</header><main>${main}</main></body></html>`;

describe('languageShare', () => {
  it('counts the words of the main content by their nearest lang', () => {
    expect(languageShare(page('<h1>Y safonau</h1><p>Mae’r <span lang="en">school vision</span> yn glir.</p>'))).toEqual({ welsh: 5, english: 2, share: 5 / 7 });
  });

  it('follows lang through nesting, back to Welsh inside English', () => {
    const html = page('<ul><li lang="en"><a href="/x">Read <em>this</em> <span lang="cy">gyda’r</span></a></li><li>Cymraeg</li></ul>');
    expect(languageShare(html)).toMatchObject({ welsh: 2, english: 2 });
  });

  it('skips scripts, styles, hidden elements and comments, and decodes entities', () => {
    const html = page(
      '<script>var english = 1;</script><style>p{}</style><p hidden>English</p><span aria-hidden="true">·</span><!-- English --><p>Ysgol&nbsp;a&amp;chymuned <img alt="English" src="x.png"></p>',
    );
    expect(languageShare(html)).toEqual({ welsh: 3, english: 0, share: 1 });
  });

  it('does not read a class or value that contains "hidden" as the hidden attribute', () => {
    expect(languageShare(page('<p class="aw-hidden x" data-x="hidden">Testun</p>')).welsh).toBe(1);
  });

  it('counts the English title of a cited work as neither language, but not English prose around it', () => {
    const html = page('<p>Adroddiad gan Ofsted: <cite lang="en">Survey of National Support Schools</cite></p><p lang="en">Leaders should act.</p>');
    expect(languageShare(html)).toMatchObject({ welsh: 3, english: 3 });
  });

  it('is 1 for a page without words', () => {
    expect(languageShare(page('')).share).toBe(1);
  });
});

describe('pageType', () => {
  it('names the type of each Welsh page, under any base', () => {
    expect(pageType('/cy/')).toBe('home');
    expect(pageType('/cy/standards/3.4a/')).toBe('statement or action');
    expect(pageType('/cy/standards/managing-the-school/')).toBe('key area');
    expect(pageType('/cy/standards/3.4a/both/')).toBe('side by side');
    expect(pageType('/intranet/leadership/cy/case-studies/rct-aspiring-leaders/')).toBe('case study');
    expect(pageType('/cy/glossary/')).toBe('glossary');
    expect(pageType('/cy/accessibility/')).toBe('other page');
  });
});
