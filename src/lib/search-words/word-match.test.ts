import { describe, expect, it } from 'vitest';
import { searchWords, type SearchWord } from './words';
import { closeDistance, editDistance, MATCH_DISTANCE, matchDistance, typoDistance, typoMatchDistance, typosAllowed } from './word-match';

/*
 * The rules that accept or reject a word of the standards for a word of a
 * query (src/lib/search-words/word-match.ts), each at its edges. Words are written out as
 * form and stem where the edge is a length, so the test does not lean on the
 * stemmer; elsewhere they are reduced as the filter and search reduce them.
 */

const word = (text: string, locale: 'en' | 'cy' = 'en'): SearchWord => searchWords(text, locale)[0]!;
const raw = (form: string, stem = form): SearchWord => ({ text: form, form, stem });

describe('closeDistance', () => {
  it('is 0 for the word itself, stop words included, and nothing for an empty word', () => {
    expect(closeDistance(word('governors'), word('governors'))).toBe(MATCH_DISTANCE.exact);
    expect(closeDistance(word('the'), word('the'))).toBe(MATCH_DISTANCE.exact);
    expect(closeDistance(raw(''), raw('governors'))).toBeUndefined();
    expect(closeDistance(raw('governors'), raw(''))).toBeUndefined();
    expect(closeDistance(raw('', ''), raw('', ''))).toBeUndefined();
  });

  it('meets two forms of one stem, but never two stop words through their empty stems', () => {
    expect(closeDistance(word('coaching'), word('coach'))).toBe(MATCH_DISTANCE.sameStem);
    expect(closeDistance(word('governs'), word('governance'))).toBe(MATCH_DISTANCE.sameStem);
    expect(closeDistance(word('the'), word('this'))).toBeUndefined();
    // A stop word in the query finds only itself: not a word it begins, nor one with its letters.
    expect(closeDistance(word('the'), word('theory'))).toBeUndefined();
    expect(closeDistance(word('theory'), word('the'))).toBeUndefined();
    // Nor is a stop word found by typing its start.
    expect(closeDistance(word('whic'), word('which'))).toBeUndefined();
    expect(closeDistance(word('whic'), word('whichever'))).toBeCloseTo(MATCH_DISTANCE.typing + 5 * 0.005, 10);
  });

  it('finds a word the query begins, from two letters, a little looser the more is left to type', () => {
    expect(closeDistance(raw('lead'), raw('leadership'))).toBeCloseTo(MATCH_DISTANCE.typing + 6 * 0.005, 10);
    expect(closeDistance(raw('gov'), raw('governance', 'govern'))).toBeCloseTo(MATCH_DISTANCE.typing + 7 * 0.005, 10);
    // Eight letters or more still to type are all the same distance.
    expect(closeDistance(raw('de'), raw('developments', 'develop'))).toBeCloseTo(MATCH_DISTANCE.typing + 8 * 0.005, 10);
    expect(closeDistance(raw('de'), raw('development', 'develop'))).toBeCloseTo(MATCH_DISTANCE.typing + 8 * 0.005, 10);
    expect(closeDistance(raw('de'), raw('develop'))).toBeCloseTo(MATCH_DISTANCE.typing + 5 * 0.005, 10);
    // One letter is not yet a word to find.
    expect(closeDistance(raw('d'), raw('development', 'develop'))).toBeUndefined();
    // Typing is looser than the same stem and closer than a longer stem.
    expect(closeDistance(raw('lead'), raw('leadership'))!).toBeGreaterThan(MATCH_DISTANCE.sameStem);
    expect(closeDistance(raw('lead'), raw('leadership'))!).toBeLessThan(MATCH_DISTANCE.stemPrefix);
  });

  it('finds a word whose stem continues the query’s stem of three letters or more', () => {
    expect(closeDistance(word('leads'), word('leadership'))).toBe(MATCH_DISTANCE.stemPrefix);
    expect(closeDistance(raw('runs', 'run'), raw('running', 'runn'))).toBe(MATCH_DISTANCE.stemPrefix);
    expect(closeDistance(raw('rus', 'ru'), raw('rugby', 'rugb'))).toBeUndefined();
    // Anchored on the start of the word.
    expect(closeDistance(word('llesiant', 'cy'), word('diwylliant', 'cy'))).toBeUndefined();
  });

  it('finds the stem of five letters or more with a short ending in the query', () => {
    expect(closeDistance(word('mentora', 'cy'), word('mentor', 'cy'))).toBe(MATCH_DISTANCE.inflected);
    expect(closeDistance(raw('coachxyz', 'coachxyz'), raw('coach'))).toBe(MATCH_DISTANCE.inflected);
    // Four letters more is no longer an ending.
    expect(closeDistance(raw('coachwxyz', 'coachwxyz'), raw('coach'))).toBeUndefined();
    // A stem of four letters is too short to stand for the word.
    expect(closeDistance(raw('leadx', 'leadx'), raw('lead'))).toBeUndefined();
    // The query must begin with the stem.
    expect(closeDistance(raw('xcoach', 'xcoach'), raw('coach'))).toBeUndefined();
  });
});

