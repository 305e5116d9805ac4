import { describe, expect, it } from 'vitest';
import { buildStandards } from '../../lib/standards';
import { readCollection, readKeyAreas } from '../../../tests/fixtures/content';
import {
  applyFacets,
  createSearcher,
  facetCounts,
  highlight,
  parseState,
  serialiseState,
  stemEnglish,
  type FilterItem,
} from './filter';

const standards = buildStandards(readKeyAreas('en'));
const cited = new Set(
  ['case-studies', 'recommendations'].flatMap((folder) => readCollection('en', folder).flatMap((f) => f.data.standards as string[])),
);
const items: FilterItem[] = standards.items.map((i) => ({ number: i.number, text: i.text, area: i.area, group: i.group, cited: cited.has(i.number) }));
const AREAS = [1, 2, 3, 4, 5, 6];
const searcher = createSearcher(items, stemEnglish);
const top = (query: string, n = 3) => searcher.search(query).slice(0, n).map((r) => r.item.number);

describe('searching the real standards', () => {
  it.each([
    ['coaching', '3.13'],
    ['mentoring', '3.13'],
    ['mentorng', '3.13'],
    ['governors', '5.7'],
    ['govenors', '5.7'],
    ['self-evaluation', '2.25'],
    ['leadership distributed', '1.4'],
    ['distributed leadership', '1.4'],
    ['nurtures leadership potential', '3.4a'],
    ['racial harassment', '6.4a'],
    ['Rights of the Child', '6.8'],
    ['Cwricwlwm Cymreig', '2.13a'],
  ])('%j finds %s among the first results', (query, number) => {
    expect(top(query)).toContain(number);
  });

  it('ranks the closest statement first', () => {
    expect(top('works effectively with the governing body', 1)).toEqual(['3.18']);
    expect(top('new technologies', 5)).toEqual(expect.arrayContaining(['1.6', '2.5']));
  });

  it('goes straight to an item typed by number', () => {
    expect(top('3.4a')).toEqual(['3.4a']);
    expect(top(' 1.14 ')).toEqual(['1.14']);
  });

  it('needs every word to match, so unrelated words narrow to nothing', () => {
    expect(searcher.search('coaching xylophone')).toEqual([]);
  });

  it('returns everything for an empty or punctuation-only query', () => {
    expect(searcher.search('')).toHaveLength(172);
    expect(searcher.search('  ;;; ')).toHaveLength(172);
  });

  it('survives hostile input without throwing', () => {
    for (const query of ['x'.repeat(5000), '<script>alert(1)</script>', '\u0000\u202e\ud800', '🙂🙂🙂 governors', '(((((', '\\d+$^']) {
      expect(() => searcher.search(query)).not.toThrow();
    }
    expect(top('governors <script>')).toEqual([]);
  });
});

describe('facets', () => {
  it('filter by key area, group and citation', () => {
    const all = searcher.search('');
    expect(applyFacets(all, { area: 3, group: 'actions', cited: false })).toHaveLength(12);
    expect(applyFacets(all, { area: undefined, group: 'knowledge-and-skills', cited: false })).toHaveLength(42);
    expect(applyFacets(all, { area: undefined, group: undefined, cited: true }).length).toBe(cited.size);
  });

  it('count each option with the query and the other facets applied', () => {
    const results = searcher.search('leadership');
    const counts = facetCounts(results, { q: 'leadership', area: undefined, group: 'actions', cited: false }, AREAS);
    const actionsWithLeadership = results.filter((r) => r.item.group === 'actions');
    expect([...counts.area.values()].reduce((a, b) => a + b, 0)).toBe(actionsWithLeadership.length);
    expect(counts.group.get('actions')).toBe(actionsWithLeadership.length);
  });
});

describe('the address', () => {
  it('round-trips a state', () => {
    const { state, problems } = parseState('?q=coaching&area=3&group=actions&cited=1', AREAS);
    expect(problems).toEqual([]);
    expect(state).toEqual({ q: 'coaching', area: 3, group: 'actions', cited: true });
    expect(serialiseState(state)).toBe('?q=coaching&area=3&group=actions&cited=1');
  });

  it('ignores and reports an unknown key area or group', () => {
    const { state, problems } = parseState('?area=9&group=nonsense', AREAS);
    expect(state).toEqual({ q: '', area: undefined, group: undefined, cited: false });
    expect(problems).toEqual([
      { kind: 'unknown-area', value: '9' },
      { kind: 'unknown-group', value: 'nonsense' },
    ]);
  });

  it('cuts a query longer than 200 characters and says so', () => {
    const { state, problems } = parseState(`?q=${'a'.repeat(5000)}`, AREAS);
    expect(state.q).toHaveLength(200);
    expect(problems).toEqual([{ kind: 'query-too-long', max: 200 }]);
  });

  it('drops control characters, replaces malformed escapes, keeps emoji and Welsh letters', () => {
    const { state } = parseState('?q=a%00b%20%ED%A0%80%20%C5%B5%20%F0%9F%99%82%20%E0%A4', AREAS);
    expect(state.q).toBe('a b \ufffd\ufffd\ufffd ŵ 🙂 \ufffd');
  });

  it('writes nothing for the empty state', () => {
    expect(serialiseState({ q: '  ', area: undefined, group: undefined, cited: false })).toBe('');
  });
});

describe('highlight', () => {
  it('marks the words that match, keeping the text whole', () => {
    const runs = highlight('undertakes the role of mentor and coach when appropriate', searcher.queryTokens('coaching'), stemEnglish);
    expect(runs.map((r) => r.text).join('')).toBe('undertakes the role of mentor and coach when appropriate');
    expect(runs.filter((r) => r.match).map((r) => r.text)).toEqual(['coach']);
  });

  it('marks typo matches', () => {
    const runs = highlight('strategies to promote self and team development', searcher.queryTokens('stratgies'), stemEnglish);
    expect(runs.filter((r) => r.match).map((r) => r.text)).toEqual(['strategies']);
  });
});
