// @ts-check
// The standards booklet as PDF files, printed by Chromium exactly as a reader's
// "Save as PDF" prints /print/ (no PDF library): one file per version, with its
// page count and size. Run `npm run build` first.
//
//   npm run booklet:pdf                          # PDFs in test-results/booklet/
//   npm run booklet:pdf -- --out=dir --png=3     # and the first 3 pages of each as PNG (needs pdftoppm, poppler-utils)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './chromium.mjs';
import { serveDist } from './static-server.mjs';

/** The four versions of the booklet: English, Welsh, and each language first side by side. */
export const BOOKLETS = [
  { name: 'booklet-en', path: 'print/' },
  { name: 'booklet-cy', path: 'cy/print/' },
  { name: 'booklet-both-en', path: 'print/both/' },
  { name: 'booklet-both-cy', path: 'cy/print/both/' },
];

/**
 * The number of pages of a PDF, counted from its page objects (no PDF library needed).
 * @example pdfPageCount(readFileSync('test-results/booklet/booklet-en.pdf')) // 48
 * @param {Buffer} bytes
 */
export function pdfPageCount(bytes) {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * The value of `--name=value` on the command line, or the fallback.
 * @param {string} name
 * @param {string} fallback
 */
function option(name, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

function hasPdftoppm() {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const dist = 'dist';
  if (!existsSync(join(dist, 'print', 'index.html'))) throw new Error('No booklet in dist/: run `npm run build` first.');
  const out = option('out', 'test-results/booklet');
  const pngPages = Number(option('png', '0'));
  if (pngPages > 0 && !hasPdftoppm()) throw new Error('--png needs pdftoppm (Debian: apt-get install poppler-utils).');
  mkdirSync(out, { recursive: true });
  const server = await serveDist(dist, process.env.ARWAIN_BASE ?? '/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    console.log('version            pages    bytes  file');
    for (const booklet of BOOKLETS) {
      await page.goto(new URL(booklet.path, server.url).href, { waitUntil: 'load' });
      const file = join(out, `${booklet.name}.pdf`);
      // A4, the paper of schools in Wales; the margins are the booklet's own (@page).
      await page.pdf({ path: file, format: 'A4', outline: true, tagged: true });
      const pages = pdfPageCount(readFileSync(file));
      console.log(`${booklet.name.padEnd(17)} ${String(pages).padStart(6)} ${String(statSync(file).size).padStart(8)}  ${file}`);
      if (pngPages > 0) {
        execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', String(pngPages), file, join(out, booklet.name)]);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) await main();
