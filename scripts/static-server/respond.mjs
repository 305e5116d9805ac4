// @ts-check
// How the static server answers once it knows what to send. Files go out through
// `send`, the static-file module Express is built on: validators and 304s, byte
// ranges with If-Range (206, 416), HEAD, and the file's stream closed whenever the
// client goes, before or during the answer. Text is compressed on the way by
// `compression` (Express's too). This module only supplies what the site's
// configuration decides: the headers, the content type (one table for every host,
// src/integrations/host-config/types.mjs) and the status of a 404 page.
import { readFile } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { relative, sep } from 'node:path';
import compression from 'compression';
import send from 'send';
import { COMPRESSIBLE, contentType } from '../../src/integrations/host-config/types.mjs';
/** @import { IncomingMessage, ServerResponse } from 'node:http' */

/** What every answer carries, whatever the host files say. */
export const ALWAYS = { 'x-content-type-options': 'nosniff' };

/** The policy of an answer that is not a page (a plain-text error): it loads nothing, and nothing may frame it. */
export const TEXT_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Compresses text of 1 KB or more for a client that accepts it; never a byte range, never a binary file.
 * (Typed for Node's own request and response: the module's types name Express's, which extend them.)
 * @type {(request: IncomingMessage, response: ServerResponse, next: () => void) => void}
 */
export const compress = /** @type {never} */ (
  compression({
    threshold: 1024,
    filter: (request, response) => !request.headers.range && COMPRESSIBLE.includes(String(response.getHeader('content-type') ?? '').split(';')[0] ?? ''),
  })
);

/**
 * A short plain-text answer (an error the server gives itself).
 * @param {ServerResponse} response
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} extra
 */
export function sendText(response, status, text, extra = {}) {
  if (response.headersSent || response.destroyed) {
    response.destroy();
    return;
  }
  const body = `${text}\n`;
  response.writeHead(status, {
    ...extra,
    ...ALWAYS,
    'content-type': 'text/plain; charset=utf-8',
    'content-security-policy': TEXT_POLICY,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

/**
 * Sends a file of the folder with the headers its path is given.
 * @param {IncomingMessage} request
 * @param {ServerResponse} response
 * @param {string} root the folder's real path
 * @param {string} file the file's real path, inside `root`
 * @param {Record<string, string>} headers
 */
export function sendFile(request, response, root, file, headers) {
  for (const [name, value] of Object.entries({ ...headers, 'content-type': contentType(file) })) response.setHeader(name, value);
  // `send` takes a URL path below `root`, which it decodes: each segment is encoded for it.
  const path = `/${relative(root, file).split(sep).map(encodeURIComponent).join('/')}`;
  send(request, path, { root, dotfiles: 'allow', index: false, cacheControl: false, etag: true, lastModified: true })
    // A range that cannot be met (416, with its Content-Range), a failed precondition (412), a file
    // gone since it was found, or no descriptor left to open it: an answer, never a crash.
    .on('error', (/** @type {{ status?: number, headers?: Record<string, string> }} */ error) => {
      const status = error.status !== undefined && error.status < 500 ? error.status : 500;
      sendText(response, status, STATUS_CODES[status] ?? 'Error', { ...headers, ...error.headers });
    })
    .pipe(response);
}

/**
 * Sends a page with a status of its own: a 404 page, at the address that was not found.
 * @param {IncomingMessage} request
 * @param {ServerResponse} response
 * @param {string} file the page's real path
 * @param {number} status
 * @param {Record<string, string>} headers
 */
export async function sendPage(request, response, file, status, headers) {
  const body = await readFile(file);
  if (response.destroyed) return;
  response.writeHead(status, { ...headers, 'content-type': contentType(file), 'content-length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}
