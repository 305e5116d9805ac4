import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteConfig } from '../../arwain.config';
import { hostFiles, registryRedirects } from '../../src/integrations/host-config/index.mjs';
import { parseSiteConfig } from '../../src/lib/site/site-config';
import { basePath, dist } from '../fixtures/built-site';
import { root } from '../fixtures/content';

/*
 * A web server's document root for the built site, in a temporary folder: the
 * site at its base path (each entry of dist/ linked, not copied), with the host
 * configuration the build generates, made by the same function with one more
 * redirect, so there is a moved address to follow, and a .wasm file, whose type
 * the servers must get right (the build has none of its own).
 */

/** A moved address the tests add to the registry, with the meta-refresh page Astro would leave there. */
export const TEST_REDIRECT = { from: '/test-moved-address/', to: '/standards/' };

export interface SiteRoot {
  /** The temporary folder: configuration and logs go here too. */
  dir: string;
  /** The document root: the site is at `www/<base>`. */
  www: string;
  /** The folder that holds the site, with its host configuration files. */
  site: string;
  remove: () => void;
}

/** A document root under a new temporary folder, readable by a server's worker user. */
export function makeSiteRoot(): SiteRoot {
  const dir = mkdtempSync(join(tmpdir(), 'arwain-server-'));
  // Servers started as root serve as www-data, which must be able to read it.
  chmodSync(dir, 0o755);
  const www = join(dir, 'www');
  const site = join(www, basePath());
  mkdirSync(site, { recursive: true });
  for (const name of readdirSync(dist)) symlinkSync(join(dist, name), join(site, name));
  const config = parseSiteConfig(siteConfig, process.env.ARWAIN_SITE);
  const moved = [TEST_REDIRECT, { from: `/cy${TEST_REDIRECT.from}`, to: `/cy${TEST_REDIRECT.to}` }];
  const { files } = hostFiles({ dist, base: basePath(), config, redirects: [...registryRedirects(root), ...moved] });
  for (const [name, text] of Object.entries(files)) {
    rmSync(join(site, name), { force: true });
    writeFileSync(join(site, name), text);
  }
  mkdirSync(join(site, TEST_REDIRECT.from));
  writeFileSync(join(site, TEST_REDIRECT.from, 'index.html'), `<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=${basePath()}standards/">`);
  // The smallest valid WebAssembly module: magic number and version.
  writeFileSync(join(site, 'test.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  return { dir, www, site, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
