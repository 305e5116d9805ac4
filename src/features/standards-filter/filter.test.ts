import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { buildStandards } from '../../lib/content/standards';
import { readCollection, readKeyAreas } from '../../../tests/fixtures/content';
import { applyFacets, facetCounts, parseState, serialiseState, type FilterItem } from './filter';
import { searchAcross } from './across';
import { createSearcher } from './searcher';

const standards = buildStandards(readKeyAreas('en'));
const cited = new Set(['case-studies', 'recommendations'].flatMap((folder) => readCollection('en', folder).flatMap((f) => f.data.standards as string[])));
const items: FilterItem[] = standards.items.map((i) => ({ number: i.number, text: i.text, area: i.area, group: i.group, cited: cited.has(i.number) }));
const AREAS = [1, 2, 3, 4, 5, 6];
const searcher = createSearcher(items, 'en', Fuse);
const welshItems: FilterItem[] = buildStandards(readKeyAreas('cy')).items.map((i) => ({ number: i.number, text: i.text, area: i.area, group: i.group, cited: false }));
const welsh = createSearcher(welshItems, 'cy', Fuse);
const top = (query: string, n = 3, from = searcher) =>
  from
    .search(query)
    .results.slice(0, n)
    .map((r) => r.item.number);
const all = (query: string, from = searcher) => from.search(query).results.map((r) => r.item.number);
const marked = (text: string, query: string, from = searcher) =>
  from
    .highlight(text, query)
    .filter((r) => r.match)
    .map((r) => r.text);

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

  it('needs every word to match, or most of them, so unrelated words narrow to nothing', () => {
    expect(searcher.search('xylophone quartz').results).toEqual([]);
    const found = searcher.search('coaching xylophone');
    expect(found.results).toBeInstanceOf(Array);
    expect(found.partial).toBe(true);
  });

  it('returns everything for an empty or punctuation-only query', () => {
    expect(searcher.search('').results).toHaveLength(172);
    expect(searcher.search('  ;;; ').results).toHaveLength(172);
  });

  it('survives hostile input without throwing', () => {
    for (const query of ['x'.repeat(5000), '<script>alert(1)</script>', '\u0000\u202e\ud800', '🙂🙂🙂 governors', '(((((', '\\d+$^']) {
      expect(() => searcher.search(query)).not.toThrow();
    }
    expect(searcher.search('<script>alert(1)</script>').results).toEqual([]);
  });
});

describe('typos and Welsh forms (issue 12)', () => {
  it('forgives typos once Fuse.js is handed in, and finds words as typed before', () => {
    const early = createSearcher(items, 'en');
    expect(all('governors', early)).toContain('5.7');
    expect(all('govenors', early)).toEqual([]);
    early.useFuzzy(Fuse);
    expect(all('govenors', early)).toContain('5.7');
  });

  it('forgives a typo in any word of a multi-word query', () => {
    expect(all('self evaluaton')).toEqual(expect.arrayContaining(['2.25', '4.6a', '5.4', '5.11', '5.14', '5.1a']));
    expect(searcher.search('self evaluaton').partial).toBe(false);
  });

  it('anchors matches on the start of the word: no false friends in Welsh', () => {
    expect(all('llesiant', welsh).sort()).toEqual(['6.8a', '6.9']);
    const nghymru = all('Nghymru', welsh);
    expect(nghymru).toEqual(expect.arrayContaining(['1.18', '1.19', '2.13a']));
    for (const number of nghymru) expect(welshItems.find((i) => i.number === number)!.text).toMatch(/[Cc]ymru|[Gg]ymru|[Nn]ghymru|[Cc]hymru/);
    expect(all('mentora', welsh)).toEqual(['3.13']);
    expect(all('ymholi', welsh)).not.toContain('6.7a');
  });

  it('finds the singular from a mutated plural', () => {
    expect(all('benaethiaid', welsh)).toContain('4.1a');
    expect(all('bartneriaethau', welsh).sort()).toEqual(['6.1a', '6.3', '6.9a']);
  });

  it('marks exactly the words it matched, so every result shows why', () => {
    for (const query of ['self evaluaton', 'governors', 'distributed leadership', 'mentorng']) {
      for (const { item } of searcher.search(query).results) expect(marked(item.text, query).length).toBeGreaterThan(0);
    }
    expect(marked('datblygu diwylliant dysgu', 'llesiant', welsh)).toEqual([]);
  });

  it('offers the other language when nothing matches here', () => {
    const coaching = searchAcross('coaching', welsh, searcher);
    expect(coaching.locale).toBe('en');
    expect(coaching.results.map((r) => r.item.number)).toEqual(['3.13']);
    expect(searchAcross('hyfforddi', welsh, searcher).locale).toBe('cy');
    expect(searchAcross('xylophonequartz', welsh, searcher).results).toEqual([]);
  });
});

