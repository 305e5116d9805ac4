import { describe, expect, it } from 'vitest';
import { withDays } from './days';
import { messagesFor } from './server-messages';
import { createTranslator, type DeclaredKey } from './translator';
import { COHORT_MESSAGES } from '../features/cohort/messages';
import { REVIEW_MESSAGES } from '../features/review/messages';
import { SHARE_MESSAGES, type ShareMessages } from '../features/share/messages';
import { SEARCH_MESSAGES, type SearchConfig } from '../features/site-search/config';
import { FILTER_MESSAGES } from '../features/standards-filter/config';
import { cy } from '../i18n/cy';
import { en } from '../i18n/en';

/* The island kit's message helper: what the server ships, and the one translator every island reads it with. */

const translators = {
  en: createTranslator({ intl: 'en-GB', messages: messagesFor('en', ['review.evidence.count', 'filter.resultCount', 'cohort.']) }),
  cy: createTranslator({ intl: 'cy-GB', messages: messagesFor('cy', ['review.evidence.count', 'filter.resultCount', 'cohort.']) }),
};

describe('the islands’ translator', () => {
  it('chooses the English forms by the platform’s plural rules', () => {
    expect([0, 1, 2, 3, 6, 7].map((n) => translators.en.plural('review.evidence.count', n))).toEqual([
      '0 pieces of evidence',
      '1 piece of evidence',
      '2 pieces of evidence',
      '3 pieces of evidence',
      '6 pieces of evidence',
      '7 pieces of evidence',
    ]);
  });

  it('chooses each of the six Welsh forms (zero, one, two, few, many, other) by the platform’s rules', () => {
    const forms = { zero: 'zero {count}', one: 'one {count}', two: 'two {count}', few: 'few {count}', many: 'many {count}', other: 'other {count}' };
    const t = createTranslator({ intl: 'cy-GB', messages: { forms } });
    expect([0, 1, 2, 3, 6, 7, 11].map((n) => t.plural('forms', n))).toEqual(['zero 0', 'one 1', 'two 2', 'few 3', 'many 6', 'other 7', 'other 11']);
    expect([0, 1, 2, 3, 6, 7].map((n) => translators.cy.plural('review.evidence.count', n))).toEqual([
      'Dim tystiolaeth',
      '1 darn o dystiolaeth',
      '2 o ddarnau o dystiolaeth',
      '3 o ddarnau o dystiolaeth',
      '6 o ddarnau o dystiolaeth',
      '7 o ddarnau o dystiolaeth',
    ]);
  });

  it('fills placeholders, writes a plural message’s general form without a count, and shows the key of a message that did not ship', () => {
    const t = createTranslator({ intl: 'en-GB', messages: messagesFor('en', SEARCH_MESSAGES) });
    expect(t('noResults', { query: 'vision' })).toBe('No results for “vision”. Check the spelling or try other words.');
    expect(t.plural('resultCount', 1, { query: 'vision' })).toBe('1 result for “vision”');
    expect(t('resultCount', { count: 4, query: 'x' })).toBe('4 results for “x”');
    // @ts-expect-error: the search island does not declare "more" (its button's text is in the markup).
    expect(t('more')).toBe('more');
  });

  it('writes days with the months the server sends', () => {
    const t = withDays(createTranslator({ intl: 'cy-GB', messages: {} }), ['Ionawr', 'Chwefror', 'Mawrth']);
    expect(t.day('2026-03-05')).toBe('5 Mawrth 2026');
    expect(t.day('2026-04-01')).toBe('1 4 2026');
  });
});

describe('the messages an island ships (messagesFor)', () => {
  it('are exactly the declared keys and every key under the declared prefixes', () => {
    const sent = messagesFor('cy', COHORT_MESSAGES);
    const wanted = Object.keys(cy).filter((key) => key.startsWith('cohort.') || key.startsWith('review.level.'));
    expect(Object.keys(sent)).toEqual(wanted);
    expect(sent['review.level.secure']).toBe('Cadarn');
  });

  it('keep plural forms whole, for the script to choose from', () => {
    expect(messagesFor('en', ['review.evidence.count'])).toEqual({ 'review.evidence.count': en['review.evidence.count'] });
  });

  it('keep each message’s shape in their type: a string, or plural forms', () => {
    const share: ShareMessages = messagesFor('cy', SHARE_MESSAGES);
    const copied: string = share.copied;
    // @ts-expect-error: a plural message is not a string until the translator chooses its form.
    const count: string = messagesFor('en', { count: 'filter.resultCount' }).count;
    expect([copied, typeof count]).toEqual([cy['share.copied'], 'object']);
  });

  it('carry a small island’s short names, in its order', () => {
    const sent = messagesFor('en', FILTER_MESSAGES);
    expect(Object.keys(sent)).toEqual(Object.keys(FILTER_MESSAGES));
    expect(sent['unknown-area']).toBe(en['filter.problem.unknown-area']);
  });

  it('send the review no message only its markup uses', () => {
    const sent = messagesFor('en', REVIEW_MESSAGES);
    expect(sent).not.toHaveProperty('review.lead');
    expect(Object.keys(sent).every((key) => key.startsWith('review.'))).toBe(true);
  });

  it('stop the build on a declared key or prefix that no message has', () => {
    // @ts-expect-error: not a message key.
    expect(() => messagesFor('en', ['review.nonesuch'])).toThrow(/"review\.nonesuch", which no dictionary key is/);
    expect(() => messagesFor('en', ['review.nonesuch.'])).toThrow(/which no dictionary key starts with/);
    // @ts-expect-error: a short name must stand for a message key.
    expect(() => messagesFor('en', { gone: 'search.gone' })).toThrow(/"search\.gone"/);
  });
});

describe('an island’s config type (shared by its .astro file and its script)', () => {
  it('refuses a config that lacks a field or a declared message', () => {
    const messages = messagesFor('en', SEARCH_MESSAGES);
    const { failed: _failed, ...withoutFailed } = messages;
    // @ts-expect-error: `typeNames` is missing.
    const noTypes: SearchConfig = { locale: 'en', bundlePath: '/pagefind/', baseUrl: '/', messages };
    // @ts-expect-error: the "failed" message is missing.
    const noFailed: SearchConfig = { locale: 'en', bundlePath: '/pagefind/', baseUrl: '/', typeNames: {}, messages: withoutFailed };
    expect([noTypes, noFailed].map((config) => Object.keys(config).length)).toEqual([4, 5]);
  });

  it('names the keys a declaration allows', () => {
    const level: DeclaredKey<typeof COHORT_MESSAGES> = 'review.level.secure';
    // @ts-expect-error: the cohort does not declare the review's other messages.
    const lead: DeclaredKey<typeof COHORT_MESSAGES> = 'review.lead';
    expect([level, lead]).toHaveLength(2);
  });
});
