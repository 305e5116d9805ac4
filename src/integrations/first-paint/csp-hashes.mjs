// @ts-check
// Astro writes into every page's Content-Security-Policy <meta> the hashes of
// all the scripts and styles of the whole site (its one inline script, and the
// external module scripts, which 'self' already allows). About forty bytes of
// base64 each, which no compression shrinks, on every page: a third of a
// kilobyte. Each page keeps only the hashes of its own inline <script> and
// <style> blocks. The HTTP header the hosts send (host-config) is the union of
// the pages' policies, so it still allows whatever any page of a kind needs.
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH = /^&#39;sha(256|384|512)-[A-Za-z0-9+/=]+&#39;$|^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

/**
 * The hashes of a page's inline scripts and styles, as CSP sources.
 * @param {string} html
 * @returns {Set<string>}
 */
function inlineHashes(html) {
  const blocks = [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)].filter(([, tag, attributes = '']) => tag?.toLowerCase() === 'style' || !/\bsrc=/i.test(attributes));
  return new Set(blocks.map(([, , , body = '']) => `sha256-${createHash('sha256').update(body).digest('base64')}`));
}

/**
 * The page with its CSP <meta> holding only the hashes of the page's own inline code.
 * @example pruneHashes(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x='">`) // script-src 'self'
 * @param {string} html
 */
export function pruneHashes(html) {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = inlineHashes(html);
  const policy = (meta[2] ?? '')
    .split(';')
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((source) => !HASH.test(source) || own.has(source.replace(/&#39;|'/g, '')))
        .join(' '),
    )
    .filter(Boolean)
    .join('; ');
  return html.replace(META, `$1${policy}$3`);
}
