// A small static server for the built site in dist/, on loopback: what the
// browser tests and benchmarks run against. It serves the site under its base
// path and answers missing pages with 404.html and status 404, as a host would.
// Usage: node scripts/static-server.mjs [port]   (ARWAIN_BASE sets the base path)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Normalises a base path to have slashes at both ends. */
export function normaliseBase(base = '/') {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** Starts serving `dist` under `base`; resolves with its URL and a `close()`. */
export function serveDist(dist, base = '/', port = 0) {
  const root = normalize(dist);
  const prefix = normaliseBase(base);
  const send = (response, status, path) => {
    response.writeHead(status, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(response, 404, page);
      else response.writeHead(404).end();
    };
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (!pathname.startsWith(prefix)) return notFound();
    let path = normalize(join(root, pathname.slice(prefix.length)));
    if (!path.startsWith(root)) return notFound();
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!existsSync(path)) return notFound();
    send(response, 200, path);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${address.port}${prefix}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const { url } = await serveDist(dist, process.env.ARWAIN_BASE ?? '/', Number(process.argv[2] ?? 4321));
  console.log(`Serving dist/ at ${url}`);
}
