// @ts-check
// The static server for the built site in dist/, on loopback: what `npm start`,
// the browser tests and the benchmarks run against. It behaves as the real hosts
// do with the configuration the build generates: it sends the headers of
// dist/_headers, follows dist/_redirects (redirects, and the Welsh 404 page under
// /cy/), and answers misses with status 404. It serves GET and HEAD only, never
// anything outside dist/ (symbolic links included), and a malformed request gets
// a 400, not a crash.
// Usage: node scripts/static-server.mjs [port] [folder]   (ARWAIN_BASE sets the base
// path; the folder is dist/ unless given; port 0 takes any free port)
import { existsSync, readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
/** @import { IncomingMessage, ServerResponse } from 'node:http' */
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_FILES, REVALIDATE } from '../src/integrations/host-config/model.mjs';
import { findFile, requestPath } from './static-server/files.mjs';
import { headersFor, notFoundPageFor, parseHeadersFile, parseRedirectsFile, redirectFor } from './static-server/host-rules.mjs';
import { sendFile } from './static-server/send.mjs';

/**
 * Normalises a base path to have slashes at both ends.
 * @example normaliseBase('intranet/leadership') // '/intranet/leadership/'
 */
export function normaliseBase(base = '/') {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** What every response carries, whatever the host files say. */
const ALWAYS = { 'x-content-type-options': 'nosniff' };

/** @param {string} root */
function readRules(root) {
  /** @param {string} name */
  const read = (name) => (existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : '');
  return { headers: parseHeadersFile(read('_headers')), redirects: parseRedirectsFile(read('_redirects')) };
}

/**
 * @param {ServerResponse} response
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} extra
 */
function sendText(response, status, text, extra = {}) {
  response.writeHead(status, { ...ALWAYS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra });
  response.end(`${text}\n`);
}

/**
 * The request handler for a folder (its real path) served under `prefix`.
 * @param {string} root
 * @param {string} prefix
 * @param {ReturnType<typeof readRules>} rules
 * @returns {(request: IncomingMessage, response: ServerResponse) => Promise<void>}
 */
function handler(root, prefix, rules) {
  /** @param {string} path */
  const headersOf = (path) => ({ ...ALWAYS, 'cache-control': REVALIDATE, ...headersFor(rules.headers, path) });
  /** @type {(request: IncomingMessage, response: ServerResponse, path: string) => Promise<void>} */
  const notFound = async (request, response, path) => {
    const page = notFoundPageFor(rules.redirects, path, `${prefix}404.html`);
    const file = page.startsWith(prefix) ? await findFile(root, page.slice(prefix.length)) : undefined;
    // A miss is never cached for long, whatever the path's rule says for what is there.
    const headers = { ...headersOf(path), 'cache-control': REVALIDATE };
    if (file && 'file' in file) return sendFile(request, response, file, 404, headers);
    return sendText(response, 404, 'Not found', headers);
  };
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    const url = request.url ?? '';
    const path = requestPath(url);
    if (path === undefined) return sendText(response, 400, 'Bad request');
    const target = url.split(/[?#]/, 1)[0] ?? '';
    const query = url.slice(target.length).replace(/#.*/, '');
    const redirect = redirectFor(rules.redirects, path);
    if (redirect) {
      response.writeHead(redirect.status, { ...ALWAYS, location: `${redirect.to}${query}` }).end();
      return;
    }
    if (!path.startsWith(prefix)) return notFound(request, response, path);
    const relative = path.slice(prefix.length);
    if (HOST_FILES.includes(relative)) return notFound(request, response, path);
    const file = await findFile(root, relative);
    if (!file) return notFound(request, response, path);
    if ('slash' in file) {
      response.writeHead(301, { ...ALWAYS, location: `${target}/${query}` }).end();
      return;
    }
    sendFile(request, response, file, 200, headersOf(path));
  };
}

/**
 * Starts serving `dist` under `base`; resolves with its URL and a `close()`.
 * @example const server = await serveDist('dist'); await fetch(server.url); await server.close();
 * @param {string} dist the folder
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist(dist, base = '/', port = 0) {
  const root = await realpath(normalize(dist));
  const prefix = normaliseBase(base);
  const handle = handler(root, prefix, readRules(root));
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendText(response, 500, 'Server error');
      else response.destroy();
    });
  });
  // A request Node cannot parse (bad syntax, headers too large) gets an answer with a body, then the connection closes.
  server.on('clientError', (/** @type {NodeJS.ErrnoException} */ error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, text] = error.code === 'HPE_HEADER_OVERFLOW' ? ['431 Request Header Fields Too Large', 'Request header fields too large'] : ['400 Bad Request', 'Bad request'];
    socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nContent-Length: ${text.length + 1}\r\nConnection: close\r\n\r\n${text}\n`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ url: `http://127.0.0.1:${address.port}${prefix}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const folder = process.argv[3] ?? fileURLToPath(new URL('../dist/', import.meta.url));
  const { url } = await serveDist(folder, process.env.ARWAIN_BASE ?? '/', Number(process.argv[2] ?? 4321));
  console.log(`Serving ${folder} at ${url}`);
}
