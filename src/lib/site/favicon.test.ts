import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { faviconHref } from './favicon';

describe('the icon written into each page', () => {
  it('is a data: address with nothing an address cannot hold (the W3C checker refuses spaces)', () => {
    expect(faviconHref.startsWith('data:image/svg+xml,')).toBe(true);
    expect(faviconHref).not.toMatch(/[\s"<>#]/);
  });

  it('decodes back to the published icon', () => {
    const published = readFileSync('public/favicon.svg', 'utf8').trim().replace(/\s+/g, ' ');
    const decoded = decodeURIComponent(faviconHref.slice('data:image/svg+xml,'.length));
    expect(decoded).toBe(published.replaceAll('"', "'"));
  });
});
