// npm run bench: builds nothing; measures the site in dist/ (run `npm run build`
// first) and prints every figure beside its budget. Never fails on a figure.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchFinding } from './finding.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(dist)) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

const BUDGETS = {
  'filter ms per keystroke p95 (real)': 16,
  'filter ms per keystroke p95 (10x)': 16,
  'standards JS gzip (KB)': 30,
  'pagefind bytes fetched for one query, en: total (KB)': 100,
  'pagefind bytes fetched for one query, cy: total (KB)': 100,
};

const figures = await benchFinding({ dist: dist.replace(/\/$/, '') });
const width = Math.max(...Object.keys(figures).map((k) => k.length));
console.log('\nFinding a standard');
for (const [name, value] of Object.entries(figures)) {
  const budget = BUDGETS[name];
  const verdict = budget === undefined ? '' : value <= budget ? `  (budget ${budget}: within)` : `  (budget ${budget}: OVER)`;
  console.log(`  ${name.padEnd(width)}  ${value}${verdict}`);
}
