import { describe, expect, it } from 'vitest';
import { parseExcerpt } from './excerpt';

describe('parseExcerpt', () => {
  it('splits marked and unmarked text', () => {
    expect(parseExcerpt('develops <mark>leadership</mark> potential')).toEqual([
      { text: 'develops ', match: false },
      { text: 'leadership', match: true },
      { text: ' potential', match: false },
    ]);
  });

  it('decodes entities into text, so markup in content stays text', () => {
    expect(parseExcerpt('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>co&#39;ch</mark>')).toEqual([
      { text: '<script>alert(1)</script> & ', match: false },
      { text: "co'ch", match: true },
    ]);
  });

  it('drops any other tag rather than rendering it', () => {
    expect(parseExcerpt('<b>bold</b> <img src=x onerror=alert(1)>')).toEqual([{ text: 'bold ', match: false }]);
  });
});
