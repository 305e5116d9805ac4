// @ts-check
// What the site asks of any web server, as one model that each host's
// configuration is written from (see the generators beside this file) and the
// tests check against: the headers of every part of the site, its redirects,
// and which 404 page answers a miss. Paths here are site paths, without the base.
import { serializePolicy, unionPolicies, withFrameAncestors } from './csp.mjs';
/** @import { Policy } from './csp.mjs' */

/** @typedef {'page' | 'embed' | 'immutable' | 'asset' | 'worker'} Kind what a part of the site is, which decides its headers */
/** @typedef {{ prefix: string, headers: Record<string, string>, notFound: string }} Rule the headers and 404 page of the paths under a prefix */
/** @typedef {ReturnType<typeof siteModel>} SiteModel */

/** Sent with every response. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // The pages say the same in <meta>: no address of a page leaks to the sites it links to.
  'Referrer-Policy': 'no-referrer',
  // Nothing on the site uses these; a page framed elsewhere cannot be given them either.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** Files whose names carry a hash of their content: cached for a year and never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else is revalidated on each use (cheaply: a 304 when unchanged). A
 * longer time would let a browser keep an old page whose hashed stylesheet the
 * next deployment has deleted.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** The service worker script: browsers check it for updates, and must never be given an old one from a cache. */
export const NO_CACHE = 'no-cache';

/** The languages with their own folder and 404 page; English is at the root. */
export const LOCALE_FOLDERS = ['cy'];

/** The host configuration files the build writes; no host should serve them. */
export const HOST_FILES = ['_headers', '_redirects', 'staticwebapp.config.json', '.htaccess', 'nginx.conf'];

/**
 * The 404 page for a site path: the Welsh one under /cy/, else the English one.
 * @example notFoundPage('/cy/standards/') // '/cy/404.html'
 * @param {string} path
 */
export function notFoundPage(path) {
  const folder = LOCALE_FOLDERS.find((locale) => path.startsWith(`/${locale}/`));
  return folder ? `/${folder}/404.html` : '/404.html';
}

/** The parts of the site with their own headers, each in every language folder. */
/** @type {{ prefix: string, kind: Kind }[]} */
const SECTIONS = [
  // Pagefind runs its index in WebAssembly here: the pages' policy allows it.
  { prefix: '/search/', kind: 'page' },
  { prefix: '/embed/', kind: 'embed' },
];

/**
 * The rule that governs a site path: the one with the longest matching prefix.
 * @example ruleFor(model.rules, '/cy/standards/1.14/').prefix // '/cy/'
 * @template {{ prefix: string }} R
 * @param {readonly R[]} rules
 * @param {string} path
 * @returns {R | undefined}
 */
export function ruleFor(rules, path) {
  /** @type {R | undefined} */
  let best;
  for (const rule of rules) {
    if (path.startsWith(rule.prefix) && (!best || rule.prefix.length > best.prefix.length)) best = rule;
  }
  return best;
}

/** @returns {{ prefix: string, kind: Kind }[]} */
function sectionRules() {
  const folders = ['', ...LOCALE_FOLDERS.map((l) => `/${l}`)];
  /** @type {(prefix: string, kind: Kind) => { prefix: string, kind: Kind }} */
  const rule = (prefix, kind) => ({ prefix, kind });
  return [
    ...folders.map((folder) => rule(`${folder}/`, 'page')),
    ...folders.flatMap((folder) => SECTIONS.map((s) => rule(`${folder}${s.prefix}`, s.kind))),
    { prefix: '/_astro/', kind: 'immutable' },
    { prefix: '/pagefind/', kind: 'asset' },
    // Pagefind names these files by a hash of their content.
    ...['fragment', 'index', 'filter'].map((folder) => rule(`/pagefind/${folder}/`, 'immutable')),
    rule('/sw.js', 'worker'),
  ];
}

/**
 * The header policy of a rule's pages: theirs, with who may frame them.
 * @param {Kind} kind
 * @param {Policy[]} policies
 * @param {string[]} frameAncestors
 */
function rulePolicy(kind, policies, frameAncestors) {
  if (policies.length === 0) return undefined;
  const policy = unionPolicies(policies);
  return serializePolicy(withFrameAncestors(policy, kind === 'embed' ? frameAncestors : ["'self'"]));
}

/**
 * The model of a build.
 * @param {object} input
 * @param {Map<string, Policy>} input.pagePolicies each page's CSP, by site path (see csp.mjs)
 * @param {string[]} input.embedFrameAncestors who may frame /embed/ (empty: anyone)
 * @param {{ from: string, to: string }[]} input.redirects site paths, in every language
 * @example siteModel({ pagePolicies, embedFrameAncestors: [], redirects: [] }).rules.length // 11
 */
export function siteModel({ pagePolicies, embedFrameAncestors, redirects }) {
  const rules = sectionRules();
  const byRule = new Map(rules.map((rule) => [rule, /** @type {Policy[]} */ ([])]));
  for (const [path, policy] of pagePolicies) {
    const rule = ruleFor(rules, path);
    if (rule) byRule.get(rule)?.push(policy);
  }
  return {
    common: { ...COMMON_HEADERS },
    rules: rules.map((rule) => /** @type {Rule} */ {
      const { prefix, kind } = rule;
      const policy = kind === 'page' || kind === 'embed' ? rulePolicy(kind, byRule.get(rule) ?? [], embedFrameAncestors) : undefined;
      return {
        prefix,
        headers: { ...(policy ? { 'Content-Security-Policy': policy } : {}), 'Cache-Control': kind === 'immutable' ? IMMUTABLE : kind === 'worker' ? NO_CACHE : REVALIDATE },
        notFound: notFoundPage(prefix),
      };
    }),
    redirects: redirects.map(({ from, to }) => ({ from, to })),
    hidden: HOST_FILES.map((name) => `/${name}`),
    // What a miss is answered with: the 404 pages, whose policy a host that picks headers by the requested path must send there too.
    notFoundPolicy: rulePolicy(
      'page',
      [...new Set(rules.map((rule) => notFoundPage(rule.prefix)))].flatMap((page) => pagePolicies.get(page) ?? []),
      [],
    ),
  };
}

/**
 * Every header a response for a site path gets.
 * @example headersFor(model, '/standards/1.14/')['Cache-Control'] // 'public, max-age=0, must-revalidate'
 * @param {SiteModel} model
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(model, path) {
  return { ...model.common, ...(ruleFor(model.rules, path)?.headers ?? {}) };
}

/**
 * A base path with a slash at each end, for prefixing site paths.
 * @example withBase('/intranet/leadership', '/standards/') // '/intranet/leadership/standards/'
 * @param {string} base
 * @param {string} path
 */
export function withBase(base, path) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  return `${prefix}${path}`;
}
