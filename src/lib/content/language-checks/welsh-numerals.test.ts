import { describe, expect, it } from 'vitest';
import { cy } from '../../../i18n/cy';
import type { Message } from '../../../i18n/messages';
import { numeralProblems } from './welsh-numerals';

describe('the Welsh numeral rule', () => {
  it('holds for every message with a count in the Welsh dictionary', () => {
    const counted = Object.entries(cy as Record<string, Message>).filter(([, m]) => typeof m !== 'string' || m.includes('{count}'));
    expect(counted.length).toBeGreaterThan(5);
    for (const [key, message] of counted) expect(numeralProblems(message), key).toEqual([]);
  });

  it('accepts 1 with the singular, 2 and more with "o" and the softened plural, 0 with "dim"', () => {
    expect(numeralProblems({ zero: 'dim argymhellion', one: '{count} argymhelliad', other: '{count} o argymhellion' })).toEqual([]);
    expect(numeralProblems({ one: '{count} cam gweithredu', other: '{count} o gamau gweithredu' })).toEqual([]);
    expect(numeralProblems('Pori’r {count} o ddatganiadau a chamau gweithredu i gyd')).toEqual([]);
    expect(numeralProblems('Dangos y cyfan ({count})')).toEqual([]);
  });

  // Broken fixtures: the mixed forms the interface had.
  it('flags the singular after a figure above 1 ("6 argymhelliad" beside "4 o argymhellion")', () => {
    const mixed = { one: '{count} argymhelliad', two: '{count} argymhelliad', few: '{count} argymhelliad', many: '{count} argymhelliad', other: '{count} o argymhellion' };
    const [problem, ...rest] = numeralProblems(mixed);
    expect(rest).toEqual([]);
    expect(problem).toContain('"2 argymhelliad", "3 argymhelliad", "6 argymhelliad"');
    expect(problem).toContain('write "o" and the plural');
  });

  it('flags mutated numeral forms ("3 cham gweithredu", "2 ddatganiad") and a plain string without "o"', () => {
    expect(numeralProblems({ one: '{count} cam gweithredu', few: '{count} cham gweithredu', other: '{count} o gamau gweithredu' })[0]).toContain('"3 cham"');
    expect(numeralProblems({ one: '{count} datganiad', two: '{count} ddatganiad', other: '{count} o ddatganiadau' })[0]).toContain('"2 ddatganiad"');
    expect(numeralProblems('Pori pob un o’r {count} datganiad a cham gweithredu')[0]).toContain('"2 datganiad"');
  });

  it('flags "o" after 1 and an unsoftened word after "o"', () => {
    expect(numeralProblems({ one: '{count} o argymhellion', other: '{count} o argymhellion' })).toEqual(['"1 o argymhellion": after 1, write the singular without "o" ("1 datganiad")']);
    expect(numeralProblems({ one: '{count} cam', other: '{count} o camau' })[0]).toContain('"o" softens the word after it');
    expect(numeralProblems({ one: '{count} llywodraethwr', other: '{count} o llywodraethwyr' })[0]).toContain('"2 o llywodraethwyr"');
  });

  it('gives the first three figures that break the rule, from 2: a message with no "zero" form is not read at 0', () => {
    expect(numeralProblems({ one: '{count} cam', other: '{count} o camau' })).toEqual(['"2 o camau", "3 o camau", "4 o camau": "o" softens the word after it ("o gamau", "o ddatganiadau")']);
  });

  it('flags an unsoftened word after "o" in capitals too, and not a word already mutated (ph-, th-, ch-, mh-)', () => {
    expect(numeralProblems({ one: '{count} Llywodraethwr', other: '{count} o Llywodraethwyr' })[0]).toContain('"2 o Llywodraethwyr"');
    for (const word of ['phenaethiaid', 'thimau', 'chwestiynau', 'mhlant']) expect(numeralProblems(`{count} o ${word}`), word).toEqual([]);
  });

  it('reads only a word right after the figure, and no figure in a message without {count}', () => {
    expect(numeralProblems('Cam ({count}/pump)')).toEqual([]);
    expect(numeralProblems('Y 3 cam cyntaf')).toEqual([]);
  });
});
