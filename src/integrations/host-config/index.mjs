// @ts-check
// The Astro integration that writes each host's configuration into the build,
// from the same sources as the site: the pages' Content-Security-Policy, the
// redirects registry (content/redirects.yaml), the 404 pages and the base path.
// It also says, at the start of every production build, what the publisher has
// not yet set (the site's address above all) and what that leaves out.
import { existsSync, mkdirSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeholderSettings } from '../../lib/site/site-config.ts';
import { redirectsConfig } from '../url-manifest.mjs';
import { apacheConfig } from './apache.mjs';
import { azureConfig } from './azure.mjs';
import { pagePolicies } from './csp.mjs';
import { siteModel } from './model.mjs';
import { CLOUDFLARE_RULE_LIMIT, netlifyHeaderRules, netlifyHeaders, netlifyRedirects } from './netlify.mjs';
import { nginxConfig } from './nginx.mjs';
/** @import { AstroIntegration } from 'astro' */
/** @import { SiteConfig } from '../../lib/site/site-config.ts' */

/** What a build without the site's address leaves out, and how to set it. */
export const NO_SITE_WARNING = [
  'No site address is set, so this build has no canonical links, share images or og:url, no sitemap (nor its line in robots.txt),',
  'and the feed, the data files, "Link to this statement" and the embed code give addresses relative to wherever the site is served',
  '(in the browser they are completed from the address the page was opened at).',
  'Set it in arwain.config.ts (site: "https://leadership.example.sch.uk") or build with ARWAIN_SITE=https://leadership.example.sch.uk.',
].join('\n');

/**
 * Astro builds each page as <path>/index.html; hosts look for a folder's 404 page
 * at <folder>/404.html. The English one is already there (Astro's 404.html).
 * @param {string} dist
 * @param {string[]} folders
 */
function placeNotFoundPages(dist, folders) {
  for (const folder of folders) {
    const built = join(dist, folder, '404', 'index.html');
    if (!existsSync(built)) continue;
    renameSync(built, join(dist, folder, '404.html'));
    rmdirSync(join(dist, folder, '404'));
  }
}

/**
 * The configuration files each host reads. A build for one host writes only its
 * own: another host's file would be published as a plain file there (Netlify and
 * Cloudflare Pages serve `nginx.conf` and `.htaccess` to anyone who asks).
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const FILES_BY_HOST = {
  netlify: ['_headers', '_redirects'],
  cloudflare: ['_headers', '_redirects'],
  azure: ['staticwebapp.config.json'],
  apache: ['.htaccess'],
  nginx: ['nginx.conf'],
  'github-pages': [],
};

/**
 * The host a build is for: ARWAIN_HOST if set, else the host whose build sets its
 * own variable (NETLIFY=true, CF_PAGES=1), else 'all' (every host's files, for a
 * folder to copy anywhere, and for `npm start`, which reads `_headers` and `_redirects`).
 * @example buildHost({ CF_PAGES: '1' }) // 'cloudflare'
 * @param {Record<string, string | undefined>} env
 */
export function buildHost(env) {
  const named = env.ARWAIN_HOST;
  if (named) {
    if (named === 'all' || Object.hasOwn(FILES_BY_HOST, named)) return named;
    throw new Error(`ARWAIN_HOST=${named} is not a host this build knows: all, ${Object.keys(FILES_BY_HOST).join(', ')}.`);
  }
  if (env.NETLIFY === 'true') return 'netlify';
  if (env.CF_PAGES === '1') return 'cloudflare';
  return 'all';
}

/**
 * The host configuration files of a build, by file name: every host's, or one host's (see `buildHost`).
 * @param {{ dist: string, base: string, config: SiteConfig, redirects: { from: string, to: string }[], host?: string }} options
 */
export function hostFiles({ dist, base, config, redirects, host = 'all' }) {
  const model = siteModel({ pagePolicies: pagePolicies(dist), embedFrameAncestors: config.embed.frameAncestors, redirects });
  /** @type {Record<string, string>} */
  const files = {
    _headers: netlifyHeaders(model, base, dist, { netlify: host === 'netlify' }),
    _redirects: netlifyRedirects(model, base, { netlify: host === 'netlify' }),
    'staticwebapp.config.json': azureConfig(model, base),
    '.htaccess': apacheConfig(model, base),
    'nginx.conf': nginxConfig(model, base),
  };
  const wanted = FILES_BY_HOST[host];
  return {
    model,
    files: wanted ? Object.fromEntries(Object.entries(files).filter(([name]) => wanted.includes(name))) : files,
    headerRules: netlifyHeaderRules(model, dist),
  };
}

/**
 * The registry's redirects as { from, to } site paths, in every language.
 * @param {string} root the project's folder
 */
export function registryRedirects(root) {
  return Object.entries(redirectsConfig(root)).map(([from, to]) => ({ from, to }));
}

/**
 * @param {{ config: SiteConfig }} options
 * @returns {AstroIntegration}
 */
export function hostConfig({ config }) {
  let root = '';
  let base = '/';
  return {
    name: 'arwain-host-config',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (!config.site) logger.warn(NO_SITE_WARNING);
        for (const warning of placeholderSettings(config)) logger.warn(`arwain.config.ts: ${warning}`);
      },
      'astro:config:done': ({ config: astro }) => {
        root = fileURLToPath(astro.root);
        base = astro.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        placeNotFoundPages(dist, ['cy']);
        const host = buildHost(process.env);
        const { files, headerRules } = hostFiles({ dist, base, config, redirects: registryRedirects(root), host });
        mkdirSync(dist, { recursive: true });
        for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
        const names = Object.keys(files).join(', ') || 'none';
        logger.info(
          host === 'all'
            ? `Wrote the configuration for Netlify, Cloudflare Pages, Azure Static Web Apps, Apache and nginx: ${names}.`
            : `Wrote the configuration for ${host} only (ARWAIN_HOST, NETLIFY or CF_PAGES): ${names}.`,
        );
        if (headerRules > CLOUDFLARE_RULE_LIMIT) {
          logger.warn(`_headers has ${headerRules} rules; Cloudflare Pages reads only the first ${CLOUDFLARE_RULE_LIMIT}.`);
        }
      },
    },
  };
}
