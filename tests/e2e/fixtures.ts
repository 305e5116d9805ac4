import { expect, test as base } from '@playwright/test';

/*
 * Every browser test runs with these guards: a console error, an uncaught
 * exception, a Content-Security-Policy violation or a request to another origin
 * fails the test, whatever else it checks.
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['http:', 'https:'].includes(url.protocol)) return;
        if (url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use();
      // A 404 page load is expected where a test asks for one; its console message is not a problem.
      expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
