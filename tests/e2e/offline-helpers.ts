import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';

/*
 * Offline, as a person is: the server closed, not a flag in the browser. Each
 * test starts its own static server (ports 4360–4369) and kills it when the
 * browser should find the network gone. Where those ports are not free (several
 * checkouts on one machine), ARWAIN_OFFLINE_PORT gives one port for them all:
 * then run the specs with --workers 1.
 */

export const BASE = process.env['ARWAIN_BASE'] ?? '/';

export interface Server {
  /** The site's address: the origin and the base. */
  url: string;
  /** `http://127.0.0.1:<port>`, for addresses that already carry the base. */
  origin: string;
  close(): Promise<void>;
}

/** Starts `node scripts/static-server.mjs <port> <folder>` (dist/ unless given) and waits until it answers. */
export async function startServer(wanted: number, dist = 'dist'): Promise<Server> {
  const port = Number(process.env['ARWAIN_OFFLINE_PORT'] ?? wanted);
  const child: ChildProcess = spawn(process.execPath, ['scripts/static-server.mjs', String(port), dist], { stdio: 'ignore', env: process.env });
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}${BASE}`;
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (tries > 200) throw new Error(`the static server on ${port} did not start`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/**
 * Waits until the site's service worker controls the page. A worker that never does (its install
 * failed, so the browser dropped it) fails with the registration's state, not a bare timeout.
 */
export async function controlled(page: Page): Promise<void> {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
  } catch (error) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) return 'no registration';
      const { installing, waiting, active, scope } = registration;
      return { scope, installing: installing?.state, waiting: waiting?.state, active: active?.state };
    });
    throw new Error(`No service worker took control of ${page.url()}: ${JSON.stringify(state)}`, { cause: error });
  }
}

/** True when `url` (absolute) is in any cache of the page's origin. */
export const cached = (page: Page, url: string) => page.evaluate(async (u) => (await caches.match(u, { ignoreSearch: true })) !== undefined, url);
