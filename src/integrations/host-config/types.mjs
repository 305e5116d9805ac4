// @ts-check
// The content type of every kind of file the site publishes, one table for the
// static server and every host's generated configuration, so each serves a file
// with the same type.

/**
 * Text types, served with `charset=utf-8` and compressed where the server can.
 * @type {Readonly<Record<string, string>>}
 */
export const TEXT_TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Binary types, served as they are. Pagefind's index files (`.pf_meta`,
 * `.pf_index`, `.pf_fragment`, `.pf_filter`) and its WebAssembly (`.pagefind`)
 * are gzip streams that Pagefind unpacks itself: `application/gzip` says so, and
 * keeps servers from compressing them a second time.
 * @type {Readonly<Record<string, string>>}
 */
export const BINARY_TYPES = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/vnd.microsoft.icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/gzip',
  '.pf_meta': 'application/gzip',
  '.pf_index': 'application/gzip',
  '.pf_fragment': 'application/gzip',
  '.pf_filter': 'application/gzip',
};

/** What a file of no known type is served as. */
export const DEFAULT_TYPE = 'application/octet-stream';

/**
 * The Content-Type header for a file name.
 * @example contentType('standards.csv') // 'text/csv; charset=utf-8'
 * @param {string} name
 */
export function contentType(name) {
  const match = /\.[^./]+$/.exec(name.toLowerCase());
  const extension = match ? match[0] : '';
  const text = TEXT_TYPES[extension];
  if (text !== undefined) return `${text}; charset=utf-8`;
  return BINARY_TYPES[extension] ?? DEFAULT_TYPE;
}

/** The text types that are worth compressing: all of them. */
export const COMPRESSIBLE = [...new Set(Object.values(TEXT_TYPES))];
