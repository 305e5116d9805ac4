// Shared pieces of the benchmarks: the static server, the browser, and percentiles.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export { serveDist } from '../scripts/static-server.mjs';

export function launchBrowser() {
  return chromium.launch(
    existsSync('/usr/bin/chromium')
      ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] }
      : {},
  );
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
