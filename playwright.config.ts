import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';

/*
 * End-to-end tests run against the built site (`npm run build` first), served by
 * our own static server (scripts/static-server.mjs), in the project's one Chromium
 * (scripts/chromium.mjs).
 */

const port = Number(process.env.ARWAIN_TEST_PORT ?? 4329);
const base = process.env.ARWAIN_BASE ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // These bound only how long a test may wait for a state; a passing test takes no longer. Two
  // cores shared by several builds and browsers can take seconds to load Pagefind or run axe;
  // a state a loaded machine reaches late is still a pass. Budgets live in `npm run bench`.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
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
