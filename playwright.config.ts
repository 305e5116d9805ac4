import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/*
 * End-to-end tests run against the built site (`npm run build` first), served by
 * `astro preview`. Where Debian's Chromium is installed (CI, and machines that
 * cannot download Playwright's own browser) the tests use it; elsewhere they use
 * Playwright's browser as usual.
 */
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }
  : {};

const port = Number(process.env.ARWAIN_TEST_PORT ?? 4329);
const base = process.env.ARWAIN_BASE ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions,
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions }, grep: /@mobile/ },
    // The site behind real web servers (nginx, Apache httpd), which the tests start themselves.
    { name: 'servers', testDir: 'tests/servers', testMatch: '*.spec.ts', use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
  // Our own static server rather than `astro preview`: it answers 404s as a host
  // would, serves any base path, and several can run at once.
  webServer: {
    command: `node scripts/static-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
