// @ts-check
// The one Chromium configuration for everything that drives a browser: the
// Playwright tests, the benchmarks, the screenshots and the booklet's PDFs. Where
// Debian's Chromium is installed (CI, and machines that cannot download
// Playwright's own browser) they use it; elsewhere Playwright's browser as usual.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, when installed; `undefined` means Playwright's own. */
export const CHROMIUM_PATH = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/**
 * What Debian's Chromium gets: no sandbox (containers cannot give it one), no GPU,
 * and no background traffic, so the tests' "no cross-origin request" rule and the
 * benchmarks' figures see the site alone.
 */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Playwright's launch options for that browser (`use.launchOptions`, `chromium.launch`). */
export const launchOptions = CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS } : {};

/**
 * Starts the browser with those options.
 * @example const browser = await launchBrowser(); … await browser.close();
 */
export function launchBrowser() {
  return chromium.launch(launchOptions);
}
