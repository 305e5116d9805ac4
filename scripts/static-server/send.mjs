// @ts-check
// Sends a file as a careful host would: validators (ETag, Last-Modified) and
// 304s, one byte range (206, or 416 when it cannot be met), gzip for text when
// the client accepts it. The file is streamed with `pipeline`, which closes it
// when the client goes away: no descriptor is left open by an aborted download.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { COMPRESSIBLE, contentType } from '../../src/integrations/host-config/types.mjs';

/** Smaller files gain too little from compression to be worth it. */
const COMPRESS_FROM = 1024;

/** @typedef {{ file: string, size: number, mtime: Date }} FoundFile a file found by `findFile` (files.mjs) */

/**
 * A weak validator from the file's size and time: changes whenever the file does.
 * @param {Pick<FoundFile, 'size' | 'mtime'>} file
 */
export function etagOf(file) {
  return `W/"${file.size.toString(16)}-${Math.floor(file.mtime.getTime() / 1000).toString(16)}"`;
}

/**
 * Whether the client's copy is current (If-None-Match first, else If-Modified-Since).
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string} etag
 * @param {Date} mtime
 */
export function notModified(headers, etag, mtime) {
  const match = headers['if-none-match'];
  if (match !== undefined) {
    const tags = match.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag.replace(/^W\//, ''));
  }
  const since = Date.parse(headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}

/**
 * The one byte range asked for, as inclusive offsets; 'invalid' when it cannot
 * be met; undefined for the whole file (no Range, several ranges, or a stale If-Range).
 * @example byteRange('bytes=0-99', 1000) // { start: 0, end: 99 }
 * @param {string | undefined} header the Range header
 * @param {number} size the file's size in bytes
 * @returns {{ start: number, end: number } | 'invalid' | undefined}
 */
export function byteRange(header, size) {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return header.includes(',') ? undefined : 'invalid';
  let start;
  let end;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? 'invalid' : { start, end };
}

/** @param {string} header the Accept-Encoding header */
function acceptsGzip(header = '') {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    const q = params.find((p) => p.trim().startsWith('q='));
    return name?.trim() === 'gzip' && (!q || Number(q.trim().slice(2)) > 0);
  });
}

/**
 * Sends `file` with `status` and the given headers (the host's, for this path).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {FoundFile} file
 * @param {number} status
 * @param {Record<string, string>} headers
 * @returns {void}
 */
export function sendFile(request, response, file, status, headers) {
  const type = contentType(file.file);
  const etag = etagOf(file);
  const compressible = COMPRESSIBLE.includes(type.split(';')[0] ?? '');
  /** @type {Record<string, string>} */
  const base = { ...headers, 'content-type': type, etag, 'last-modified': file.mtime.toUTCString(), 'accept-ranges': 'bytes' };
  if (compressible) base.vary = 'Accept-Encoding';
  if (status === 200 && notModified(request.headers, etag, file.mtime)) {
    response.writeHead(304, base).end();
    return;
  }
  const ifRange = request.headers['if-range'];
  const range = status === 200 && (!ifRange || ifRange === etag) ? byteRange(request.headers.range, file.size) : undefined;
  if (range === 'invalid') {
    response.writeHead(416, { ...base, 'content-range': `bytes */${file.size}` }).end();
    return;
  }
  const gzip = !range && compressible && file.size >= COMPRESS_FROM && acceptsGzip(request.headers['accept-encoding']);
  if (range) {
    response.writeHead(206, { ...base, 'content-range': `bytes ${range.start}-${range.end}/${file.size}`, 'content-length': range.end - range.start + 1 });
  } else if (gzip) {
    response.writeHead(status, { ...base, 'content-encoding': 'gzip' });
  } else {
    response.writeHead(status, { ...base, 'content-length': file.size });
  }
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file.file, range ?? {});
  /** @param {NodeJS.ErrnoException | null} error */
  const done = (error) => {
    if (error) response.destroy();
  };
  if (gzip) pipeline(stream, createGzip(), response, done);
  else pipeline(stream, response, done);
}
