import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dist } from '../fixtures/built-site';

/*
 * The W3C Nu HTML Checker (vnu-jar, the checker behind validator.w3.org/nu)
 * over every built page: no errors. It needs Java (Debian: default-jre-headless,
 * which .ci/run installs); where Java is missing the test says so and is skipped,
 * except in CI, where it must run. It checks the default build only: the sub-path
 * build is the same HTML under another base.
 */

const run = promisify(execFile);
const vnu = String(createRequire(import.meta.url)('vnu-jar'));

async function javaVersion(): Promise<string | undefined> {
  try {
    const { stderr } = await run('java', ['-version']);
    return stderr.split('\n')[0];
  } catch {
    return undefined;
  }
}

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

const java = await javaVersion();
const defaultBuild = !process.env.ARWAIN_BASE || process.env.ARWAIN_BASE === '/';

describe.runIf(existsSync(dist) && defaultBuild)('the W3C Nu HTML Checker', () => {
  it.skipIf(!java && process.env.CI !== 'true')(
    'finds no error in any built page',
    async () => {
      expect(java, 'Java is needed for the Nu checker (Debian: apt-get install default-jre-headless)').toBeDefined();
      // The checker exits non-zero when it finds errors; its JSON report is what counts.
      const result = await run('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'json', dist], { maxBuffer: 64 * 1024 * 1024 }).catch((error) => error);
      const report = JSON.parse(result.stderr) as { messages: NuMessage[] };
      const errors = report.messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^.*\/dist\//, '/')}:${m.lastLine ?? ''} ${m.message}`);
      expect(errors.slice(0, 30)).toEqual([]);
    },
    900_000,
  );
});
