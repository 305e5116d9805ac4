// npm run translation-status: per collection, which entries are translated into
// Welsh, in draft, missing, or out of date (the English changed after the Welsh
// was written). Exits 0; it reports, it does not judge.
import { fileURLToPath } from 'node:url';
import { readTranslationInputs } from '../src/lib/content/translation-files';
import { summarise, translationState } from '../src/lib/content/translation-status';

const contentDir = fileURLToPath(new URL('../content/', import.meta.url));
const rows = readTranslationInputs(contentDir).map(translationState);
const verbose = process.argv.includes('--all');

console.log('Welsh translations (cy), per collection:\n');
console.log(['collection'.padEnd(18), 'reviewed', 'draft', 'missing', 'outdated'].join('  '));
for (const [collection, c] of summarise(rows)) {
  console.log([collection.padEnd(18), String(c.reviewed).padStart(8), String(c.draft).padStart(5), String(c.missing).padStart(7), String(c.outdated).padStart(8)].join('  '));
}
const attention = rows.filter((r) => verbose || r.state === 'outdated' || r.state === 'missing');
if (attention.length > 0) {
  console.log(`\n${verbose ? 'Every entry' : 'Needing a translation'} (record englishHash in the Welsh file's translation field when done):\n`);
  for (const r of attention) console.log(`  ${r.state.padEnd(8)}  ${r.collection}/${r.slug}  englishHash: ${r.englishHash}${r.reviewedBy ? `  reviewed by ${r.reviewedBy} on ${r.reviewedOn}` : ''}`);
}