describe('role words (src/lib/search-words/role-words.ts)', () => {
  it('finds what the standards call a role', () => {
    expect(top('local authority', 4).sort()).toEqual(['4.8a', '5.2', '5.4', '6.8a']);
    expect(top('newly qualified teachers', 1)).toEqual(['3.7a']);
    expect(top('aspiring leaders', 1)).toEqual(['3.4a']);
    expect(top('athrawon newydd gymhwyso', 1, welsh)).toEqual(['3.7a']);
    expect(top('prifathro', 1, welsh)).toEqual(['4.1a']);
  });

  it('keeps what the query finds as typed, and marks the words either found', () => {
    expect(all('carers')).toEqual(expect.arrayContaining(['6.6', '5.7']));
    expect(marked(items.find((i) => i.number === '6.6')!.text, 'carers')).toEqual(['parents', 'carers']);
    expect(marked(items.find((i) => i.number === '4.8a')!.text, 'local authority')).toEqual(['LA']);
  });
});

describe('facets', () => {
  it('filter by key area, group and citation', () => {
    const everything = searcher.search('').results;
    expect(applyFacets(everything, { area: 3, group: 'actions', cited: false })).toHaveLength(12);
    expect(applyFacets(everything, { area: undefined, group: 'knowledge-and-skills', cited: false })).toHaveLength(42);
    expect(applyFacets(everything, { area: undefined, group: undefined, cited: true }).length).toBe(cited.size);
  });

  it('count each option with the query and the other facets applied', () => {
    const results = searcher.search('leadership').results;
    const counts = facetCounts(results, { q: 'leadership', order: 'relevance', area: undefined, group: 'actions', cited: false }, AREAS);
    const actionsWithLeadership = results.filter((r) => r.item.group === 'actions');
    expect([...counts.area.values()].reduce((a, b) => a + b, 0)).toBe(actionsWithLeadership.length);
    expect(counts.group.get('actions')).toBe(actionsWithLeadership.length);
  });
});

describe('the address', () => {
  it('round-trips a state', () => {
    const { state, problems } = parseState('?q=coaching&area=3&group=actions&cited=1&order=standards', AREAS);
    expect(problems).toEqual([]);
    expect(state).toEqual({ q: 'coaching', order: 'standards', area: 3, group: 'actions', cited: true });
    expect(serialiseState(state)).toBe('?q=coaching&area=3&group=actions&cited=1&order=standards');
    expect(serialiseState({ ...state, order: 'relevance' })).toBe('?q=coaching&area=3&group=actions&cited=1');
  });

  it('ignores and reports an unknown key area or group', () => {
    const { state, problems } = parseState('?area=9&group=nonsense', AREAS);
    expect(state).toEqual({ q: '', order: 'relevance', area: undefined, group: undefined, cited: false });
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

  it('drops control and bidi characters, replaces malformed escapes, keeps emoji and Welsh letters', () => {
    const { state } = parseState('?q=a%00b%20%ED%A0%80%20%C5%B5%20%F0%9F%99%82%20%E0%A4%E2%80%AE%E2%81%A6', AREAS);
    expect(state.q).toBe('a b \ufffd\ufffd\ufffd ŵ 🙂 \ufffd  ');
  });

  it('writes nothing for the empty state', () => {
    expect(serialiseState({ q: '  ', order: 'relevance', area: undefined, group: undefined, cited: false })).toBe('');
  });
});

describe('highlight', () => {
  it('marks the words that match, keeping the text whole', () => {
    const runs = searcher.highlight('undertakes the role of mentor and coach when appropriate', 'coaching');
    expect(runs.map((r) => r.text).join('')).toBe('undertakes the role of mentor and coach when appropriate');
    expect(runs.filter((r) => r.match).map((r) => r.text)).toEqual(['coach']);
  });

  it('marks typo matches', () => {
    expect(marked('strategies to promote self and team development', 'stratgies')).toEqual(['strategies']);
  });
});