describe('typosAllowed', () => {
  it('allows none under four letters, one up to seven and two from eight', () => {
    expect([0, 1, 3, 4, 5, 7, 8, 9, 20].map(typosAllowed)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });
});

describe('typoDistance', () => {
  it('counts the edits when they are within the typos allowed', () => {
    expect(typoDistance('govenor', 'governor')).toBe(1);
    expect(typoDistance('govenors', 'governors')).toBe(1);
    expect(typoDistance('leadrship', 'leadership')).toBe(1);
    expect(typoDistance('gvernrs', 'governors')).toBe(Infinity);
    expect(typoDistance('govrnnce', 'governance')).toBe(2);
    expect(typoDistance('abcd', 'abcde')).toBe(1);
    expect(typoDistance('abcd', 'abcd')).toBe(0);
  });

  it('refuses more edits than allowed, a different first letter, and short words', () => {
    expect(typoDistance('mentora', 'mentrau')).toBe(Infinity);
    expect(typoDistance('abcd', 'abcdef')).toBe(Infinity);
    expect(typoDistance('gxvxrnance', 'governance')).toBe(2);
    expect(typoDistance('gxvxrnxnce', 'governance')).toBe(Infinity);
    expect(typoDistance('cymru', 'cymryd')).toBe(Infinity);
    expect(typoDistance('overnors', 'governors')).toBe(Infinity);
    expect(typoDistance('fovernors', 'governors')).toBe(Infinity);
    expect(typoDistance('cat', 'cap')).toBe(Infinity);
    expect(typoDistance('abc', 'abc')).toBe(Infinity);
  });
});

describe('typoMatchDistance', () => {
  it('is looser than any exact match, by a tenth for each typo', () => {
    expect(typoMatchDistance(word('govenors'), word('governors'))).toBeCloseTo(MATCH_DISTANCE.typo + 0.1, 10);
    expect(typoMatchDistance(raw('governors'), raw('governors'))).toBeCloseTo(MATCH_DISTANCE.typo, 10);
    expect(typoMatchDistance(raw('govrnnce', 'xxxx'), raw('governance', 'yyyy'))).toBeCloseTo(MATCH_DISTANCE.typo + 0.2, 10);
  });

  it('takes the nearer of the forms and the stems', () => {
    // Forms two edits apart, stems one.
    expect(typoMatchDistance(raw('coachinx', 'coachx'), raw('coachings', 'coach'))).toBeCloseTo(MATCH_DISTANCE.typo + 0.1, 10);
    // Stems too far, forms one edit apart.
    expect(typoMatchDistance(raw('governers', 'zzzz'), raw('governors', 'govern'))).toBeCloseTo(MATCH_DISTANCE.typo + 0.1, 10);
  });

  it('forgives no typo in a stop word, on either side', () => {
    expect(typoMatchDistance(raw('theer', ''), raw('there'))).toBeUndefined();
    expect(typoMatchDistance(raw('there'), raw('theer', ''))).toBeUndefined();
    expect(typoMatchDistance(raw('mentors'), raw('zzzzzzz'))).toBeUndefined();
  });
});

describe('matchDistance', () => {
  it('prefers the exact rules, and falls back to a typo', () => {
    expect(matchDistance(word('coaching'), word('coach'))).toBe(MATCH_DISTANCE.sameStem);
    expect(matchDistance(word('govenors'), word('governors'))).toBeCloseTo(MATCH_DISTANCE.typo + 0.1, 10);
    expect(matchDistance(word('cymru', 'cy'), word('cymryd', 'cy'))).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swaps of neighbours', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abcd', 'badc')).toBe(2);
    expect(editDistance('inclsuion', 'inclusion')).toBe(1);
    expect(editDistance('abc', 'acb')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3);
    expect(editDistance('abcdef', 'abdcef')).toBe(1);
    expect(editDistance('governance', 'gvernance')).toBe(1);
    expect(editDistance('governance', 'governancee')).toBe(1);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });

  it('is the same both ways', () => {
    for (const [a, b] of [
      ['govenors', 'governors'],
      ['ab', 'bca'],
      ['mentora', 'mentrau'],
    ] as const)
      expect(editDistance(a, b)).toBe(editDistance(b, a));
  });
});
