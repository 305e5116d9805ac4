import type { SiteConfigInput } from './src/lib/site/site-config';

/**
 * The publisher's settings: the one file a consortium or school edits to make
 * Arwain its own. The build checks every setting (src/lib/site/site-config.ts)
 * and stops, naming the setting, on anything wrong. Name and contact appear in
 * the footer and the accessibility statement; the colours become the site's
 * theme (see src/pages/brand.css.ts); the logo, if any, is a file in public/.
 */
export const siteConfig: SiteConfigInput = {
  /**
   * Where the site is published: scheme and host only, e.g.
   * 'https://leadership.example.sch.uk' (a sub-path goes in ARWAIN_BASE). The
   * environment variable ARWAIN_SITE overrides it. Canonical links, the share
   * image, the sitemap (and its line in robots.txt) need it; without it they are
   * left out, the build warns, and the feed, the data files, "Link to this
   * statement" and the embed code use the address the site is served from.
   */
  site: undefined,
  /** Who publishes this copy of Arwain, in each language. */
  publisher: {
    name: { en: 'Arwain editorial team', cy: 'Tîm golygyddol Arwain' },
    /** Where people report problems, including accessibility problems. */
    email: 'arwain@example.org',
    url: undefined,
  },
  /** A logo in public/ (SVG or PNG), shown beside the site name; undefined for none. */
  logo: undefined,
  /**
   * The theme colours. Each text colour must keep a contrast of at least 4.5:1 with
   * its background (WCAG 2.2 AA): check with the axe tests (`npm test`).
   */
  colours: {
    brand: '#00594f',
    brandDark: '#003d36',
    onBrand: '#ffffff',
    link: '#00594f',
    linkVisited: '#4c2c92',
    focus: '#ffdd00',
  },
  embed: {
    /**
     * Which sites may show the cards under /embed/ in a frame. Empty: any site
     * (the cards are public). To allow only your intranet, list its origins, e.g.
     * ['https://intranet.example.sch.uk', 'https://*.sharepoint.com']. Every other
     * page may be framed only by the site itself, whatever this says.
     */
    frameAncestors: [],
  },
  /**
   * Names the news feed's entries for good (Atom ids, RFC 4151 `tag:` URIs), so
   * moving the site to another address does not announce every entry again: a
   * domain or email address you held, a comma, and the date you held it. Set it
   * once, before the feed is first read, and never change it.
   */
  feedTagAuthority: 'arwain@example.org,2026',
};
