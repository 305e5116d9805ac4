import { describe, expect, it } from 'vitest';
import { compareItemNumbers, isItemNumber, parseItemNumber } from './item-number';

describe('parseItemNumber', () => {
  it('reads statements and actions', () => {
    expect(parseItemNumber('1.14')).toEqual({ area: 1, index: 14, kind: 'statement', text: '1.14' });
    expect(parseItemNumber('3.4a')).toEqual({ area: 3, index: 4, kind: 'action', text: '3.4a' });
    expect(parseItemNumber(' 6.9a ')).toMatchObject({ text: '6.9a' });
  });

  it.each(['', '1', '1.', '.4', '1.4b', '1.04', '0.1', '10.1', '1.100', '1.4A', '1,4', '1.4a;'])('rejects %j', (text) => {
    expect(parseItemNumber(text)).toBeUndefined();
    expect(isItemNumber(text)).toBe(false);
  });
});

describe('compareItemNumbers', () => {
  it('orders by key area, then statements before actions, then numerically', () => {
    const numbers = ['2.1', '1.1a', '1.10', '1.9', '1.2a', '1.1'];
    expect(numbers.sort(compareItemNumbers)).toEqual(['1.1', '1.9', '1.10', '1.1a', '1.2a', '2.1']);
  });
});
