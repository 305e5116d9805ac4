// Takes screenshots of the built site for a person to look at:
// node scripts/screenshots.mjs [path ...] (the site must be served at ARWAIN_URL).
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const url = process.env.ARWAIN_URL ?? 'http://127.0.0.1:4329';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/cy/'];
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(
  existsSync('/usr/bin/chromium')
    ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] }
    : {},
);
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['mobile', { width: 390, height: 844 }]]) {
  const page = await browser.newPage({ viewport });
  for (const path of paths) {
    await page.goto(url + path);
    const file = `${out}/${name}${path.replace(/[^a-z0-9.]+/gi, '_')}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await page.close();
}
await browser.close();
