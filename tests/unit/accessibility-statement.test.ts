import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { root } from '../fixtures/content';
import { AXE_TAGS, axeCriteria, BROWSER_CHECKED, CHECKS_BY_SCREEN, failingCriteria, KNOWN_FAILURES, WCAG22_AA } from '../fixtures/wcag';

/*
 * The accessibility statement says which WCAG 2.2 criteria are checked
 * automatically, by axe and by our own browser tests, which are not, and which
 * are known not to be met. It must stay true: each list in it (a
 * <div data-wcag="…"> in the MDX) is compared with what the tests really do.
 */

type List = 'axe' | 'browser' | 'not-automated' | 'not-met';

/** The criterion numbers listed in each data-wcag block of a statement. */
function listsOf(text: string): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [, name, body] of text.matchAll(/<div data-wcag="([a-z-]+)">([\s\S]*?)<\/div>/g)) {
    lists[name!] = [...body!.matchAll(/^- (\d+\.\d+\.\d+) /gm)].map((m) => m[1]!);
  }
  return lists;
}

/** A statement's text as readers get it: without the MDX comments for its editors. */
const read = (locale: string) => readFileSync(join(root, `content/${locale}/pages/accessibility.mdx`), 'utf8').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
const statements = { en: read('en'), cy: read('cy') };
const byAxe = axeCriteria(axe.getRules(AXE_TAGS));
const byBrowser = Object.keys(BROWSER_CHECKED);
const expected: Record<List, string[]> = {
  axe: byAxe,
  browser: WCAG22_AA.filter((c) => byBrowser.includes(c)),
  'not-automated': WCAG22_AA.filter((c) => !byAxe.includes(c) && !byBrowser.includes(c)),
  'not-met': failingCriteria(),
};

describe('the criteria the tests check', () => {
  it('are WCAG 2.2 A and AA criteria, and axe checks at least the ones it is known for', () => {
    expect(byAxe).toEqual(expect.arrayContaining(['1.1.1', '1.3.1', '1.4.3', '2.4.2', '3.1.1', '4.1.2']));
    for (const c of byBrowser) expect(WCAG22_AA).toContain(c);
    for (const failure of KNOWN_FAILURES) expect(WCAG22_AA).toContain(failure.criterion);
  });

  it('are each checked by one of the browser tests of a page', () => {
    expect(new Set(Object.values(CHECKS_BY_SCREEN).flat())).toEqual(new Set(byBrowser));
  });
});

describe.each(Object.entries(statements))('the accessibility statement (%s)', (_, text) => {
  const lists = listsOf(text);

  it.each(Object.keys(expected) as List[])('lists exactly the right criteria under data-wcag="%s", in order', (list) => {
    expect(lists[list], `the statement needs a <div data-wcag="${list}"> list`).toBeDefined();
    expect(lists[list]).toEqual(expected[list]);
  });

  it('accounts for every A and AA criterion, once as checked or not checked automatically', () => {
    const accounted = [...lists.axe!, ...lists.browser!.filter((c) => !lists.axe!.includes(c)), ...lists['not-automated']!];
    expect([...accounted].sort()).toEqual([...WCAG22_AA].sort());
  });

  it('claims full compliance only when no failure is known', () => {
    const full = /fully compliant|cydymffurfio’n llawn/.test(text);
    const partial = /partially compliant|cydymffurfio’n rhannol/.test(text);
    expect({ full, partial }).toEqual({ full: KNOWN_FAILURES.length === 0, partial: KNOWN_FAILURES.length > 0 });
  });
});
