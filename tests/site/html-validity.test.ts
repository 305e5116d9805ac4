import { existsSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { describe, expect, it } from 'vitest';
import { builtPages, dist } from '../fixtures/built-site';

/*
 * Every built page passes html-validate's recommended rules (see .htmlvalidate.json;
 * the rules turned off there concern source formatting, not the HTML a browser
 * or assistive technology reads).
 */
describe('HTML validity', () => {
  const pages = existsSync(dist) ? builtPages() : [];

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(700);
  });

  it('every built page is valid HTML', async () => {
    // Reads .htmlvalidate.json, as the html-validate command would.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) errors.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(errors.slice(0, 30)).toEqual([]);
  }, 240_000);
});
