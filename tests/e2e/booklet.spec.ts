import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dist } from '../fixtures/built-site';
import { readCollection, readKeyAreas } from '../fixtures/content';
import { GROUPS } from '../../src/lib/content/standards';
import { expect, test } from './fixtures';

/*
 * The standards as a booklet (/print/): every statement and action of the
 * content, in order, in each version; print media hides the bar and keeps the
 * running headers and page numbers; links from the standards pages. The PDFs
 * themselves are made and looked at with `npm run booklet:pdf`.
 */

type Locale = 'en' | 'cy';

// `mobile`: also checked at a phone's width (axe on a page of 172 items is slow, so for one of each layout).
const VERSIONS: { path: string; locale: Locale; both: boolean; mobile: boolean }[] = [
  { path: 'print/', locale: 'en', both: false, mobile: true },
  { path: 'cy/print/', locale: 'cy', both: false, mobile: false },
  { path: 'print/both/', locale: 'en', both: true, mobile: false },
  { path: 'cy/print/both/', locale: 'cy', both: true, mobile: true },
];

const other = (locale: Locale): Locale => (locale === 'en' ? 'cy' : 'en');

/** The key areas of a language as authored, in order, each falling back to English where it has no translation (as the site does). */
function keyAreas(locale: Locale) {
  const english = readKeyAreas('en').sort((a, b) => a.area - b.area);
  const own = new Map(readKeyAreas(locale).map((k) => [k.area, k]));
  return english.map((k) => own.get(k.area) ?? k);
}

/** Every item of the content in a language, in the standards' order: key area by key area, group by group. */
function contentItems(locale: Locale) {
  return keyAreas(locale).flatMap((k) => GROUPS.flatMap((g) => k.groups[g]));
}

/** The first sentence of each key area's narrative in a language. */
function narrativeOpenings(locale: Locale): string[] {
  const files = new Map([...readCollection('en', 'key-areas'), ...readCollection(locale, 'key-areas')].map((f) => [f.data.area as number, f.body]));
  return [...files.keys()].sort().map((area) => files.get(area)!.trim().split('. ')[0]!);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const { path, locale, both, mobile } of VERSIONS) {
  test(`/${path} lists every statement and action of the content in order, with its number and each key area's narrative`, async ({ page }) => {
    await page.goto(`./${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const first = contentItems(locale);
    const second = new Map(contentItems(other(locale)).map((i) => [i.number, i.text]));
    expect(first).toHaveLength(172);
    const rows = page.locator('main li[data-number]');
    await expect(rows).toHaveCount(first.length);
    // Each row: its number (a link), its text, and side by side the other language's text, marked with its language.
    const shown = await rows.evaluateAll((items) =>
      items.map((li) => ({
        number: li.getAttribute('data-number'),
        parts: [...li.children].map((part) => (part.textContent ?? '').replace(/\s+/g, ' ').trim()),
        link: li.firstElementChild?.tagName,
        secondLang: li.children[2]?.getAttribute('lang') ?? null,
      })),
    );
    expect(shown.map((s) => s.number)).toEqual(first.map((i) => i.number));
    expect(new Set(shown.map((s) => s.link))).toEqual(new Set(['A']));
    expect(shown.map((s) => s.parts)).toEqual(first.map((i) => [i.number, squash(i.text), ...(both ? [squash(second.get(i.number)!)] : [])]));
    if (both) expect(new Set(shown.map((s) => s.secondLang))).toEqual(new Set([other(locale)]));
    for (const opening of narrativeOpenings(locale)) await expect(page.locator('main')).toContainText(opening);
    if (both) for (const opening of narrativeOpenings(other(locale))) await expect(page.locator(`main [lang="${other(locale)}"]`).filter({ hasText: opening })).toHaveCount(1);
  });

  test(`/${path} has no axe violations${mobile ? ' @mobile' : ''}`, async ({ page }) => {
    await page.goto(`./${path}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });

  test(`/${path} reflows at 320 pixels without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`./${path}`);
    await expect(page.locator('main li[data-number]').last()).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

for (const { path, locale } of [VERSIONS[0]!, VERSIONS[3]!]) {
  test(`/${path} in print: the bar goes, each key area runs on its own named page whose header names it, every page is numbered`, async ({ page }) => {
    await page.goto(`./${path}`);
    const bar = page.getByRole('banner');
    await expect(bar).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(bar).toBeHidden();
    const layout = await page.evaluate(() => {
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r): r is CSSPageRule => r instanceof CSSPageRule);
      const margin = (selector: string, box: string) =>
        rules
          .filter((r) => r.selectorText === selector)
          .flatMap((r) => [...r.cssRules] as (CSSRule & { name: string; style: CSSStyleDeclaration })[])
          .filter((m) => m.name === box)
          .map((m) => m.style.getPropertyValue('content'))
          .filter((content) => content !== '')
          .pop();
      const areas = [...document.querySelectorAll('main section[id^="key-area-"]')].map((section) => {
        const name = getComputedStyle(section).getPropertyValue('page');
        return { title: section.querySelector('h2')!.textContent.replace(/\s+/g, ' ').trim(), name, header: margin(name, 'top-left') };
      });
      return { areas, pageNumber: margin('', 'bottom-right'), documentHeader: margin('', 'top-left'), cover: margin(':first', 'top-left') };
    });
    expect(layout.areas).toHaveLength(6);
    for (const area of layout.areas) {
      expect(area.name).toMatch(/^area-\d/);
      // The header starts with the key area's heading, e.g. "Key area 1: Creating Strategic Direction".
      expect(area.header).toContain(`"${area.title}`);
    }
    expect(new Set(layout.areas.map((a) => a.name)).size).toBe(6);
    expect(layout.pageNumber).toBe(locale === 'en' ? '"Page " counter(page) " of " counter(pages)' : '"Tudalen " counter(page) " o " counter(pages)');
    expect(layout.documentHeader).toMatch(/^".+"$/);
    expect(layout.cover).toBe('none');
  });
}

