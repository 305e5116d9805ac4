import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { builtPages, dist } from '../fixtures/built-site';
import { root } from '../fixtures/content';

/*
 * Every built page passes html-validate's recommended rules (see .htmlvalidate.json;
 * the rules turned off there concern source formatting, not the HTML a browser
 * or assistive technology reads). The pages are shared among workers, one per
 * core, each resolving the configuration once (html-validate would resolve it
 * for every page): over a thousand pages in seconds.
 */

/** Validates `pages` in a worker thread; resolves with the errors found. */
function validate(pages: { url: string; file: string }[], config: unknown): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./html-validate-worker.mjs', import.meta.url), { workerData: { config, pages } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('HTML validity', () => {
  const pages = existsSync(dist) ? builtPages() : [];

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(700);
  });

  it('every built page is valid HTML', async () => {
    const config: unknown = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8'));
    const workers = Math.max(2, Math.min(4, availableParallelism()));
    const shares = Array.from({ length: workers }, (_, i) => pages.filter((_, n) => n % workers === i));
    const errors = (await Promise.all(shares.map((share) => validate(share, config)))).flat();
    expect(errors.slice(0, 30)).toEqual([]);
    // Seconds on a quiet machine; the limit is only there so a hung worker cannot stall the suite.
  }, 180_000);
});
