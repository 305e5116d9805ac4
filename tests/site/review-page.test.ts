import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../fixtures/built-site';

/*
 * The review page sends each item's text once (issue 13): in the catalogue
 * template the script reads, not again in the config JSON or anywhere else.
 */

const decode = (html: string) =>
  html.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_, code: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (code.toLowerCase() in named) return named[code.toLowerCase()]!;
    return String.fromCodePoint(code[1]!.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
  });

const numberCount = (() => {
  const file = join(dist, 'data', 'standards.json');
  if (!existsSync(file)) return 0;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { keyAreas: { items: unknown[] }[] };
  return data.keyAreas.reduce((n, keyArea) => n + keyArea.items.length, 0);
})();

describe.each([
  ['/review/', join(dist, 'review', 'index.html')],
  ['/cy/review/', join(dist, 'cy', 'review', 'index.html')],
])('%s', (_, file) => {
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const catalogue = [...html.matchAll(/<li data-number="([^"]+)"[^>]*>([^<]*)<\/li>/g)].map(([, number, text]) => ({ number: number!, text: text! }));

  it('has every item in its catalogue, once', () => {
    expect(numberCount).toBeGreaterThan(0);
    expect(new Set(catalogue.map((item) => item.number)).size).toBe(numberCount);
    expect(catalogue).toHaveLength(numberCount);
  });

  it("sends each item's text once, and none in the script's config", () => {
    const config = /<script type="application\/json" data-aw-config>([^<]*)<\/script>/.exec(html)?.[1];
    expect(config).toBeDefined();
    const configText = JSON.stringify(JSON.parse(config!));
    const repeated = catalogue.filter(({ text }) => html.split(text).length - 1 !== 1);
    const inConfig = catalogue.filter(({ text }) => configText.includes(JSON.stringify(decode(text)).slice(1, -1)));
    expect(repeated.map((item) => item.number)).toEqual([]);
    expect(inConfig.map((item) => item.number)).toEqual([]);
  });
});
