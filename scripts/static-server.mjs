// @ts-check
// The static server for the built site in dist/, on loopback: what `npm start`,
// the browser tests and the benchmarks run against. Files are sent by maintained
// libraries (`send` and `compression`, scripts/static-server/respond.mjs); this
// file only applies the configuration the build generates for the real hosts:
// the headers of dist/_headers, the redirects and the Welsh 404 page of
// dist/_redirects, and what is never served (the host files, dotfiles, anything
// outside dist/, symbolic links out of it included, and paths written with a
// doubled or encoded slash). It serves GET and HEAD only; a malformed request
// gets a 400, not a crash; and no client can hold it: headers must arrive within
// 10 s, an idle kept-alive connection is closed after 5 s, and it takes at most
// 100 connections at once.
// Usage: node scripts/static-server.mjs [port] [folder]   (ARWAIN_BASE sets the base
// path; the folder is dist/ unless given; port 0 takes any free port)
import { existsSync, readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
/** @import { IncomingMessage, ServerResponse } from 'node:http' */
/** @import { Socket } from 'node:net' */
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_FILES, REVALIDATE } from '../src/integrations/host-config/model.mjs';
import { findFile, hidden, requestPath } from './static-server/files.mjs';
import { headersFor, notFoundPageFor, parseHeadersFile, parseRedirectsFile, redirectFor } from './static-server/host-rules.mjs';
import { ALWAYS, compress, sendFile, sendPage, sendText, TEXT_POLICY } from './static-server/respond.mjs';

/** How long a client may take and hold; Node's defaults (60 s for headers, no cap) let one client hold thousands of sockets. */
export const LIMITS = {
  headersTimeout: 10_000,
  requestTimeout: 20_000,
  keepAliveTimeout: 5_000,
  /** How often the timeouts above are checked (Node's default, 30 s, would let a half-sent request stay 40 s). */
  connectionsCheckingInterval: 1_000,
  /** A connection that moves nothing for this long is closed, mid-answer too. */
  idleTimeout: 30_000,
  maxConnections: 100,
  maxRequestsPerSocket: 1_000,
};

/**
 * Normalises a base path to have slashes at both ends.
 * @example normaliseBase('intranet/leadership') // '/intranet/leadership/'
 */
export function normaliseBase(base = '/') {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** @param {string} root */
function readRules(root) {
  /** @param {string} name */
  const read = (name) => (existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : '');
  return { headers: parseHeadersFile(read('_headers')), redirects: parseRedirectsFile(read('_redirects')) };
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
    // The page sent carries its own headers (its policy, frame-ancestors), and a miss is never cached for long.
    const headers = { ...headersOf(path), ...headersOf(page), 'cache-control': REVALIDATE };
    if (file && 'file' in file) return sendPage(request, response, file.file, 404, headers);
    return sendText(response, 404, 'Not found', headers);
  };
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    const url = request.url ?? '';
    const path = requestPath(url);
    if (path === undefined) return sendText(response, 400, 'Bad request');
    if (!path.startsWith(prefix)) return notFound(request, response, path);
    const relative = path.slice(prefix.length);
    if (hidden(url, relative, HOST_FILES)) return notFound(request, response, path);
    const target = url.split(/[?#]/, 1)[0] ?? '';
    const query = url.slice(target.length).replace(/#.*/, '');
    const redirect = redirectFor(rules.redirects, path);
    if (redirect) {
      response.writeHead(redirect.status, { ...ALWAYS, location: `${redirect.to}${query}` }).end();
      return;
    }
    const file = await findFile(root, relative);
    if (!file) return notFound(request, response, path);
    // `target` has no doubled or encoded slash (`hidden`), so the Location stays on this host.
    if ('slash' in file) {
      response.writeHead(301, { ...ALWAYS, location: `${target}/${query}` }).end();
      return;
    }
    sendFile(request, response, root, file.file, headersOf(path));
  };
}

/**
 * What a request Node cannot parse gets: an answer with a body where the socket still takes one.
 * @param {NodeJS.ErrnoException} error
 * @param {Socket} socket
 */
function answerClientError(error, socket) {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  /** @type {Record<string, [string, string]>} */
  const known = {
    HPE_HEADER_OVERFLOW: ['431 Request Header Fields Too Large', 'Request header fields too large'],
    ERR_HTTP_REQUEST_TIMEOUT: ['408 Request Timeout', 'Request timeout'],
  };
  const [status, text] = known[error.code ?? ''] ?? ['400 Bad Request', 'Bad request'];
  const head = [`HTTP/1.1 ${status}`, 'Content-Type: text/plain; charset=utf-8', 'X-Content-Type-Options: nosniff', `Content-Security-Policy: ${TEXT_POLICY}`];
  socket.end(`${[...head, `Content-Length: ${text.length + 1}`, 'Connection: close'].join('\r\n')}\r\n\r\n${text}\n`);
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
  const { headersTimeout, requestTimeout, keepAliveTimeout, connectionsCheckingInterval } = LIMITS;
  const server = createServer({ headersTimeout, requestTimeout, keepAliveTimeout, connectionsCheckingInterval }, (request, response) => {
    compress(request, response, () => {
      handle(request, response).catch(() => sendText(response, 500, 'Server error'));
    });
  });
  server.maxConnections = LIMITS.maxConnections;
  server.maxRequestsPerSocket = LIMITS.maxRequestsPerSocket;
  server.setTimeout(LIMITS.idleTimeout);
  server.on('clientError', answerClientError);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      // Out of descriptors, Node reports a connection it could not accept here: the server goes on.
      server.on('error', (error) => console.error(`static server: ${error.message}`));
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
