import { describe, expect, it } from 'vitest';
import { cleanQuery } from './query-text';
import { indexableHtml, stemRun } from './index-text';
import { queryWords, searchWords, stemEnglish, stemWelsh, wordStem } from './words';
import { editDistance, typoDistance } from './word-match';

describe('one reduction of words for filter and search', () => {
  it('meets English forms at one stem', () => {
    for (const group of [
      ['coaching', 'coach'],
      ['evaluation', 'evaluate', 'evaluating'],
      ['technologies', 'technology'],
      ['governing', 'governance'],
      ['inclusion', 'inclusive'],
      ['use', 'uses', 'using', 'used'],
    ]) {
      expect(new Set(group.map(stemEnglish)).size).toBe(1);
    }
  });

  it('meets Welsh mutations, plurals and doubled letters at one stem', () => {
    expect(new Set(['cymuned', 'gymuned', 'nghymuned', 'chymuned'].map((w) => wordStem(w, 'cy'))).size).toBe(1);
    expect(wordStem('benaethiaid', 'cy')).toBe(wordStem('pennaeth', 'cy'));
    expect(wordStem('Bartneriaethau', 'cy')).toBe('partneriaeth');
    expect(stemWelsh('llywodraethwyr')).toBe('llywodraethwr');
    expect(wordStem('hatebolrwydd', 'cy')).toBe(wordStem('atebolrwydd', 'cy'));
  });

  it('drops stop words from a query unless nothing else is left', () => {
    expect(queryWords('the role of the governors', 'en').map((w) => w.stem)).toEqual(['rol', 'governor']);
    expect(queryWords('the', 'en').map((w) => w.stem)).toEqual(['the']);
    expect(searchWords('yng Nghymru', 'cy').map((w) => w.stem)).toEqual(['', 'cymru']);
  });

  it('counts a swapped pair of letters as one typo, and needs the same first letter', () => {
    expect(editDistance('inclsuion', 'inclusion')).toBe(1);
    expect(typoDistance('govenors', 'governors')).toBe(1);
    expect(typoDistance('cymru', 'cymryd')).toBe(Infinity);
    expect(typoDistance('llesiant', 'tiwylliant')).toBe(Infinity);
  });
});

describe('the stemmed copy of a page that site search indexes', () => {
  it('keeps every whitespace-separated run in its place', () => {
    const html =
      '<html lang="cy"><body><main data-pagefind-body><h1>Cryfhau’r Ffocws</h1><p>yng Nghymru, a’r &amp; <span lang="en">English words here</span> (hunan-werthuso).</p><script>var x = "Nghymru";</script></main></body></html>';
    const copy = indexableHtml(html);
    const runs = (text: string) =>
      text
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<[^>]*>/g, ' ')
        .trim()
        .split(/\s+/);
    expect(runs(copy)).toHaveLength(runs(html.replace('&amp;', '&')).length);
    expect(copy).toContain('cymru,');
    expect(copy).toContain('- - -');
    expect(copy).toContain('var x = "Nghymru";');
    expect(stemRun('(self-evaluation),', 'en')).toBe('(self-evalu),');
  });
});

describe('a query as it may be shown', () => {
  it('loses bidi overrides, isolates, marks and controls, and is cut to 200 characters', () => {
    expect(cleanQuery('\u202eTI llac ,deripxe drowssap')).not.toMatch(/\u202e/);
    expect(cleanQuery('a\u2066b\u200fc\u0000d\u061ce')).toBe('a b c d e');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(200);
    expect(cleanQuery('Gymraeg 🙂 ŵ')).toBe('Gymraeg 🙂 ŵ');
  });
});
