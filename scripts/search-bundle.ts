// What the first search fetches, made smaller (npm run build, after
// scripts/search-index.ts has written dist/pagefind/). Pagefind's files as it
// writes them carry what this site never uses:
//
// - pagefind.js is readable JavaScript: minified, it is about 1.8 KB smaller
//   (gzip) on every first search.
// - each result's fragment lists the page's headings with their positions
//   ("anchors"), for sub-results, which the results list does not show; the
//   fragments of a page of results are most of what a query fetches after the
//   engine and the index.
//
//   tsx scripts/search-bundle.ts [dist]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';

const bundle = join(process.argv[2] ?? 'dist', 'pagefind');
/** Pagefind's fragment files: a signature, then JSON, all gzipped. */
const SIGNATURE = 'pagefind_dcd';

const script = join(bundle, 'pagefind.js');
const { code } = await transform(readFileSync(script, 'utf8'), { minify: true, format: 'esm', target: 'es2020' });
writeFileSync(script, code);

let fragments = 0;
for (const name of readdirSync(join(bundle, 'fragment'))) {
  const path = join(bundle, 'fragment', name);
  const bytes = gunzipSync(readFileSync(path));
  if (bytes.subarray(0, SIGNATURE.length).toString('utf8') !== SIGNATURE) throw new Error(`${path}: not a Pagefind fragment`);
  const record = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as { anchors?: unknown[] };
  record.anchors = [];
  writeFileSync(path, gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(JSON.stringify(record))]), { level: 9 }));
  fragments += 1;
}
console.log(`Search bundle: pagefind.js minified, ${fragments} fragments without sub-result anchors.`);
