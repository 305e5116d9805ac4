import { describe, expect, it } from 'vitest';
import { resultLanguage } from './result-language';

describe('the language of a site search result', () => {
  it('is English for an English fallback page found in the Welsh index', () => {
    expect(resultLanguage({ meta: { title: 'Coaching and mentoring', language: 'en' } }, 'cy', 'cy')).toBe('en');
  });

  it('is the page’s own (no lang) for a Welsh page in the Welsh index', () => {
    expect(resultLanguage({ meta: { title: 'Hyfforddi a mentora' } }, 'cy', 'cy')).toBeUndefined();
  });

  it('is the other language for results offered from the other index', () => {
    expect(resultLanguage({ meta: { title: 'Coaching and mentoring' } }, 'cy', 'en')).toBe('en');
    expect(resultLanguage({ meta: { title: 'Hyfforddi a mentora' } }, 'en', 'cy')).toBe('cy');
  });

  it('ignores a language that is not one of the site’s', () => {
    expect(resultLanguage({ meta: { language: 'fr' } }, 'cy', 'cy')).toBeUndefined();
  });
});
