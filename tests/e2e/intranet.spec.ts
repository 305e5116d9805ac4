import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test as baseTest } from '@playwright/test';
import { readCollection } from '../fixtures/content';
import { parseCsv } from '../fixtures/csv';
import { expect, test } from './fixtures';

/*
 * What a school or consortium takes from Arwain into its own systems: the data
 * files, the Atom feed, and the cards it embeds in its intranet.
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface StandardsJson {
  schemaVersion: number;
  generated: string;
  keyAreas: { area: number; slug: string; url: string; lang: string; items: { number: string; kind: string; text: string; url: string; lang: string }[] }[];
}

test('standards.json has every statement and action, and no 2.12', async ({ request }) => {
  const response = await request.get('data/standards.json');
  expect(response.ok()).toBe(true);
  const data = (await response.json()) as StandardsJson;
  const items = data.keyAreas.flatMap((k) => k.items);
  expect(data.schemaVersion).toBe(1);
  expect(new Date(data.generated).getTime()).not.toBeNaN();
  expect(data.keyAreas.map((k) => k.area)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(items).toHaveLength(172);
  expect(items.map((i) => i.number)).not.toContain('2.12');
  const item = items.find((i) => i.number === '3.4a')!;
  expect(item).toMatchObject({
    kind: 'action',
    text: 'develops and nurtures leadership potential in others to build the leadership capacity of the school',
    lang: 'en',
  });
  // Absolute on the publisher's host; a path when the build has no site address.
  expect(item.url).toMatch(/^(https:\/\/[^/]+)?\/(.+\/)?standards\/3\.4a\/$/);
});

test('standards.cy.json is in Welsh, each item marked with its language', async ({ request }) => {
  const data = (await (await request.get('data/standards.cy.json')).json()) as StandardsJson;
  const items = data.keyAreas.flatMap((k) => k.items);
  expect(items).toHaveLength(172);
  expect(items.every((i) => i.lang === 'cy' || i.lang === 'en')).toBe(true);
  expect(items.find((i) => i.number === '1.1')).toMatchObject({ text: 'ysgolion y dyfodol', lang: 'cy' });
  expect(data.keyAreas[0]!.url).toMatch(/\/cy\/standards\/creating-strategic-direction\/$/);
});

test('standards.csv is UTF-8 with a byte order mark, with a header and 172 rows that parse', async ({ request }) => {
  for (const name of ['standards.csv', 'standards.cy.csv']) {
    const bytes = await (await request.get(`data/${name}`)).body();
    expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n').filter(Boolean), name).toHaveLength(173);
    const records = parseCsv(text);
    expect(records[0]).toEqual(['number', 'kind', 'area', 'key_area', 'group', 'text', 'url']);
    expect(records).toHaveLength(173);
    expect(records.every((r) => r.length === 7)).toBe(true);
  }
  const english = parseCsv((await (await request.get('data/standards.csv')).text()).replace(/^\uFEFF/, ''));
  expect(english.find((r) => r[0] === '3.4a')!.slice(0, 5)).toEqual(['3.4a', 'action', '3', 'Developing and Working with Others', 'actions']);
});

test('the case studies and recommendations files, and the JSON Schema, are there @content', async ({ request }) => {
  const caseStudies = await (await request.get('data/case-studies.json')).json();
  expect(caseStudies.caseStudies.map((c: { slug: string }) => c.slug)).toContain('rct-aspiring-leaders');
  expect(caseStudies.caseStudies[0].body).not.toMatch(/^#|\*\*|\]\(/m);
  const recommendations = await (await request.get('data/recommendations.json')).json();
  expect(recommendations.recommendations.find((r: { slug: string }) => r.slug === 'estyn-r6')).toMatchObject({ code: 'R6', audience: 'local-authorities-and-consortia' });
  for (const name of ['case-studies.csv', 'recommendations.csv']) {
    const records = parseCsv((await (await request.get(`data/${name}`)).text()).replace(/^\uFEFF/, ''));
    expect(records.length, name).toBeGreaterThan(4);
  }
  const schema = await (await request.get('data/standards.schema.json')).json();
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.required).toEqual(['schemaVersion', 'title', 'source', 'generated', 'keyAreas']);
});

test('the data page lists every file with its size, and passes axe in both languages @mobile', async ({ page }) => {
  for (const locale of ['', 'cy/']) {
    await page.goto(`./${locale}data/`);
    const files = page.locator('.aw-data-files tbody tr');
    await expect(files).toHaveCount(9);
    await expect(files.first()).toContainText(/standards\.json.*\d+(\.\d)? kB/s);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
  await page.goto('./data/');
  await expect(page.getByRole('link', { name: 'standards.cy.csv' })).toHaveAttribute('href', /\/data\/standards\.cy\.csv$/);
  await expect(page.getByRole('table', { name: 'JSON fields' }).first().getByRole('rowheader', { name: 'keyAreas[].items[].number' })).toBeVisible();
});

test('feed.xml is Atom that parses as XML, with the case studies in it @content', async ({ page, request }) => {
  await page.goto('./');
  const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(feedHref).toMatch(/\/feed\.xml$/);
  for (const [path, lang] of [
    ['feed.xml', 'en'],
    ['cy/feed.xml', 'cy'],
  ] as const) {
    const xml = await (await request.get(path)).text();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const root = doc.documentElement;
      const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        lang: root.getAttribute('xml:lang'),
        updated: root.getElementsByTagNameNS(ns, 'updated')[0]?.textContent,
        self: [...root.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href'),
        entries: entries.map((e) => ({
          title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
          category: e.getElementsByTagNameNS(ns, 'category')[0]?.getAttribute('term'),
          hasAll: ['id', 'updated', 'link', 'summary'].every((tag) => e.getElementsByTagNameNS(ns, tag).length > 0),
        })),
      };
    }, xml);
    expect(feed.error, path).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.lang).toBe(lang);
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(feed.self).toMatch(new RegExp(`/${path.replace('.', '\\.')}$`));
    expect(feed.entries.every((e) => e.hasAll)).toBe(true);
    // Every case study and recommendation of the content is announced.
    // Each under its title in the feed's language, or the English one while it has no translation.
    const caseStudies = feed.entries.filter((e) => e.category === 'case-study').map((e) => e.title);
    const translated = new Map(readCollection(lang, 'case-studies').map((e) => [e.slug, e.data.title]));
    const titles = readCollection('en', 'case-studies').map((e) => translated.get(e.slug) ?? e.data.title);
    expect(caseStudies.sort()).toEqual(titles.sort());
    expect(feed.entries.filter((e) => e.category === 'recommendation')).toHaveLength(readCollection('en', 'recommendations').length);
  }
});

test('a statement page gives the iframe code to copy, as text, with the absolute address', async ({ page }) => {
  await page.goto('./standards/3.4a/');
  const details = page.locator('details.aw-embed-snippet');
  await expect(details.locator('pre code')).toBeHidden();
  await details.getByText('Embed this on your intranet').click();
  const code = details.locator('pre code');
  await expect(code).toBeVisible();
  await expect(code).toHaveText(
    /^<iframe src="https?:\/\/[^"]+\/embed\/standards\/3\.4a\/" title="Action 3\.4a: leadership standards \(Arwain\)" width="100%" height="\d+" loading="lazy"><\/iframe>$/,
  );
  // Shown as code, not made into a frame on the page itself.
  await expect(page.locator('iframe')).toHaveCount(0);

  await page.goto('./cy/standards/developing-and-working-with-others/');
  await page.getByText('Mewnosod hwn ar eich mewnrwyd').click();
  await expect(page.locator('details.aw-embed-snippet pre code')).toHaveText(
    /src="[^"]+\/cy\/embed\/standards\/developing-and-working-with-others\/" title="Maes allweddol 3: [^"]+: safonau arweinyddiaeth \(Arwain\)"/,
  );
});

// The fixtures' guard fails a test on any request to another origin, and this test
// is about exactly that: a page on another site (the intranet) framing Arwain. So
// it uses Playwright's own `test`, and checks for console errors (including CSP
// violations inside the frame) itself.
baseTest('an intranet page on another site shows the card in an iframe, its link opening Arwain in the whole window', async ({ page, baseURL }) => {
  // Here the "intranet" is a public address framing Arwain on this machine's
  // loopback, which Chromium's Local Network Access checks block unless a secure
  // page has the user's permission. Real intranets frame Arwain the other way
  // round (a private page, a public site), which those checks never block.
  await page.context().grantPermissions(['local-network-access'], { origin: 'https://intranet.test' });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const src = new URL('embed/standards/3.4a/', baseURL).href;
  await page.route('https://intranet.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Intranet</title><h1>Staff intranet</h1><iframe src="${src}" title="Action 3.4a: leadership standards (Arwain)" width="100%" height="400" loading="lazy"></iframe>`,
    }),
  );
  await page.goto('https://intranet.test/');
  const card = page.frameLocator('iframe');
  await baseExpect(card.getByRole('heading', { level: 1 })).toHaveText('Action 3.4a');
  await baseExpect(card.getByText('develops and nurtures leadership potential in others')).toBeVisible();
  await baseExpect(card.getByText('Key area 3: Developing and Working with Others')).toBeVisible();
  const link = card.getByRole('link', { name: 'Read on Arwain' });
  await baseExpect(link).toHaveAttribute('target', '_top');
  await link.click();
  await baseExpect(page).toHaveURL(new URL('standards/3.4a/', baseURL).href);
  await baseExpect(page.getByRole('heading', { level: 1 })).toHaveText('Action 3.4a');
  baseExpect(errors).toEqual([]);
});

for (const locale of ['', 'cy/']) {
  for (const slug of ['3.4a', 'managing-the-school']) {
    test(`no axe violations on the embed /${locale}embed/standards/${slug}/`, async ({ page }) => {
      await page.goto(`./${locale}embed/standards/${slug}/`);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(5);
    });
  }
}

test('an embed is self-contained: its own stylesheet and the publisher’s colours, no script, no header or footer of the site', async ({ page }) => {
  await page.goto('./embed/standards/3.4a/');
  // One stylesheet, the publisher's colours built into it (issue 23: no separate blocking request for them).
  await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(1);
  const brand = await (await page.request.get('./brand.css')).text();
  const colour = /--aw-colour-brand:\s*([^;]+);/.exec(brand)![1]!.trim();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--aw-colour-brand').trim())).toBe(colour);
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page.locator('header, nav, .aw-skip-link')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Action 3.4a: leadership standards (Arwain)');
});

test('an embed fits from 320 to 600 pixels wide, the card whole within the height the snippet gives', async ({ page }) => {
  for (const locale of ['', 'cy/']) {
    await page.goto(`./${locale}standards/4.6/`);
    const snippet = await page.locator('details.aw-embed-snippet pre code').textContent();
    const height = Number(/height="(\d+)"/.exec(snippet!)![1]);
    for (const width of [320, 600]) {
      await page.setViewportSize({ width, height });
      await page.goto(`./${locale}embed/standards/4.6/`);
      const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
      expect(size.width, `${locale} ${width}`).toBeLessThanOrEqual(width);
      expect(size.height, `${locale} ${width}`).toBeLessThanOrEqual(height);
      await expect(page.getByRole('link', { name: /Read on Arwain|Darllen ar wefan Arwain/ })).toBeInViewport();
    }
  }
  // A key area's list scrolls inside its frame, with the link back always in view.
  await page.setViewportSize({ width: 320, height: 600 });
  await page.goto('./embed/standards/leading-learning-and-teaching/');
  await expect(page.getByRole('link', { name: 'Read on Arwain' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
