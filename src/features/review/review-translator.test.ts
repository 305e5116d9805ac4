import { describe, expect, it } from 'vitest';
import { withDays } from '../../islands/days';
import { createTranslator } from '../../islands/translator';
import { cy } from '../../i18n/cy';
import { en } from '../../i18n/en';

const months = (tag: string) => Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, m, 1))));

describe('the review page’s translator', () => {
  const welsh = withDays(createTranslator({ intl: 'cy-GB', messages: cy }), months('cy-GB'));
  const english = withDays(createTranslator({ intl: 'en-GB', messages: en }), months('en-GB'));

  it('writes days in each language from the months the server sends', () => {
    expect(welsh.day('2026-11-23')).toBe('23 Tachwedd 2026');
    expect(english.day('2026-03-05')).toBe('5 March 2026');
  });

  it('chooses Welsh plural forms by the numeral rule (src/lib/content/language-checks/welsh-numerals.ts)', () => {
    expect([0, 1, 2, 3, 6, 11].map((n) => welsh.plural('review.evidence.count', n))).toEqual([
      'Dim tystiolaeth',
      '1 darn o dystiolaeth',
      '2 o ddarnau o dystiolaeth',
      '3 o ddarnau o dystiolaeth',
      '6 o ddarnau o dystiolaeth',
      '11 o ddarnau o dystiolaeth',
    ]);
    expect(english.plural('review.evidence.count', 2)).toBe('2 pieces of evidence');
  });

  it('fills placeholders', () => {
    expect(welsh('review.add.done', { number: '3.4a', title: 'Adolygiad 2026' })).toBe('Ychwanegwyd 3.4a at “Adolygiad 2026”.');
  });
});
