/**
 * The publisher's settings: the one file a consortium or school edits to make
 * Arwain its own. Name and contact appear in the footer and the accessibility
 * statement; the colours become the site's theme (see src/pages/brand.css.ts);
 * the logo, if any, is a file in public/.
 */
export const siteConfig = {
  /** Who publishes this copy of Arwain, in each language. */
  publisher: {
    name: { en: 'Arwain editorial team', cy: 'Tîm golygyddol Arwain' },
    /** Where people report problems, including accessibility problems. */
    email: 'arwain@example.org',
    url: undefined as string | undefined,
  },
  /** A logo in public/ (SVG or PNG), shown beside the site name; undefined for none. */
  logo: undefined as string | undefined,
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
};
