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
// - each language's index comes in chunks of about 25 KB, of which a query
//   loads those its words fall in: cut into chunks of about 2.5 KB
//   (scripts/pagefind-files.ts), a first query loads a tenth of that.
//
//   tsx scripts/search-bundle.ts [dist]
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { rechunk } from './pagefind-files';

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
/** CBOR bytes per index chunk: about 2.5 KB gzipped (see tests/budgets.ts, FIRST_QUERY_KB). */
const CHUNK_BYTES = 4_000;
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
let chunks = 0;
for (const { hash } of Object.values(entry.languages)) {
  const metaPath = join(bundle, `pagefind.${hash}.pf_meta`);
  const index = rechunk(readFileSync(metaPath), (chunk) => readFileSync(join(bundle, 'index', `${chunk}.pf_index`)), CHUNK_BYTES);
  for (const name of readdirSync(join(bundle, 'index')).filter((n) => n.startsWith(`${hash.split('_')[0]}_`))) rmSync(join(bundle, 'index', name));
  for (const chunk of index.chunks) writeFileSync(join(bundle, chunk.path), chunk.content);
  writeFileSync(metaPath, index.meta);
  chunks += index.chunks.length;
}
console.log(`Search bundle: pagefind.js minified, ${fragments} fragments without sub-result anchors, ${chunks} index chunks.`);
