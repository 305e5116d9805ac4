import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { cy } from '../../src/i18n/cy';
import { en } from '../../src/i18n/en';

describe('the dictionaries', () => {
  it('have the same keys in English and Welsh', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message and no Welsh message left in English', () => {
    const same = Object.keys(en).filter((key) => {
      const k = key as keyof typeof en;
      return JSON.stringify(en[k]) === JSON.stringify(cy[k]);
    });
    // Proper names, and language names written in their own language, are the same in both.
    expect(same).toEqual(['site.name', 'item.title', 'both.english', 'both.welsh']);
    for (const message of [...Object.values(en), ...Object.values(cy)]) {
      for (const form of typeof message === 'string' ? [message] : Object.values(message)) expect(form.trim()).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (m: unknown) => [...new Set(JSON.stringify(m).match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(cy[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('useTranslations', () => {
  it('fills placeholders', () => {
    expect(useTranslations('en')('keyArea.label', { area: 3 })).toBe('Key area 3');
    expect(useTranslations('cy')('keyArea.label', { area: 3 })).toBe('Maes allweddol 3');
  });

  it('chooses English plural forms', () => {
    const t = useTranslations('en');
    expect(t.plural('keyArea.statementCount', 1)).toBe('1 statement');
    expect(t.plural('keyArea.statementCount', 19)).toBe('19 statements');
  });

  it('chooses Welsh plural forms by Intl.PluralRules, by the one numeral rule (src/lib/content/language-checks/welsh-numerals.ts)', () => {
    const t = useTranslations('cy');
    expect(t.plural('keyArea.actionCount', 0)).toBe('dim camau gweithredu');
    expect(t.plural('keyArea.actionCount', 1)).toBe('1 cam gweithredu');
    expect(t.plural('keyArea.actionCount', 2)).toBe('2 o gamau gweithredu');
    expect(t.plural('keyArea.actionCount', 3)).toBe('3 o gamau gweithredu');
    expect(t.plural('keyArea.actionCount', 6)).toBe('6 o gamau gweithredu');
    expect(t.plural('keyArea.actionCount', 17)).toBe('17 o gamau gweithredu');
  });

  it('writes dates in each language', () => {
    const date = new Date('2026-11-23T00:00:00Z');
    expect(useTranslations('en').date(date)).toBe('23 November 2026');
    expect(useTranslations('cy').date(date)).toBe('23 Tachwedd 2026');
  });
});
