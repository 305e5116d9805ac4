import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../fixtures/content';

/*
 * The server behind `npm start`, the browser tests and the benchmarks, attacked
 * as a careless client or an attacker would: malformed request targets, traversal
 * out of its folder (also through symbolic links, and to a sibling folder whose
 * name starts with the folder's), every method, oversized headers, and downloads
 * abandoned half way. It must answer each with a status, stay up, and keep no
 * file open for a client that has gone: it runs with a limit of 128 descriptors,
 * which a leak of one per abandoned download would exhaust.
 */

const ABORTED_DOWNLOADS = 600;
const FD_LIMIT = 128;

let dir: string;
let server: ChildProcess;
let port: number;

/** One raw HTTP/1.1 exchange, as sent: the status code of the answer and the whole answer. */
function raw(request: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    // Written, not ended: the request says `Connection: close`, and the server must answer before it closes.
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
  });
}

const get = (target: string, headers = '') => raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`);

/** Starts a download of the large file and hangs up after the first bytes. */
function abortedDownload(): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('GET /large.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
    socket.once('data', () => socket.destroy());
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
}

const openDescriptors = () => readdirSync(`/proc/${server.pid}/fd`).length;
const alive = () => server.exitCode === null && server.signalCode === null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'arwain-static-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'cy'), { recursive: true });
  mkdirSync(join(dir, 'site-private'));
  writeFileSync(join(dir, 'site-private', 'secret.txt'), 'secret');
  writeFileSync(join(dir, 'outside.txt'), 'outside');
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(site, '404.html'), '<!doctype html><html lang="en"><title>Not found</title>');
  writeFileSync(join(site, 'cy', '404.html'), '<!doctype html><html lang="cy"><title>Heb ei chanfod</title>');
  writeFileSync(join(site, '_redirects'), '/old/ /index.html 301\n/cy/* /cy/404.html 404\n');
  writeFileSync(join(site, '_headers'), '/*\n  X-Test: yes\n');
  writeFileSync(join(site, 'large.bin'), Buffer.alloc(4 * 1024 * 1024, 7));
  writeFileSync(join(site, 'page.css'), `body { color: red; }\n${'/* padding */\n'.repeat(200)}`);
  symlinkSync(join(dir, 'outside.txt'), join(site, 'escape.txt'));
  symlinkSync(join(dir, 'site-private'), join(site, 'private'));
  // The folder without a trailing slash, as bench/run.mjs passes it.
  server = spawn('bash', ['-c', `ulimit -n ${FD_LIMIT} && exec "$0" scripts/static-server.mjs 0 "$1"`, process.execPath, site], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const match = /127\.0\.0\.1:(\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('the static server', () => {
  it('answers malformed request targets with 400 or 404 and stays up', async () => {
    for (const target of ['//%/', '//x:99999/', '/%', '/%zz', '/%00', '/a%00b', '*', 'http://evil.example/', '//evil.example/', '/\\..\\secret', '/%5c..%5csecret']) {
      const { status } = await get(target);
      expect([400, 404], target).toContain(status);
      expect(alive(), target).toBe(true);
    }
    // A query is never decoded: a malformed one is the page's business, not the server's.
    expect((await get('/?%')).status).toBe(200);
  });

  it('never serves anything outside its folder, by traversal or by a symbolic link', async () => {
    for (const target of [
      '/../site-private/secret.txt',
      '/..%2fsite-private/secret.txt',
      '/%2e%2e/site-private/secret.txt',
      '/%2e%2e%2fsite-private%2fsecret.txt',
      '/escape.txt',
      '/private/secret.txt',
      '/cy/../../outside.txt',
    ]) {
      const { status, text } = await get(target);
      expect([400, 404], target).toContain(status);
      expect(text, target).not.toMatch(/secret\s*$|outside\s*$/);
    }
    expect(alive()).toBe(true);
  });

  it('serves GET and HEAD only, and answers oversized headers with a body', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PROPFIND', 'TRACE', 'OPTIONS']) {
      const { status, text } = await raw(`${method} / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      expect(status, method).toBe(405);
      expect(text, method).toMatch(/allow: GET, HEAD/i);
    }
    const head = await raw('HEAD /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(head.status).toBe(200);
    expect(head.text).not.toContain('<title>');
    const huge = await get('/', `X-Big: ${'a'.repeat(20_000)}\r\n`);
    expect(huge.status).toBe(431);
    expect(huge.text).toMatch(/Request header fields too large\n$/);
    expect((await raw('NONSENSE\r\n\r\n')).status).toBe(400);
    expect(alive()).toBe(true);
  });

  it('follows its _headers and _redirects: headers, redirects, and the Welsh 404 page under /cy/', async () => {
    const home = await get('/');
    expect(home.text).toMatch(/x-test: yes/i);
    expect(home.text).toMatch(/x-content-type-options: nosniff/i);
    expect((await get('/old/')).text).toMatch(/^HTTP\/1\.1 301[\s\S]*location: \/index\.html/i);
    const welsh = await get('/cy/nothing-here/');
    expect(welsh.status).toBe(404);
    expect(welsh.text).toContain('lang="cy"');
    expect((await get('/nothing-here/')).text).toContain('lang="en"');
  });

  it('answers conditional and range requests, and compresses text', async () => {
    const first = await fetch(`http://127.0.0.1:${port}/page.css`, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(first.headers.get('content-type')).toBe('text/css; charset=utf-8');
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    expect((await fetch(`http://127.0.0.1:${port}/page.css`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const part = await fetch(`http://127.0.0.1:${port}/large.bin`, { headers: { range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${4 * 1024 * 1024}`);
    expect((await part.arrayBuffer()).byteLength).toBe(10);
    expect((await fetch(`http://127.0.0.1:${port}/large.bin`, { headers: { range: 'bytes=99999999-' } })).status).toBe(416);
  });

  it(`keeps no descriptor open after ${ABORTED_DOWNLOADS} abandoned downloads of a 4 MB file`, async () => {
    const before = openDescriptors();
    for (let round = 0; round < ABORTED_DOWNLOADS / 50; round += 1) {
      await Promise.all(Array.from({ length: 50 }, abortedDownload));
    }
    // The server closes each file as it sees its client gone; give it a moment to see the last ones.
    await expect.poll(openDescriptors, { timeout: 10_000 }).toBeLessThanOrEqual(before + 2);
    expect(alive()).toBe(true);
    expect((await get('/')).status).toBe(200);
  }, 120_000);
});
