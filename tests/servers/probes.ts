import { readdirSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';

/*
 * Hostile and careless clients, the same for our static server (static-server.test.ts)
 * and for nginx and Apache with the generated configuration (journeys.ts): raw HTTP/1.1
 * on loopback, so nothing normalises a target before the server sees it. Every probe
 * is bounded in count and in time.
 */

export interface Answer {
  status: number;
  /** The whole answer as sent, headers and body (latin1). */
  text: string;
  /** A header of the answer, lower-cased name; undefined when absent. */
  header: (name: string) => string | undefined;
}

/** How long any one probe waits for the server before it fails. */
const PROBE_TIMEOUT = 30_000;

/** One raw HTTP/1.1 exchange on a connection of its own. */
export function raw(port: number, request: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Written, not ended: the request says `Connection: close`, and the server must answer before it closes.
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.setTimeout(PROBE_TIMEOUT, () => socket.destroy(new Error(`no answer within ${PROBE_TIMEOUT} ms to ${JSON.stringify(request.slice(0, 80))}`)));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.split('\r\n\r\n', 1)[0] ?? '';
      const header = (name: string) =>
        head
          .split('\r\n')
          .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
          ?.slice(name.length + 1)
          .trim();
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text, header });
    });
  });
}

/** A GET of a target exactly as written, on a connection of its own. */
export const get = (port: number, target: string, headers = '') => raw(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${headers}\r\n`);

/**
 * Targets that start with a doubled, tripled or encoded slash: a server that echoes
 * one into a `Location` (`//standards/`) sends the browser to another host.
 * @param base the site's base path, e.g. `/` or `/intranet/leadership/`
 */
export function slashTargets(base: string): string[] {
  const inner = base.replace(/^\/|\/$/g, '');
  const at = (path: string) => (inner ? `/${inner}${path}` : path);
  return [
    ...['//standards', '///standards', '//standards?q=1', '//data', '//review', '///review?x=//evil.example'].map((target) => (inner ? [target, at(target)] : [target])).flat(),
    '/%2fstandards',
    '/%2Fstandards',
    '/%5cstandards',
    '/%2f%2fevil.example',
    at('/%2fstandards'),
    `//${inner ? `${inner}/` : ''}standards`,
  ];
}

/** Targets naming the hosts' configuration files, plainly and with doubled or encoded slashes. */
export function hostFileTargets(base: string, names: readonly string[]): string[] {
  const inner = base.replace(/^\/|\/$/g, '');
  const prefix = inner ? `/${inner}` : '';
  return names.flatMap((name) => [`${prefix}/${name}`, `${prefix}//${name}`, `${prefix}///${name}`, `${prefix}/%2f${name}`, `${prefix}/%2F${name}`, `${prefix}/./${name}`]);
}

/**
 * Whether a `Location` keeps the browser on the server that sent it.
 * @example staysOnServer('//standards/', 4343) // false
 */
export function staysOnServer(location: string, port: number): boolean {
  const origin = `http://127.0.0.1:${port}`;
  return !/^[/\\]{2}|^\/\\/.test(location) && new URL(location, `${origin}/x/y`).origin === origin;
}

/** The ways a client goes away before the answer has started. */
export type Drop = 'request' | 'half' | 'connect';

/**
 * Connects, then goes away before any answer: after a whole request ('request'),
 * half a request ('half'), or nothing at all ('connect'). Resolves when the socket is closed.
 */
export function earlyDrop(port: number, drop: Drop, target: string): Promise<void> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1', () => {
      if (drop === 'connect') socket.destroy();
      else if (drop === 'half') socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n`, () => socket.destroy());
      else socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, () => socket.destroy());
    });
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
}

/**
 * `count` early drops, `parallel` at a time, rotating through the kinds of drop and the targets.
 * @example await earlyDrops(port, 2000, ['/large.bin', '/missing/'])
 */
export async function earlyDrops(port: number, count: number, targets: readonly string[], parallel = 50): Promise<void> {
  const kinds: Drop[] = ['request', 'request', 'half', 'connect'];
  for (let done = 0; done < count; done += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - done) }, (_, i) => {
      const n = done + i;
      return earlyDrop(port, kinds[n % kinds.length]!, targets[n % targets.length]!);
    });
    await Promise.all(batch);
  }
}

/**
 * Sends the start of a request and never the end; resolves with how long the server
 * held the connection (ms) and what it sent before closing it, or rejects after `limit` ms.
 */
export function halfSentRequest(port: number, limit: number): Promise<{ heldFor: number; text: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server still held a half-sent request after ${limit} ms`));
    }, limit);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ heldFor: Date.now() - started, text: Buffer.concat(chunks).toString('latin1') });
    });
  });
}

/** The descriptors a process and its children hold now (Linux /proc). */
export function descriptorsOf(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  return readdirSync(`/proc/${pid}/fd`).length + children.reduce((sum, child) => sum + descriptorsOf(child), 0);
}
