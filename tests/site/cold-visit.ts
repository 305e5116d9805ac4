import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFor } from '../fixtures/built-site';

/*
 * What a first visit to a built page fetches before it is complete, worked out
 * from the files alone (bytes and requests are deterministic, so they are tests,
 * not timings): the page, every stylesheet, script, manifest and preload its
 * HTML references, and every module those scripts import statically. Modules
 * loaded with import() are left out: they load when a person uses something.
 * So is what a browser fetches only without JavaScript (inside <noscript>), and
 * the site icon, as the side-by-side measure leaves it out for both sites.
 * Bytes are gzip -9, as a host sends them compressed.
 */

export interface Fetched {
  /** The URL path, under the base. */
  path: string;
  kind: 'html' | 'css' | 'js' | 'other';
  gzip: number;
}

export interface ColdVisit {
  fetched: Fetched[];
  /** gzip bytes of everything fetched. */
  bytes: number;
  requests: number;
  /** gzip bytes of script: external files and inline <script> blocks. */
  scriptBytes: number;
  stylesheets: number;
}

const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The value of one attribute of a tag, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
}

/** The URLs a page's HTML makes a browser fetch as it loads, with their kind. */
export function pageReferences(html: string): { url: string; kind: Fetched['kind'] }[] {
  const loaded = html.replace(/<noscript>[\s\S]*?<\/noscript>/gi, '');
  const found: { url: string; kind: Fetched['kind'] }[] = [];
  for (const [tag] of loaded.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase() ?? '';
    if (tag.toLowerCase().startsWith('<script')) {
      const src = attribute(tag, 'src');
      if (src) found.push({ url: src, kind: 'js' });
    } else if (rel === 'stylesheet') found.push({ url: attribute(tag, 'href')!, kind: 'css' });
    else if (rel === 'modulepreload') found.push({ url: attribute(tag, 'href')!, kind: 'js' });
    else if (rel === 'manifest' || rel === 'preload') found.push({ url: attribute(tag, 'href')!, kind: 'other' });
  }
  return found;
}

/** The modules a built script imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code: string): string[] {
  const imports = code.matchAll(/(?:^|[;{}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`]+)\1/g);
  return [...imports].map((m) => m[2]!);
}

/** The bytes of inline scripts (not JSON data blocks) in a page. */
export function inlineScriptBytes(html: string): number {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes = '']) => !/\bsrc=/.test(attributes) && !/application\/(ld\+)?json/.test(attributes));
  return scripts.reduce((sum, [, , body = '']) => sum + (body.trim() ? gzipBytes(body) : 0), 0);
}

/**
 * A cold visit to the page at `pagePath` (a URL path under the base, e.g. `/standards/1.14/`).
 * @example coldVisit('/standards/1.14/').bytes // 7482
 */
export function coldVisit(pagePath: string): ColdVisit {
  const file = fileFor(pagePath);
  if (!file) throw new Error(`No page at ${pagePath} in dist/: run npm run build`);
  const html = readFileSync(file, 'utf8');
  const fetched: Fetched[] = [{ path: pagePath, kind: 'html', gzip: gzipBytes(html) }];
  const seen = new Set<string>([pagePath]);
  const queue = pageReferences(html).map((r) => ({ ...r, url: new URL(r.url, `http://site${pagePath}`).pathname }));
  while (queue.length > 0) {
    const { url, kind } = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const asset = fileFor(url);
    if (!asset) throw new Error(`${pagePath} references ${url}, which is not in dist/`);
    const content = readFileSync(asset);
    fetched.push({ path: url, kind, gzip: gzipBytes(content) });
    if (kind === 'js') for (const imported of staticImports(content.toString('utf8'))) queue.push({ url: posix.join(posix.dirname(url), imported), kind: 'js' });
  }
  const sum = (list: Fetched[]) => list.reduce((n, f) => n + f.gzip, 0);
  return {
    fetched,
    bytes: sum(fetched),
    requests: fetched.length,
    scriptBytes: sum(fetched.filter((f) => f.kind === 'js')) + inlineScriptBytes(html),
    stylesheets: fetched.filter((f) => f.kind === 'css').length,
  };
}
