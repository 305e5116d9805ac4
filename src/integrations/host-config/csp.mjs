// @ts-check
// The Content-Security-Policy the pages carry in <meta> (Astro writes it, with
// the hashes of its inline scripts and styles, from `security.csp` in
// astro.config.mjs), read back from the build so the HTTP header sends the same
// policy, plus what a <meta> cannot carry: `frame-ancestors`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {Map<string, string[]>} Policy directive → sources */

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * A policy as an ordered map of directive → sources, each source once.
 * @example parsePolicy("default-src 'self'; script-src 'self' 'self'") // Map { 'default-src' => ["'self'"], 'script-src' => ["'self'"] }
 * @param {string} text
 * @returns {Policy}
 */
export function parsePolicy(text) {
  /** @type {Policy} */
  const policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const directive = name.toLowerCase();
    policy.set(directive, [...new Set([...(policy.get(directive) ?? []), ...sources])]);
  }
  return policy;
}

/**
 * A policy as header text.
 * @example serializePolicy(new Map([['default-src', ["'self'"]]])) // "default-src 'self'"
 * @param {Policy} policy
 */
export function serializePolicy(policy) {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what each of `policies` allows, directive by directive.
 * @param {Iterable<Policy>} policies
 * @returns {Policy}
 */
export function unionPolicies(policies) {
  /** @type {Policy} */
  const union = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
  }
  return union;
}

/**
 * The policy with `frame-ancestors` set: which sites may show the page in a frame.
 * No sources means any site may (the directive is left out).
 * @param {Policy} policy
 * @param {readonly string[]} sources
 */
export function withFrameAncestors(policy, sources) {
  const copy = new Map(policy);
  copy.delete('frame-ancestors');
  if (sources.length > 0) copy.set('frame-ancestors', [...sources]);
  return copy;
}

/**
 * The HTML files under a folder, as paths relative to `dist` with forward slashes.
 * @param {string} dist
 * @returns {string[]}
 */
export function htmlFiles(dist, dir = '') {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(join(dist, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...htmlFiles(dist, path));
    else if (entry.name.endsWith('.html')) files.push(path);
  }
  return files;
}

/**
 * The policy each page of the build carries, by its site path (`/standards/1.14/index.html`).
 * Pages without one (the redirect pages) are left out.
 * @param {string} dist
 */
export function pagePolicies(dist) {
  /** @type {Map<string, Policy>} */
  const policies = new Map();
  for (const file of htmlFiles(dist)) {
    const meta = META.exec(readFileSync(join(dist, file), 'utf8'));
    if (meta?.[1] !== undefined) policies.set(`/${file}`, parsePolicy(meta[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&')));
  }
  return policies;
}
