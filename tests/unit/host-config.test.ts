import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../arwain.config';
import { parseSiteConfig } from '../../src/lib/site/site-config';
import { apacheConfig } from '../../src/integrations/host-config/apache.mjs';
import { azureConfig } from '../../src/integrations/host-config/azure.mjs';
import { pagePolicies, parsePolicy, serializePolicy, unionPolicies } from '../../src/integrations/host-config/csp.mjs';
import { buildHost, hostFiles } from '../../src/integrations/host-config/index.mjs';
import { HOST_FILES, headersFor, IMMUTABLE, siteModel } from '../../src/integrations/host-config/model.mjs';
import { netlifyHeaders, netlifyRedirects, unfoldRules } from '../../src/integrations/host-config/netlify.mjs';
import { nginxConfig } from '../../src/integrations/host-config/nginx.mjs';
import { contentType } from '../../src/integrations/host-config/types.mjs';
import { headersFor as netlifyHeadersFor, matches, parseHeadersFile } from '../../scripts/static-server/host-rules.mjs';

/*
 * The host configuration, generated from a small build made here: one model of
 * what the site asks of a server, written out for each host.
 */

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc'";
const SEARCH_POLICY = "default-src 'self'; script-src 'self' 'self' 'wasm-unsafe-eval' 'sha256-abc'";
const page = (policy = POLICY) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}"></head></html>`;

let dist: string;
const HTML = [
  'index.html',
  '404.html',
  'standards/index.html',
  'standards/1.1/index.html',
  'search/index.html',
  'embed/standards/1.1/index.html',
  'cy/index.html',
  'cy/404.html',
  'cy/standards/1.1/index.html',
  'cy/search/index.html',
  'cy/embed/standards/1.1/index.html',
];

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'arwain-host-'));
  for (const file of HTML) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), page(file.includes('search/') ? SEARCH_POLICY : POLICY));
  }
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, '_astro', 'site.abc123.css'), '');
  writeFileSync(join(dist, 'feed.xml'), '');
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const model = (frameAncestors: string[] = []) =>
  siteModel({
    pagePolicies: pagePolicies(dist),
    embedFrameAncestors: frameAncestors,
    redirects: [
      { from: '/old/', to: '/new/' },
      { from: '/cy/old/', to: '/cy/new/' },
    ],
  });

describe('policies', () => {
  it('read back from the pages, each source once', () => {
    expect(serializePolicy(parsePolicy(SEARCH_POLICY))).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
    expect(serializePolicy(unionPolicies([parsePolicy("img-src 'self'"), parsePolicy("img-src data:; font-src 'self'")]))).toBe("img-src 'self' data:; font-src 'self'");
    expect(pagePolicies(dist).size).toBe(HTML.length);
  });
});

