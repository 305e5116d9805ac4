// @ts-check
// Takes screenshots of the built site for a person to look at:
// node scripts/screenshots.mjs [path ...] (the site must be served at ARWAIN_URL).
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './chromium.mjs';

const url = process.env.ARWAIN_URL ?? 'http://127.0.0.1:4329';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/cy/'];
const out = 'test-results/screenshots';
/** @type {[string, { width: number, height: number }][]} */
const viewports = [
  ['desktop', { width: 1280, height: 900 }],
  ['mobile', { width: 390, height: 844 }],
];
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
for (const [name, viewport] of viewports) {
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