test('the Print button prints the booklet and the cover gives its own address', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('./cy/print/both/');
  await expect(page.getByText('defnyddiwch orchymyn Argraffu eich porwr')).toBeVisible();
  await page.getByRole('button', { name: 'Argraffu neu gadw fel PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('[data-aw-part="address"]')).toHaveText(page.url());
  await expect(page.locator('[data-translation="draft"]')).toHaveCount(1);
});

test('the Welsh booklet names its source in Welsh, with the original title marked English', async ({ page }) => {
  await page.goto('./cy/print/');
  const source = page.locator('.aw-booklet-cover__meta dd').first();
  await expect(source).toContainText('Safonau Arweinyddiaeth Drafft, Prosiectau Arweinyddiaeth y Consortia, 2011');
  await expect(source).not.toHaveAttribute('lang', 'en');
  await expect(source.locator('cite').first()).not.toHaveAttribute('lang', 'en');
  await expect(source.locator('cite[lang="en"]')).toHaveText('Draft Leadership Standards');
});

test('without JavaScript the booklet says to use the browser’s Print command and shows no button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./print/');
  await expect(page.getByText('use your browser’s Print command')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.locator('[data-aw-part="address"]')).toHaveText(/\/print\/$/);
  await expect(page.locator('main li[data-number]')).toHaveCount(172);
  // It repeats the statement pages, so it is left out of site search.
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await context.close();
});

test('“Print or save as PDF” on the standards page leads to the booklet @subpath', async ({ page }) => {
  await page.goto('./standards/');
  await page.getByRole('link', { name: 'Print or save as PDF' }).click();
  await expect(page).toHaveURL(/\/print\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership standards for schools in Wales');
  // The page rules come from the booklet's own stylesheet, wherever the site is hosted.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#key-area-4')).toHaveCSS('page', 'area-4');
});

test('“Print or save as PDF” on a Welsh key area page leads to the Welsh booklet, its draft noted once', async ({ page }) => {
  await page.goto('./cy/standards/managing-the-school/');
  await page.getByRole('link', { name: 'Argraffu neu gadw fel PDF' }).click();
  await expect(page).toHaveURL(/\/cy\/print\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safonau arweinyddiaeth ar gyfer ysgolion yng Nghymru');
  await expect(page.locator('[data-translation="draft"]')).toHaveCount(1);
});

test('the booklet’s bar links to its other versions and back to the standards', async ({ page }) => {
  await page.goto('./cy/print/');
  const versions = page.getByRole('navigation', { name: 'Fersiynau o’r llyfryn hwn' });
  await expect(versions.getByRole('link', { name: 'Cymraeg', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(versions.getByRole('link', { name: 'English', exact: true })).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Yn ôl i’r safonau' })).toHaveAttribute('href', /\/cy\/standards\/$/);
  await versions.getByRole('link', { name: 'Cymraeg a Saesneg ochr yn ochr' }).click();
  await expect(page).toHaveURL(/\/cy\/print\/both\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safonau arweinyddiaeth ar gyfer ysgolion yng Nghymru: Cymraeg a Saesneg');
  await expect(page.locator('main [lang="en"]').first()).toBeVisible();
});

test('site search never sends people to the booklet: Pagefind indexed none of its pages', () => {
  // Each page Pagefind indexed is one fragment file in the build, gzipped: "pagefind_dcd" then the page's JSON.
  const folder = join(dist, 'pagefind', 'fragment');
  const urls = readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
  expect(urls.filter((url) => /\/standards\/creating-strategic-direction\/$/.test(url))).toHaveLength(2);
  expect(urls.filter((url) => /\/print\//.test(url))).toEqual([]);
});
