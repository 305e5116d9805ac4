import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Json } from '../fixtures/json';
import { expect, test } from './fixtures';
import { addEvidence, card, choose, importFile, startReview, STORE_KEY, stored } from './review-helpers';

/*
 * "My leadership review" (/review/): a review filled in, kept across reloads,
 * exported, cleared and imported back; reviews compared; hostile files refused
 * with nothing stored changed; the Welsh page; `?add=`; two tabs; full or
 * blocked storage; printing; the page without JavaScript; axe.
 */

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => dialog.accept());
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('without JavaScript the page explains the tool and shows no controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./review/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My leadership review');
  await expect(page.getByRole('heading', { name: 'This tool needs JavaScript' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your review stays on this device' })).toBeVisible();
  await expect(page.getByRole('term')).toHaveText(['Not started', 'Developing', 'Secure', 'Leading']);
  const main = page.getByRole('main');
  for (const role of ['button', 'textbox', 'combobox', 'checkbox', 'radio'] as const) await expect(main.getByRole(role)).toHaveCount(0);
  await context.close();
});

test('the island loads only here: no script on other pages, none inline, nothing from other sites', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./review/');
  const scripts = await page.locator('script').evaluateAll((elements) => elements.map((e) => ({ type: e.getAttribute('type'), src: e.getAttribute('src') })));
  // Every script is a file from this site, data, or inline code whose hash the page's CSP lists (the
  // service worker's registration, issue 24): nothing inline that a strict CSP would block.
  expect(scripts.filter((script) => script.src === null && script.type === 'application/json')).toHaveLength(1);
  const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  const inline = await page.locator('script:not([src]):not([type="application/json"])').evaluateAll((elements) => elements.map((e) => e.textContent ?? ''));
  for (const code of inline) expect(csp).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  expect(scripts.filter((script) => script.src?.includes('ReviewTool'))).toEqual([{ type: 'module', src: expect.stringMatching(/\/_astro\/ReviewTool\..*\.js$/) }]);
  expect(await page.locator('[style]').count()).toBe(0);
  expect(requests.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
  await page.goto('./standards/1.14/');
  expect(await page.locator('script[src*="ReviewTool"]').count()).toBe(0);
});

test('fill in a review; it is kept when the page reloads @mobile', async ({ page }) => {
  await page.goto('./review/');
  await expect(page.getByText('You have no reviews on this device yet.')).toBeVisible();
  await startReview(page, { title: 'Review 2026' });
  await expect(page.locator('#aw-review-items-heading')).toHaveText('Review: Review 2026');
  await expect(page.locator('.aw-review-item')).toHaveCount(172);

  await page.getByText('Change the name or stage').click();
  await page.locator('#aw-review-details-stage').selectOption('existing-leaders');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#aw-review-stage-line')).toHaveText(/Existing Leaders/);

  await card(page, '1.14').getByRole('radio', { name: 'Secure' }).check();
  await card(page, '3.4a').getByRole('radio', { name: 'Developing' }).check();
  await card(page, '3.4a')
    .getByRole('checkbox', { name: /Priority for development/ })
    .check();
  await addEvidence(page, '1.14', 'Led change to the assessment policy: attendance < 90% & rising', 'https://example.org/policy');
  await expect(page.locator('#aw-review-status')).toHaveText('Evidence added to 1.14.');

  // Evidence with a bad link is refused with a message, and nothing is added.
  await addEvidence(page, '1.2', 'Read the models', 'javascript:alert(1)');
  await expect(card(page, '1.2').getByText('Enter a web address that starts with http:// or https://')).toBeVisible();
  await expect(card(page, '1.2').getByText('No evidence yet.')).toBeVisible();

  await page.reload();
  await expect(page.locator('#aw-review-items-heading')).toHaveText('Review: Review 2026');
  await expect(card(page, '1.14').getByRole('radio', { name: 'Secure' })).toBeChecked();
  await expect(card(page, '3.4a').getByRole('radio', { name: 'Developing' })).toBeChecked();
  await expect(card(page, '3.4a').getByRole('checkbox', { name: /Priority/ })).toBeChecked();
  await expect(card(page, '1.14').locator('.aw-review-evidence__note')).toHaveText('Led change to the assessment policy: attendance < 90% & rising');
  const link = card(page, '1.14').getByRole('link', { name: 'https://example.org/policy' });
  await expect(link).toHaveAttribute('href', 'https://example.org/policy');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  // The summary: a chart with a text alternative, the same figures in a table, and the priorities.
  const chart = page.getByRole('img', { name: /Bar chart/ });
  await expect(chart).toHaveAccessibleName(/Key area 1: Creating Strategic Direction: Not started 25, Developing 0, Secure 1, Leading 0\./);
  const table = page.getByRole('table', { name: 'The number of statements and actions at each level, by key area' });
  await expect(table.getByRole('row', { name: /Key area 3/ }).getByRole('cell')).toHaveText(['30', '1', '0', '0', '31']);
  await expect(table.getByRole('row', { name: /^Total/ }).getByRole('cell')).toHaveText(['170', '1', '1', '0', '172']);
  await expect(page.locator('#aw-review-priorities li')).toHaveText([/^3\.4a .*\(level now: Developing\)$/]);

  await page.getByRole('button', { name: 'Show changes' }).click();
  await expect(page.locator('#aw-review-changes')).toContainText('172 statements and actions have changed since');
});

test('the levels work by keyboard', async ({ page }) => {
  await page.goto('./review/');
  await startReview(page, { start: /None yet/ });
  await page.getByLabel('Add a statement or action').selectOption('2.3');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(card(page, '2.3')).toBeFocused();
  await page.keyboard.press('Tab'); // the number's link
  await page.keyboard.press('Tab'); // the level radios
  await expect(card(page, '2.3').getByRole('radio', { name: 'Not started' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(card(page, '2.3').getByRole('radio', { name: 'Secure' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(card(page, '2.3').getByRole('checkbox', { name: /Priority/ })).toBeChecked();
  const saved = JSON.parse((await stored(page))!);
  expect(saved.reviews[0].items[0]).toMatchObject({ number: '2.3', level: 'secure', priority: true });
});

test('export as JSON and CSV, delete everything, import the file back: the same reviews @subpath', async ({ page }) => {
  await page.goto('./review/');
  await startReview(page, { title: 'Adolygiad, “2026”', start: /Only the actions/ });
  await card(page, '1.1a').getByRole('radio', { name: 'Leading' }).check();
  await addEvidence(page, '1.1a', '=HYPERLINK("http://evil.example") and a second line\nhere', 'https://example.org/x?a=1&b=2');
  // The evidence form's code loads on demand: the save is done when the page says so, not when the click returns (issue 22, item 6).
  await expect(page.locator('#aw-review-status')).toHaveText('Evidence added to 1.1a.');
  const before = await stored(page);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all reviews (JSON)' }).click()]);
  expect(json.suggestedFilename()).toMatch(/^arwain-reviews-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync(await json.path());
  expect(exported.toString('utf8')).toBe(before);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export this review for a spreadsheet/ }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^arwain-review-adolygiad-2026-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFFReview,Role or career stage,Key area,Number,Statement or action,Level,')).toBe(true);
  expect(csvText).toContain(`"Adolygiad, “2026”",,Key area 1: Creating Strategic Direction,1.1a,`);
  expect(csvText).toContain(`,Leading,No,`);
  expect(csvText).toContain(`"'=HYPERLINK(""http://evil.example"") and a second line\nhere",https://example.org/x?a=1&b=2\r\n`);

  await page.getByRole('button', { name: 'Delete all reviews from this device' }).click();
  await expect(page.getByText('You have no reviews on this device yet.')).toBeVisible();
  expect(JSON.parse((await stored(page))!).reviews).toEqual([]);

  await importFile(page, json.suggestedFilename(), exported);
  await expect(page.locator('#aw-review-import-result')).toHaveText(/^Imported arwain-reviews-.*\.json: 1 review added\.$/);
  expect(await stored(page)).toBe(before);
  await expect(page.locator('#aw-review-items-heading')).toHaveText('Review: Adolygiad, “2026”');
  await expect(card(page, '1.1a').getByRole('radio', { name: 'Leading' })).toBeChecked();

  // Importing the same file again changes nothing.
  await importFile(page, 'again.json', exported);
  await expect(page.locator('#aw-review-import-result')).toHaveText('Imported again.json: 1 review was already here, unchanged.');
  expect(await stored(page)).toBe(before);
});

test('hostile or broken files are refused with a clear message, and nothing stored changes', async ({ page }) => {
  await page.goto('./review/');
  await startReview(page, { start: /Only the actions/ });
  await card(page, '2.1a').getByRole('radio', { name: 'Secure' }).check();
  const before = await stored(page);
  const valid = JSON.parse(before!);
  const variant = (change: (data: Json) => void) => {
    const data = structuredClone(valid);
    change(data);
    return Buffer.from(JSON.stringify(data));
  };
  const result = page.locator('#aw-review-import-result');

  const cases: [string, Buffer, RegExp][] = [
    // A field at the top of the file is named too: not "(at )".
    ['extra.json', variant((d) => (d.padding = 'x')), /not in the expected form \(at padding\)/],
    ['notes.txt', Buffer.from('These are my notes, not JSON'), /notes\.txt was not imported: it is not a JSON file\./],
    ['other.json', Buffer.from('{"name": "something else"}'), /not one of leadership reviews exported from this page/],
    ['future.json', variant((d) => (d.version = 9)), /newer version of this tool \(format version 9\)/],
    ['huge.json', Buffer.alloc(2 * 1024 * 1024 + 10, 0x20), /it is larger than 2 MB/],
    [
      'xss.json',
      variant((d) => (d.reviews[0].items[0].evidence = [{ id: 'e-1', note: '<script>alert(1)</script>', date: '2026-01-01' }])),
      /markup such as <script> \(at reviews\[0\]\.items\[0\]\.evidence\[0\]\.note\)/,
    ],
    [
      'link.json',
      variant((d) => (d.reviews[0].items[0].evidence = [{ id: 'e-1', note: 'x', date: '2026-01-01', url: 'javascript:alert(1)' }])),
      /not in the expected form \(at reviews\[0\]\.items\[0\]\.evidence\[0\]\.url\)/,
    ],
    ['empty.json', Buffer.from(''), /the file is empty/],
  ];
  for (const [name, buffer, message] of cases) {
    await importFile(page, name, buffer);
    await expect(result, name).toHaveText(message);
    await expect(result, name).toHaveText(/Nothing stored on this device has changed\.$/);
    await expect(result).toHaveClass(/aw-notice--error/);
    expect(await stored(page), name).toBe(before);
  }
  // Nothing on the page ran the script in the note.
  await expect(card(page, '2.1a').getByRole('radio', { name: 'Secure' })).toBeChecked();
});

test('several reviews: switch between them and compare their levels side by side', async ({ page }) => {
  await page.goto('./review/');
  await expect(page.getByRole('heading', { name: 'Compare reviews' })).toBeHidden();
  await startReview(page, { title: 'Review 2025', start: /Only the actions/ });
  await card(page, '1.1a').getByRole('radio', { name: 'Developing' }).check();
  await card(page, '1.2a').getByRole('radio', { name: 'Secure' }).check();
  await expect(page.getByText('Start or import a second review to compare it with this one.')).toBeVisible();

  await startReview(page, { title: 'Review 2026', start: /Only the actions/ });
  await card(page, '1.1a').getByRole('radio', { name: 'Secure' }).check();
  await card(page, '1.2a').getByRole('radio', { name: 'Developing' }).check();

  await choose(page.getByLabel('Review shown'), 'Review 2025');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('#aw-review-items-heading')).toHaveText('Review: Review 2025');
  await expect(card(page, '1.1a').getByRole('radio', { name: 'Developing' })).toBeChecked();

  await choose(page.getByLabel('First review'), 'Review 2025');
  await choose(page.getByLabel('Second review'), 'Review 2026');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const table = page.getByRole('table', { name: 'Levels in “Review 2025” and “Review 2026”' });
  await expect(table.getByRole('columnheader')).toHaveText(['Statement or action', 'Review 2025', 'Review 2026', 'Change']);
  await expect(table.getByRole('row', { name: /^1\.1a/ }).getByRole('cell')).toHaveText(['Developing', 'Secure', 'Higher']);
  await expect(table.getByRole('row', { name: /^1\.2a/ }).getByRole('cell')).toHaveText(['Secure', 'Developing', 'Lower']);
  await expect(page.locator('#aw-review-compare-result')).toContainText('From the first review to the second: 1 higher, 1 lower, 59 the same.');
});

test('the Welsh page works in Welsh', async ({ page }) => {
  await page.goto('./cy/review/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fy adolygiad arweinyddiaeth');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  const form = page.getByRole('form', { name: 'Dechrau adolygiad newydd' });
  await expect(form.getByLabel('Enw’r adolygiad')).toHaveValue(/^Adolygiad arweinyddiaeth \d{4}$/);
  await form.getByLabel(/Dim ond y camau gweithredu/).check();
  await form.getByRole('button', { name: 'Dechrau’r adolygiad' }).click();
  const item = card(page, '3.4a');
  await expect(item.getByRole('group', { name: 'Eich lefel 3.4a' }).getByRole('radio')).toHaveCount(4);
  for (const level of ['Heb ddechrau', 'Yn datblygu', 'Cadarn', 'Yn arwain']) await expect(item.getByRole('radio', { name: level })).toBeVisible();
  await item.getByRole('radio', { name: 'Cadarn' }).check();
  await item.getByRole('checkbox', { name: /Blaenoriaeth ar gyfer datblygu/ }).check();
  await expect(page.getByRole('heading', { name: 'Blaenoriaethau ar gyfer datblygu' })).toBeVisible();
  await expect(page.locator('#aw-review-priorities li')).toHaveText([/^3\.4a .*\(lefel nawr: Cadarn\)$/]);
  await item.getByText('Ychwanegu tystiolaeth').click();
  await item.getByLabel('Nodyn').fill('Mentora dau athro newydd gymhwyso.');
  await item.getByLabel('Dyddiad').fill('2026-03-05');
  await item.getByRole('button', { name: /Ychwanegu’r dystiolaeth hon/ }).click();
  // Welsh month names, even in a browser without Welsh date formats.
  await expect(item.locator('.aw-review-evidence__date')).toHaveText('5 Mawrth 2026');
  await expect(item.getByText('1 darn o dystiolaeth')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Allforio pob adolygiad (JSON)' })).toBeVisible();
  await page.getByLabel('Ffeil a allforiwyd o’r dudalen hon').setInputFiles({ name: 'nodiadau.txt', mimeType: 'text/plain', buffer: Buffer.from('nid JSON') });
  await page.getByRole('button', { name: 'Mewnforio', exact: true }).click();
  await expect(page.locator('#aw-review-import-result')).toHaveText(/^Ni chafodd nodiadau\.txt ei mewnforio: nid yw’n ffeil JSON\./);
});

test('?add=3.4a asks, then adds that item to the review shown, once; an unknown number is reported @subpath', async ({ page }) => {
  // Any site can link here: nothing changes until the person says yes.
  await page.goto('./review/?add=3.4a');
  await expect(page.getByText('Add 3.4a to a new review?')).toBeFocused();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.locator('#aw-review-status')).toHaveText('Nothing was added to your review.');
  expect(await stored(page)).toBeNull();
  // With no review yet, one is started with that item.
  await page.goto('./review/?add=3.4a');
  await page.getByRole('button', { name: 'Add 3.4a' }).click();
  await expect(card(page, '3.4a')).toBeFocused();
  await expect(page.locator('.aw-review-item')).toHaveCount(1);
  await expect(page).toHaveURL(/\/review\/$/);
  await expect(page.locator('#aw-review-status')).toHaveText(/^Added 3\.4a to “Leadership review \d{4}”\.$/);

  await page.goto('./review/?add=1.14');
  await expect(page.getByRole('group', { name: /^Add 1\.14 to your review “Leadership review \d{4}”\?$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add 1.14' }).click();
  await expect(page.locator('.aw-review-item')).toHaveCount(2);
  await expect(card(page, '1.14')).toBeFocused();
  await page.goto('./review/?add=1.14');
  await expect(page.locator('.aw-review-item')).toHaveCount(2);
  await expect(page.locator('#aw-review-status')).toHaveText(/^1\.14 is already in/);
  expect(JSON.parse((await stored(page))!).reviews).toHaveLength(1);

  await page.goto('./review/?add=9.9');
  await expect(page.getByRole('alert')).toHaveText('There is no statement or action “9.9” in the standards, so nothing was added to your review.');
  await expect(page.locator('.aw-review-item')).toHaveCount(2);
});

test('two tabs: a change in one shows in the other', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('./review/');
  await startReview(first, { start: /Only the actions/ });
  const second = await context.newPage();
  await second.goto('./review/');
  await expect(card(second, '5.1a').getByRole('radio', { name: 'Not started' })).toBeChecked();
  await card(first, '5.1a').getByRole('radio', { name: 'Leading' }).check();
  await expect(card(second, '5.1a').getByRole('radio', { name: 'Leading' })).toBeChecked();
  await expect(second.locator('#aw-review-status')).toHaveText(/changed in another tab or window/);
});

test('a full storage is reported, not ignored', async ({ page }) => {
  await page.goto('./review/');
  await startReview(page, { start: /Only the actions/ });
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await card(page, '1.1a').getByRole('radio', { name: 'Secure' }).check();
  await expect(page.getByRole('alert')).toHaveText(/Your latest change has not been saved: this browser’s storage for the site is full\./);
  // Importing while the storage is full changes nothing, and says so.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all reviews (JSON)' }).click()]);
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  data.reviews[0].id = 'r-other';
  await importFile(page, 'other.json', Buffer.from(JSON.stringify(data)));
  await expect(page.locator('#aw-review-import-result')).toHaveText(/was not imported: Your latest change has not been saved/);
  await expect(page.getByLabel('Review shown').locator('option')).toHaveCount(1);
});

test('blocked storage is reported, and the review still works on the page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('./review/');
  await expect(page.getByRole('alert')).toHaveText(/This browser does not let the site store anything/);
  await startReview(page, { start: /Only the actions/ });
  await card(page, '1.1a').getByRole('radio', { name: 'Secure' }).check();
  await expect(
    page
      .locator('#aw-review-chart')
      .getByRole('row', { name: /^Total/ })
      .getByRole('cell'),
  ).toHaveText(['60', '0', '1', '0', '61']);
});

test('unreadable stored data is kept, reported and can be downloaded', async ({ page }) => {
  await page.goto('./review/');
  await page.evaluate((key) => window.localStorage.setItem(key, '{"format":"arwain-review","version":1,"reviews":[{"broken":true}]}'), STORE_KEY);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your stored reviews cannot be read' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the review' })).toBeHidden();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the stored data' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('"broken":true');
  await page.getByRole('button', { name: 'Delete the stored data and start again' }).click();
  await expect(page.getByRole('button', { name: 'Start the review' })).toBeVisible();
});

test('printing gives a tidy portfolio: the review, summary, priorities and evidence, without the controls', async ({ page }) => {
  await page.goto('./review/');
  await startReview(page, { title: 'Portfolio 2026', start: /Only the actions/ });
  await card(page, '4.2a').getByRole('radio', { name: 'Leading' }).check();
  await card(page, '4.2a')
    .getByRole('checkbox', { name: /Priority/ })
    .check();
  await addEvidence(page, '4.2a', 'Rewrote the finance procedures with the business manager', 'https://example.org/finance');
  // The portfolio is drawn when printing starts: print once the evidence is kept, as a person would.
  await expect(card(page, '4.2a').locator('.aw-review-evidence__note')).toHaveText('Rewrote the finance procedures with the business manager');
  await page.emulateMedia({ media: 'print' });
  const portfolio = page.locator('#aw-review-portfolio');
  await expect(portfolio.getByRole('heading', { name: 'Leadership review portfolio: Portfolio 2026' })).toBeVisible();
  await expect(portfolio.getByRole('img', { name: /Bar chart/ })).toBeVisible();
  await expect(portfolio).toContainText('Rewrote the finance procedures with the business manager');
  await expect(portfolio).toContainText('https://example.org/finance');
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeHidden();
});

for (const locale of ['', 'cy/']) {
  test(`no axe violations on /${locale}review/, empty and with a review @mobile`, async ({ page }) => {
    const axe = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    };
    // Axe twice over the largest page: the config's two minutes, not less (one minute ran out at load 17).
    await page.goto(`./${locale}review/`);
    expect(await axe()).toEqual([]);
    // Two reviews with a few items each: every kind of control, chart, table and comparison, quickly.
    for (const review of [1, 2]) {
      if (review === 2) await page.locator('#aw-review-new-button').click();
      await page.locator('#aw-review-new-start-none').check();
      await page.locator('#aw-review-new').locator('button[type="submit"]').click();
      await page.locator('#aw-review-add-select').selectOption('area:1');
      await page.locator('#aw-review-add button').click();
    }
    await page.locator('[id="aw-r-1.1a"] input[type="radio"][value="secure"]').check();
    await page.locator('[id="aw-r-1.1a"] input[type="checkbox"]').check();
    await page.locator('[id="aw-r-1.1a"] summary').click();
    await page.locator('[id="aw-r-1.1a"] button[type="submit"]').click();
    await page.locator('#aw-review-since button').click();
    await page.locator('#aw-review-compare-form button').click();
    await expect(page.locator('#aw-review-compare-result table')).toBeVisible();
    expect(await axe()).toEqual([]);
  });
}
