import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../arwain.config';
import { parseSiteConfig, placeholderSettings, SiteConfigError } from './site-config';

const valid = () => structuredClone(siteConfig) as Record<string, unknown> & typeof siteConfig;

describe('the site configuration', () => {
  it('accepts arwain.config.ts as shipped: no site address, anyone may frame the cards', () => {
    const config = parseSiteConfig(siteConfig);
    expect(config.site).toBeUndefined();
    expect(config.embed.frameAncestors).toEqual([]);
  });

  it('takes the site address from ARWAIN_SITE over the file, as an origin', () => {
    expect(parseSiteConfig({ ...valid(), site: 'https://a.example.sch.uk' }, 'https://leadership.example.sch.uk/').site).toBe('https://leadership.example.sch.uk');
    expect(parseSiteConfig({ ...valid(), site: 'https://a.example.sch.uk' }).site).toBe('https://a.example.sch.uk');
  });

  it('refuses an address that is not https:, not absolute, or has a path, saying which and why', () => {
    expect(() => parseSiteConfig(valid(), 'http://leadership.example.sch.uk')).toThrow(/ARWAIN_SITE="http:\/\/leadership.example.sch.uk": \(top level\): must start with https:/);
    expect(() => parseSiteConfig({ ...valid(), site: 'leadership.example.sch.uk' })).toThrow(/arwain\.config\.ts: site: expected an absolute address/);
    expect(() => parseSiteConfig({ ...valid(), site: 'https://x.example/intranet/' })).toThrow(/put a sub-path in ARWAIN_BASE/);
  });

  it('lists every problem at once, each with its setting', () => {
    const config = valid();
    const broken = {
      ...config,
      publisher: { ...config.publisher, email: 'nobody' },
      colours: { ...config.colours, link: 'teal' },
      embed: { frameAncestors: ['https://intranet.example/path'] },
      extra: 1,
    };
    let message = '';
    try {
      parseSiteConfig(broken);
    } catch (error) {
      expect(error).toBeInstanceOf(SiteConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^The site configuration has 4 problems:/);
    expect(message).toContain('arwain.config.ts: publisher.email: expected an email address');
    expect(message).toContain('arwain.config.ts: colours.link: expected a hex colour');
    expect(message).toContain('arwain.config.ts: embed.frameAncestors.0: expected an origin');
    expect(message).toMatch(/Unrecognized key: "extra"|extra/);
  });

  it('takes frame ancestors as origins or host wildcards, and a tag authority with its date', () => {
    const config = parseSiteConfig({ ...valid(), embed: { frameAncestors: ['https://*.sharepoint.com', 'http://intranet.school.local:8080'] }, feedTagAuthority: 'leadership.example.sch.uk,2026-12' });
    expect(config.embed.frameAncestors).toHaveLength(2);
    expect(() => parseSiteConfig({ ...valid(), feedTagAuthority: 'leadership.example.sch.uk' })).toThrow(/feedTagAuthority: expected a domain or email address/);
  });

  it('warns about the template’s example settings still in place', () => {
    expect(placeholderSettings(parseSiteConfig(siteConfig)).join('\n')).toMatch(/publisher\.email[\s\S]*feedTagAuthority/);
    expect(placeholderSettings(parseSiteConfig({ ...valid(), publisher: { ...valid().publisher, email: 'arwain@cscjes.org.uk' }, feedTagAuthority: 'cscjes.org.uk,2026' }))).toEqual([]);
  });
});
