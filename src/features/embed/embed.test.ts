import { describe, expect, it } from 'vitest';
import { itemCardHeight, wrappedLines } from './embed';

describe('wrappedLines', () => {
  it('wraps word by word at the capacity', () => {
    expect(wrappedLines('', 10)).toBe(0);
    expect(wrappedLines('one two', 10)).toBe(1);
    expect(wrappedLines('one two three', 10)).toBe(2);
    expect(wrappedLines('aaaa bbbb cccc dddd', 9)).toBe(2);
  });

  it('breaks a word longer than a line', () => {
    expect(wrappedLines('abcdefghijklmnopqrstuvwxy', 10)).toBe(3);
  });
});

describe('itemCardHeight', () => {
  const card = { caption: 'Leadership standards for schools in Wales', text: 'the school of the future', meta: ['Key area 1: Creating Strategic Direction', 'Knowledge and Skills'] };

  it('grows with the text and with a translation notice, in steps of ten pixels', () => {
    const short = itemCardHeight(card);
    const long = itemCardHeight({ ...card, text: 'develops and nurtures leadership potential in others to build the leadership capacity of the school' });
    const withNotice = itemCardHeight({ ...card, notice: 'This Welsh translation is a draft and has not yet been reviewed.' });
    expect(short % 10).toBe(0);
    expect(long).toBeGreaterThan(short);
    expect(withNotice).toBeGreaterThan(short);
  });
});
