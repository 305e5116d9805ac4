// @ts-check
// The static server follows the same `_headers` and `_redirects` files that the
// build writes for Netlify and Cloudflare Pages (src/integrations/host-config),
// read the way those hosts read them, so what `npm start` and the browser tests
// see is what a real host sends: the same headers, redirects and 404 pages.

/** @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule */
/** @typedef {{ from: string, to: string, status: number }} RedirectRule */

/**
 * The rules of a `_headers` file: a path pattern, then its headers indented below.
 * @example parseHeadersFile('/*\n  X-Content-Type-Options: nosniff\n') // [{ pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] }]
 * @param {string} text
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon > 0 && rule) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The rules of a `_redirects` file: from, to, status (and `!`, forced, which this server always is).
 * @example parseRedirectsFile('/old/ /new/ 301\n') // [{ from: '/old/', to: '/new/', status: 301 }]
 * @param {string} text
 */
export function parseRedirectsFile(text) {
  /** @type {RedirectRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    const [from, to, status = '301'] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !to) continue;
    rules.push({ from, to, status: Number.parseInt(status, 10) || 301 });
  }
  return rules;
}

/**
 * Whether a path matches a pattern: the same path, or, for a pattern ending in
 * `*`, any path that starts with what comes before it.
 * @example matches('/about/*', '/about/') // true
 * @param {string} pattern
 * @param {string} path
 */
export function matches(pattern, path) {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path || pattern === `${path}/`;
}

/**
 * The headers of every matching rule; a later rule's value of a header replaces an earlier one's, as on Netlify.
 * @param {HeaderRule[]} rules
 * @param {string} path
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * The redirect for a path, if a 3xx rule names it.
 * @param {RedirectRule[]} rules
 * @param {string} path
 */
export function redirectFor(rules, path) {
  return rules.find((rule) => rule.status >= 300 && rule.status < 400 && matches(rule.from, path));
}

/**
 * The page that answers a miss at `path`: a 404 rule's page, or the default.
 * @param {RedirectRule[]} rules
 * @param {string} path
 * @param {string} fallback
 */
export function notFoundPageFor(rules, path, fallback) {
  return rules.find((rule) => rule.status === 404 && matches(rule.from, path))?.to ?? fallback;
}
