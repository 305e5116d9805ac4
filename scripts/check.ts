// npm run check (first part): the content (the same problem finder the build
// runs, over the same files) and the dictionaries, in a second or two.
// `astro check` then checks the types.
import { fileURLToPath } from 'node:url';
import { siteConfig } from '../arwain.config';
import { cy } from '../src/i18n/cy/index';
import { EN_FEATURES, en } from '../src/i18n/en/index';
import { checkContent, checkDictionaries } from '../src/lib/content/check';
import { formatProblems } from '../src/lib/content/problems';
import { checkLanguages } from '../src/lib/content/language-checks/language-checks';
import { parseSiteConfig, SiteConfigError } from '../src/lib/site/site-config';

/** The feature file a key belongs in: where the English has it, else by the key's prefix, else core. */
function dictionaryFile(locale: string, key: string): string {
  const feature = Object.entries(EN_FEATURES).find(([, strings]) => key in strings)?.[0] ?? 'core';
  return `src/i18n/${locale}/${feature}.ts`;
}

const started = performance.now();
// The publisher's settings first: the build would stop on them too.
try {
  parseSiteConfig(siteConfig, process.env.ARWAIN_SITE);
} catch (error) {
  if (!(error instanceof SiteConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const problems = [...checkContent(root), ...checkDictionaries({ en, cy }, dictionaryFile)];
// Spelling in both languages, the glossary's terms, Welsh mutations and numerals.
problems.push(...(await checkLanguages(root, { cyDictionary: cy, fileOf: dictionaryFile })));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content, dictionaries, spelling and glossary: no problems (${Math.round(performance.now() - started)} ms).`);
