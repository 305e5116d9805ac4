/**
 * Splits a Pagefind excerpt into text runs and marked runs. Pagefind escapes the
 * page text and adds only `<mark>`; this reads it back into plain strings so the
 * page builds text nodes, never HTML.
 * @example parseExcerpt('a &amp; <mark>b</mark>') // [{ text: 'a & ', match: false }, { text: 'b', match: true }]
 */
export function parseExcerpt(excerpt: string): { text: string; match: boolean }[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const match = part.startsWith('<mark>');
      const inner = match ? part.slice(6, -7) : part;
      return { text: decodeEntities(inner.replace(/<[^>]*>/g, '')), match };
    });
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}