describe('the model', () => {
  it('lets only the site frame its pages, anyone frame the embed cards, and the publisher narrow that', () => {
    expect(headersFor(model(), '/standards/1.1/')['Content-Security-Policy']).toBe(`${POLICY}; frame-ancestors 'self'`);
    expect(headersFor(model(), '/cy/embed/standards/1.1/')['Content-Security-Policy']).toBe(POLICY);
    expect(headersFor(model(['https://*.sharepoint.com']), '/embed/standards/1.1/')['Content-Security-Policy']).toBe(`${POLICY}; frame-ancestors https://*.sharepoint.com`);
    expect(headersFor(model(), '/search/')['Content-Security-Policy']).toMatch(/'wasm-unsafe-eval'.*frame-ancestors 'self'$/);
  });

  it('caches hashed files for a year, revalidates everything else, and sends the security headers everywhere', () => {
    expect(headersFor(model(), '/_astro/site.abc123.css')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor(model(), '/pagefind/fragment/en_1.pf_fragment')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor(model(), '/pagefind/pagefind-entry.json')['Cache-Control']).toMatch(/max-age=0/);
    expect(headersFor(model(), '/pagefind/pagefind.js')['Content-Security-Policy']).toBeUndefined();
    expect(headersFor(model(), '/feed.xml')).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  });

  it('answers misses under /cy/ with the Welsh 404 page', () => {
    const { rules } = model();
    expect(rules.find((r) => r.prefix === '/cy/search/')!.notFound).toBe('/cy/404.html');
    expect(rules.find((r) => r.prefix === '/search/')!.notFound).toBe('/404.html');
  });

  it('types Pagefind’s files, WebAssembly and the data files', () => {
    expect(contentType('wasm.en.pagefind')).toBe('application/gzip');
    expect(contentType('pagefind.en_1a2b.pf_meta')).toBe('application/gzip');
    expect(contentType('x.wasm')).toBe('application/wasm');
    expect(contentType('standards.csv')).toBe('text/csv; charset=utf-8');
    expect(contentType('feed.xml')).toBe('application/xml; charset=utf-8');
  });
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
  it('sets each header by one rule for any path, the same as the model', () => {
    const m = model();
    const patterns = unfoldRules(m.rules, dist);
    for (const file of [...HTML, '_astro/site.abc123.css', 'pagefind/fragment/en_1.pf_fragment']) {
      const path = `/${file}`.replace(/index\.html$/, '');
      const matching = patterns.filter((p) => matches(p.pattern, path));
      expect(matching, path).toHaveLength(1);
      expect(matching[0]!.headers, path).toEqual(m.rules.find((r) => r.headers === matching[0]!.headers)!.headers);
      expect({ ...m.common, ...matching[0]!.headers }, path).toEqual(headersFor(m, path));
    }
  });

  it('built on Netlify, gives a miss the 404 pages’ policy, and every page still its own (a later rule’s value wins there)', () => {
    const m = model(['https://*.sharepoint.com']);
    const rules = parseHeadersFile(netlifyHeaders(m, '/', dist, { netlify: true }));
    for (const miss of ['/no-such-page/', '/cy/no-such-page/', '/standards-typo']) {
      expect(netlifyHeadersFor(rules, miss)['content-security-policy'], miss).toBe(`${POLICY}; frame-ancestors 'self'`);
    }
    for (const file of HTML) {
      const path = `/${file}`.replace(/index\.html$/, '');
      expect(netlifyHeadersFor(rules, path)['content-security-policy'], path).toBe(headersFor(m, path)['Content-Security-Policy']);
    }
    // Elsewhere (Cloudflare Pages joins the values of every matching rule) the first rule sets no policy.
    expect(parseHeadersFile(netlifyHeaders(m, '/', dist))[0]!.headers.map(([name]) => name)).not.toContain('Content-Security-Policy');
  });

  it('puts the base path in front of every pattern', () => {
    const text = netlifyHeaders(model(), '/intranet/leadership/', dist);
    const patterns = text.split('\n').filter((line) => line.startsWith('/'));
    expect(patterns[0]).toBe('/intranet/leadership/*');
    expect(patterns.every((p) => p.startsWith('/intranet/leadership/'))).toBe(true);
  });
});

describe('_redirects', () => {
  it('makes moved addresses 301s (forced on Netlify, where the old page is still a file) and sends /cy/ misses to the Welsh 404', () => {
    expect(netlifyRedirects(model(), '/')).toContain('/old/ /new/ 301\n');
    expect(netlifyRedirects(model(), '/', { netlify: true })).toContain('/old/ /new/ 301!\n');
    expect(netlifyRedirects(model(), '/intranet/')).toContain('/intranet/cy/* /intranet/cy/404.html 404\n');
  });
});

