import { href } from '../locales/urls';

/**
 * The robots.txt of the site. Every page may be crawled (the embed cards and the
 * 404 pages say `noindex` themselves, which a crawler must be allowed to read).
 * The sitemap's line needs an absolute address, so it is there only when the
 * build knows the site's address. Under a sub-path the file is at the sub-path;
 * crawlers read only the host's own /robots.txt, where the README says to copy
 * the Sitemap line.
 * @example robotsTxt(new URL('https://leadership.example.sch.uk')) // 'User-agent: *\nAllow: /\n\nSitemap: https://leadership.example.sch.uk/sitemap-index.xml\n'
 */
export function robotsTxt(site: URL | undefined): string {
  const lines = ['User-agent: *', 'Allow: /', ''];
  if (site) lines.push(`Sitemap: ${new URL(href('en', '/sitemap-index.xml'), site).href}`, '');
  return lines.join('\n');
}
