import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { basePath } from '../fixtures/built-site';
import { makeSiteRoot, type SiteRoot } from './site-root';

/*
 * Real web servers on loopback, started from configuration written in a
 * temporary folder (no system service, nothing outside the folder touched), each
 * serving the built site with the configuration the build generates.
 */

export interface RunningServer {
  /** The site's address on this server, ending in its base path. */
  url: string;
  /** The server's main process (its workers are its children). */
  pid: number;
  stop: () => Promise<void>;
}

export interface ServerKind {
  name: string;
  binary: string;
  /** The main configuration file for a document root and port. */
  config: (root: SiteRoot, port: number) => string;
  args: (configFile: string, root: SiteRoot) => string[];
}

/** A port free on loopback now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The descriptor limit the servers run under: low enough that a leak of one per
 * dropped connection, or one socket held per half-sent request, shows within a test.
 */
export const FD_LIMIT = 256;

/** Servers started as root hand their work to this user. */
const asRoot = process.getuid?.() === 0;

export const NGINX: ServerKind = {
  name: 'nginx',
  binary: '/usr/sbin/nginx',
  config: (root, port) => `
${asRoot ? 'user www-data;' : ''}
worker_processes 1;
daemon off;
pid ${root.dir}/nginx.pid;
error_log ${root.dir}/error.log warn;
worker_rlimit_nofile ${FD_LIMIT};
events { worker_connections 64; }
http {
  access_log off;
  # What a host should set in its own server configuration (the generated include cannot): a
  # half-sent request is dropped after 10 s, an idle kept-alive connection after 5 s.
  client_header_timeout 10s;
  keepalive_timeout 5s;
  client_body_temp_path ${root.dir}/client_body;
  proxy_temp_path ${root.dir}/proxy;
  fastcgi_temp_path ${root.dir}/fastcgi;
  uwsgi_temp_path ${root.dir}/uwsgi;
  scgi_temp_path ${root.dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root.www};
    include ${join(root.site, 'nginx.conf')};
  }
}
`,
  args: (configFile, root) => ['-e', join(root.dir, 'error.log'), '-p', root.dir, '-c', configFile],
};

const MODULES = '/usr/lib/apache2/modules';

export const APACHE: ServerKind = {
  name: 'Apache httpd',
  binary: '/usr/sbin/apache2',
  config: (root, port) => `
ServerRoot "${root.dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${root.dir}/httpd.pid"
DefaultRuntimeDir "${root.dir}"
Mutex file:${root.dir} default
ErrorLog "${root.dir}/error.log"
LogLevel warn
${asRoot ? 'User www-data\nGroup www-data' : ''}
${['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'headers', 'filter', 'deflate', 'reqtimeout'].map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n')}
# The same limits as nginx's above: headers within 10 s (20 s for a slow but moving client), idle kept-alive connections for 5 s.
RequestReadTimeout header=10-20,MinRate=500 body=20,MinRate=500
KeepAliveTimeout 5
StartServers 1
ServerLimit 1
ThreadsPerChild 16
MaxRequestWorkers 16
TypesConfig /etc/mime.types
DocumentRoot "${root.www}"
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory "${root.www}">
  Options FollowSymLinks
  AllowOverride FileInfo Indexes
  Require all granted
</Directory>
<FilesMatch "^\\.ht">
  Require all denied
</FilesMatch>
`,
  args: (configFile) => ['-f', configFile, '-DFOREGROUND'],
};

async function waitUntilServing(url: string, child: ChildProcess, log: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer at ${url} within 30 s`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts a server on a free loopback port; a port taken meanwhile is retried with another. */
export async function startServer(kind: ServerKind): Promise<RunningServer> {
  const root = makeSiteRoot();
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const configFile = join(root.dir, `${kind.name.split(' ')[0]}.conf`);
    writeFileSync(configFile, kind.config(root, port));
    // Under a low descriptor limit, as static-server.test.ts runs ours.
    const child = spawn('sh', ['-c', `ulimit -n ${FD_LIMIT} && exec "$0" "$@"`, kind.binary, ...kind.args(configFile, root)], { stdio: 'ignore' });
    const url = `http://127.0.0.1:${port}${basePath()}`;
    try {
      await waitUntilServing(url, child, join(root.dir, 'error.log'));
      return {
        url,
        pid: child.pid!,
        stop: async () => {
          await stopProcess(child);
          root.remove();
        },
      };
    } catch (error) {
      lastError = error;
      await stopProcess(child);
    }
  }
  root.remove();
  throw lastError;
}

/**
 * Another site on another loopback origin (127.0.0.2, a port of its own): its
 * page frames whatever address `page` puts in an iframe.
 */
export async function startIntranet(page: (path: string) => string): Promise<{ frame: (path: string) => string; close: () => Promise<void> }> {
  const server = createHttpServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://intranet').searchParams.get('frame') ?? '/';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const { port } = server.address() as { port: number };
  return {
    frame: (path) => `http://127.0.0.2:${port}/?frame=${encodeURIComponent(path)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
