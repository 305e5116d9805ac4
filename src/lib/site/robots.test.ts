import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots';

describe('robots.txt', () => {
  it('allows everything, naming the sitemap only when the site’s address is known', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt(new URL('https://leadership.example.sch.uk'))).toBe('User-agent: *\nAllow: /\n\nSitemap: https://leadership.example.sch.uk/sitemap-index.xml\n');
  });
});
