import { describe, expect, it } from 'vitest';
import { isStopWord, queryWords, searchWords, stemEnglish, stemWelsh, wordForm, wordStem } from './words';

/*
 * The rules of src/lib/search-words/words.ts one by one: every ending each stemmer
 * drops, the lengths at which it stops, and the stop words of each language.
 * (src/lib/search-words/words.test.ts checks that forms meet.)
 */

describe('stemEnglish', () => {
  it('drops each of its endings, the longest that fits, then a final "e"', () => {
    const stems: Record<string, string> = {
      strategically: 'strateg',
      responsibility: 'respons',
      accountability: 'account',
      expectations: 'expect',
      evaluation: 'evalu',
      collaborative: 'collabor',
      evaluating: 'evalu',
      communities: 'commun',
      improvements: 'improv',
      effectiveness: 'effectiv',
      development: 'develop',
      motivated: 'motiv',
      demonstrates: 'demonstr',
      meetings: 'meet',
      responsible: 'respons',
      sustainable: 'sustain',
      practical: 'pract',
      decisions: 'decis',
      governance: 'govern',
      evidence: 'evid',
      necessary: 'necess',
      essential: 'essent',
      priorities: 'prior',
      identified: 'identif',
      coaching: 'coach',
      quality: 'qual',
      inclusive: 'inclus',
      inclusion: 'inclus',
      evaluate: 'evalu',
      strategic: 'strateg',
      effectively: 'effectiv',
      supported: 'support',
      coaches: 'coach',
      leaders: 'leader',
      strategy: 'strateg',
      practice: 'practic',
    };
    expect(Object.fromEntries(Object.keys(stems).map((word) => [word, stemEnglish(word)]))).toEqual(stems);
  });

  it('leaves three letters at least, keeps the "s" of -ss, -us and -is, and leaves numbers alone', () => {
    expect(stemEnglish('acting')).toBe('act');
    expect(stemEnglish('doing')).toBe('doing');
    expect(stemEnglish('uses')).toBe('use');
    expect(stemEnglish('one')).toBe('one');
    expect(stemEnglish('class')).toBe('class');
    expect(stemEnglish('focus')).toBe('focus');
    expect(stemEnglish('analysis')).toBe('analysis');
    expect(stemEnglish('1000s')).toBe('1000s');
    expect(stemEnglish('3.4as')).toBe('3.4as');
  });
});

describe('stemWelsh', () => {
  it('drops each plural and verbal-noun ending, and reads a doubled n or r as one', () => {
    const stems: Record<string, string> = {
      gwerthusiadau: 'gwerthus',
      blynyddoedd: 'blynydd',
      penaethiaid: 'penaeth',
      llywodraethwyr: 'llywodraethwr',
      sgiliau: 'sgil',
      gwerthusiad: 'gwerthus',
      argymhellion: 'argymhell',
      cymunedau: 'cymuned',
      hyffordio: 'hyfford',
      gwerthuso: 'gwerthus',
      pennaeth: 'penaeth',
      cyrraedd: 'cyraedd',
      polisiau: 'polis',
    };
    expect(Object.fromEntries(Object.keys(stems).map((word) => [word, stemWelsh(word)]))).toEqual(stems);
  });

  it('leaves four letters at least, short words whole, and numbers alone', () => {
    expect(stemWelsh('camau')).toBe('camau');
    expect(stemWelsh('ysgol')).toBe('ysgol');
    expect(stemWelsh('rhan')).toBe('rhan');
    expect(stemWelsh('tonn')).toBe('tonn');
    expect(stemWelsh('1.14au')).toBe('1.14au');
  });
});

describe('wordForm and wordStem', () => {
  it('folds case, accents and clitics; in Welsh, mutations; numbers only lose their capitals', () => {
    expect(wordForm('3.4A', 'en')).toBe('3.4a');
    expect(wordForm('3.4A', 'cy')).toBe('3.4a');
    expect(wordForm('School’s', 'en')).toBe('school');
    expect(wordForm('Café', 'en')).toBe('cafe');
    expect(wordForm('Nghymuned', 'cy')).toBe('cymuned');
    expect(wordStem('Evaluation', 'en')).toBe('evalu');
    expect(wordStem('The', 'en')).toBe('');
    expect(wordStem('Nghymunedau', 'cy')).toBe('cymuned');
  });
});

describe('isStopWord', () => {
  it('knows each language’s common words, whatever their case or clitic', () => {
    expect(isStopWord('The', 'en')).toBe(true);
    expect(isStopWord('that’s', 'en')).toBe(true);
    expect(isStopWord('yr', 'cy')).toBe(true);
    expect(isStopWord('sy’n', 'cy')).toBe(true);
    expect(isStopWord('yr', 'en')).toBe(false);
    expect(isStopWord('governors', 'en')).toBe(false);
    expect(isStopWord('llywodraethwyr', 'cy')).toBe(false);
  });

  it('keeps English stop words in a Welsh page, except those that are Welsh words worth finding', () => {
    expect(isStopWord('the', 'cy')).toBe(true);
    expect(isStopWord('with', 'cy')).toBe(true);
    for (const word of ['her', 'can', 'to', 'is', 'had', 'on', 'hi']) {
      expect(isStopWord(word, 'cy'), word).toBe(false);
    }
    expect(isStopWord('her', 'en')).toBe(true);
    expect(isStopWord('can', 'en')).toBe(true);
  });
});

describe('searchWords and queryWords', () => {
  it('reads words whole, composed accents and numbers with dots included, hyphens splitting', () => {
    expect(searchWords('w\u0302yr self-evaluation 3.4a', 'cy').map((w) => w.text)).toEqual(['ŵyr', 'self', 'evaluation', '3.4a']);
    expect(searchWords('Don’t stop.', 'en').map((w) => [w.text, w.form, w.stem])).toEqual([
      ['Don’t', 'don', 'don'],
      ['stop', 'stop', 'stop'],
    ]);
  });

  it('keeps eight words of a query, or as many as asked', () => {
    const query = 'coaching mentoring governors leaders pupils staff schools learners teachers';
    expect(queryWords(query, 'en').map((w) => w.text)).toEqual(query.split(' ').slice(0, 8));
    expect(queryWords(query, 'en', 3)).toHaveLength(3);
  });

  it('keeps stop words, as their own stems, when the query has nothing else', () => {
    expect(queryWords('the of', 'en').map((w) => [w.form, w.stem])).toEqual([
      ['the', 'the'],
      ['of', 'of'],
    ]);
    expect(queryWords('the coaching', 'en').map((w) => w.stem)).toEqual(['coach']);
    expect(queryWords('', 'en')).toEqual([]);
    // A stray accent is no word.
    expect(queryWords('\u0301', 'en')).toEqual([]);
  });
});
