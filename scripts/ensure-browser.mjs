// @ts-check
// Before the browser tests: make sure there is a Chromium to drive (see
// scripts/chromium.mjs): Debian's when present; otherwise Playwright's own,
// installing it if it is missing; otherwise says plainly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH } from './chromium.mjs';

if (CHROMIUM_PATH || existsSync(chromium.executablePath())) process.exit(0);
try {
  execSync('npx playwright install chromium', { stdio: 'inherit' });
  process.exit(0);
} catch {
  console.error('\nNo browser for the end-to-end tests. Install one of:\n' + '  Debian/Ubuntu:  sudo apt-get install chromium\n' + '  elsewhere:      npx playwright install chromium\n');
  process.exit(1);
}
