// npm run check (first part): content, file names, references, links and the
// dictionaries, in a second or two. `astro check` then checks the types.
import { fileURLToPath } from 'node:url';
import { cy } from '../src/i18n/cy';
import { en } from '../src/i18n/en';
import { checkContent, checkDictionaries, formatCheckProblems } from '../src/lib/content-check';

const started = performance.now();
const contentDir = fileURLToPath(new URL('../content/', import.meta.url));
const problems = [...checkContent(contentDir), ...checkDictionaries({ en, cy }, (locale) => `src/i18n/${locale}.ts`)];
if (problems.length > 0) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:\n${formatCheckProblems(problems)}`);
  process.exit(1);
}
console.log(`Content and dictionaries: no problems (${Math.round(performance.now() - started)} ms).`);