describe('staticwebapp.config.json (Azure)', () => {
  it('redirects, hides the configuration, and orders routes so the most specific wins', () => {
    const config = JSON.parse(azureConfig(model(), '/'));
    expect(config.routes[0]).toEqual({ route: '/old/', redirect: '/new/', statusCode: 301 });
    expect(config.routes).toContainEqual({ route: '/_headers', statusCode: 404 });
    const routes: string[] = config.routes.filter((r: { headers?: object }) => r.headers).map((r: { route: string }) => r.route);
    expect(routes.indexOf('/pagefind/fragment/*')).toBeLessThan(routes.indexOf('/pagefind/*'));
    expect(config.globalHeaders['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    expect(config.responseOverrides['404'].rewrite).toBe('/404.html');
    expect(config.mimeTypes['.pf_fragment']).toBe('application/gzip');
  });
});

describe('.htaccess (Apache)', () => {
  it('works under a sub-path: 404 pages, redirects and headers all carry the base', () => {
    const text = apacheConfig(model(), '/intranet/leadership/');
    expect(text).toContain('ErrorDocument 404 /intranet/leadership/404.html');
    expect(text).toContain('<If "%{REQUEST_URI} =~ m#^/intranet/leadership/cy/#">\n  ErrorDocument 404 /intranet/leadership/cy/404.html');
    expect(text).toContain('RedirectMatch 301 "^/intranet/leadership/old/?$" "/intranet/leadership/new/"');
    expect(text).toContain('<ElseIf "%{REQUEST_URI} =~ m#^/intranet/leadership/#">');
    expect(text).toContain('AddType application/gzip .pagefind');
  });
});

describe('nginx.conf', () => {
  it('gives locations under the base, exact redirects, and the Welsh 404 under /cy/', () => {
    const text = nginxConfig(model(), '/intranet/');
    expect(text).toContain('location ^~ /intranet/ {');
    expect(text).toContain('location = /intranet/old/ { return 301 /intranet/new/; }');
    expect(text).toMatch(/location \^~ \/intranet\/cy\/ \{[^}]*error_page 404 \/intranet\/cy\/404\.html;/);
    expect(text).toContain('add_header Cache-Control "public, max-age=31536000, immutable";');
    expect(text).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});

describe('what no host may do', () => {
  it('echo any part of the request into a Location: every redirect of every host goes to a fixed site path', () => {
    const base = '/intranet/';
    const targets = [
      ...netlifyRedirects(model(), base, { netlify: true })
        .split('\n')
        .filter((line) => line.startsWith('/'))
        .map((line) => line.split(/\s+/)[1]!),
      ...[...apacheConfig(model(), base).matchAll(/RedirectMatch 301 "[^"]*" "([^"]*)"/g)].map((m) => m[1]!),
      ...[...nginxConfig(model(), base).matchAll(/return 301 ([^;]*);/g)].map((m) => m[1]!),
      ...JSON.parse(azureConfig(model(), base))
        .routes.filter((r: { redirect?: string }) => r.redirect)
        .map((r: { redirect: string }) => r.redirect),
    ];
    expect(targets.length).toBeGreaterThanOrEqual(8);
    // No splat, placeholder, back-reference or variable; one leading slash, never two.
    for (const target of targets) expect(target).toMatch(/^\/intranet\/[^/*:$%\\]/);
    for (const target of targets) expect(target).not.toMatch(/[*$]|:splat|\/\//);
  });

  it('publish another host’s configuration: a forced 404 on Netlify, and a build for one host writes only its own files', () => {
    const text = netlifyRedirects(model(), '/intranet/');
    for (const name of HOST_FILES) expect(text).toContain(`/intranet/${name} /intranet/404.html 404!\n`);
    // The forced 404s come before any other rule, so none can shadow them.
    expect(text.indexOf(' 404!')).toBeLessThan(text.indexOf('/intranet/old/'));
    expect(buildHost({ CF_PAGES: '1' })).toBe('cloudflare');
    expect(buildHost({ NETLIFY: 'true' })).toBe('netlify');
    expect(buildHost({ ARWAIN_HOST: 'nginx', NETLIFY: 'true' })).toBe('nginx');
    expect(buildHost({})).toBe('all');
    expect(() => buildHost({ ARWAIN_HOST: 'iis' })).toThrow(/ARWAIN_HOST=iis/);
    const files = (host: string) => Object.keys(hostFiles({ dist, base: '/', config: parseSiteConfig(siteConfig, undefined), redirects: [], host }).files).sort();
    expect(files('cloudflare')).toEqual(['_headers', '_redirects']);
    expect(files('nginx')).toEqual(['nginx.conf']);
    expect(files('github-pages')).toEqual([]);
    expect(files('all')).toEqual([...HOST_FILES].sort());
  });
});
