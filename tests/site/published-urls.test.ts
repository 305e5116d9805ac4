import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '../../src/lib/content/redirects.mjs';
import { builtPaths, manifestText, missingUrls, readManifest } from '../../src/integrations/url-manifest.mjs';
import { root } from '../fixtures/content';
import { dist } from '../fixtures/built-site';

/*
 * Links that never break: every published address is still served, and every
 * page of the build has been recorded as published (so a later change cannot
 * drop it silently).
 */
describe('published addresses', () => {
  const built: string[] = existsSync(dist) ? builtPaths(dist) : [];
  const manifest: string[] = readManifest(root);

  it('every recorded address is still a page or a redirect', () => {
    expect(manifest.length).toBeGreaterThan(1000);
    expect(missingUrls(manifest, built, readRedirects(root))).toEqual([]);
  });

  it('every page of the build is recorded: the build adds new addresses itself', () => {
    expect(built.filter((url) => !manifest.includes(url))).toEqual([]);
  });
});

describe('the URL checks', () => {
  it('records new addresses in order, once each, and keeps every old one', () => {
    const text = manifestText(['/b/', '/a/'], ['/c/', '/a/']);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['/a/', '/b/', '/c/']);
  });

  it('a page that disappears without a redirect is reported; with one, it is not', () => {
    expect(missingUrls(['/case-studies/old/', '/standards/'], ['/standards/'], [])).toEqual(['/case-studies/old/']);
    expect(missingUrls(['/case-studies/old/', '/cy/case-studies/old/'], [], [{ from: '/case-studies/old/', to: '/case-studies/new/' }])).toEqual([]);
  });
});
