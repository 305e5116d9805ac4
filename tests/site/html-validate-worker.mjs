// @ts-check
// One of the html-validity test's workers: validates the pages it is given with
// the project's configuration (read once, not once per file) and returns the
// errors. Several run at once, each on its share of the pages.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader } from 'html-validate/node';

/** @type {{ config: import('html-validate').ConfigData, pages: { url: string, file: string }[] }} */
const { config, pages } = workerData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
/** @type {string[]} */
const errors = [];
for (const page of pages) {
  const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.file);
  for (const result of report.results) {
    for (const message of result.messages) {
      if (message.severity === 2) errors.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
}
parentPort?.postMessage(errors);
