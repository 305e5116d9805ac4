import { describe, expect, it } from 'vitest';
import { pageLocale } from './locales';

describe('pageLocale', () => {
  it("returns Astro's locale of the page when it is one of the site's languages", () => {
    expect(pageLocale({ currentLocale: 'en' })).toBe('en');
    expect(pageLocale({ currentLocale: 'cy' })).toBe('cy');
  });

  it('stops the build, naming the value, rather than falling back to English', () => {
    expect(() => pageLocale({ currentLocale: undefined })).toThrow(/Astro\.currentLocale is undefined/);
    expect(() => pageLocale({ currentLocale: 'fr' })).toThrow(/"fr".*en, cy/);
  });
});
