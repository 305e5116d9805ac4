import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, readPagefindFile, writePagefindFile, type Cbor } from '../../scripts/pagefind-cbor';
import { cutChunks, languageAs, rechunk, withUnstemmedLanguage } from '../../scripts/pagefind-files';

describe('Pagefind files (CBOR behind a signature, gzipped)', () => {
  it('reads back what it writes, in CBOR’s shortest form', () => {
    const value: Cbor = ['1.6.0', [0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 + 1, -1, -24, -25, -241], 'Llŷr’s café', new Map<Cbor, Cbor>([['a', [1]]])];
    expect(readPagefindFile(writePagefindFile(value))).toEqual(value);
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
    expect(decodeCbor(encodeCbor('ŵ'))).toBe('ŵ');
  });

  it('refuses a file without Pagefind’s signature', () => {
    expect(() => readPagefindFile(Buffer.from([0x1f, 0x8b]))).toThrow();
  });
});

/** Pagefind 1.6's choice of chunks for a query word (pagefind_web, request_indexes): strict range, else loose prefixes. */
function chunksFor(term: string, chunks: readonly { from: string; to: string }[]): number[] {
  const strict = chunks.flatMap((c, i) => (term >= c.from && term <= c.to ? [i] : []));
  if (strict.length > 0) return strict;
  return chunks.flatMap((c, i) => {
    const pre = term.slice(0, Math.min(term.length, c.from.length));
    const post = term.slice(0, Math.min(term.length, c.to.length));
    return pre >= c.from.slice(0, pre.length) && post <= c.to.slice(0, post.length) ? [i] : [];
  });
}

const WORDS = [
  '1',
  '1.14',
  '10',
  'evalu',
  'evaluat',
  'evaluator',
  'lead',
  'leader',
  'leadership',
  'learn',
  'pupil',
  'school',
  'schools',
  'self',
  'support',
  'sur',
  'surv',
  'sustain',
  'teach',
  'team',
].map((w) => [w, [[0, [-25, 1], []]], []] as [string, ...Cbor[]]);

describe('index chunks cut finer', () => {
  it('loads, for any query word of two letters or more, every chunk holding a word it begins', () => {
    const chunks = cutChunks(WORDS, 1);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.flatMap((c) => c.words)).toEqual(WORDS);
    for (const [i, chunk] of chunks.entries()) {
      for (const [word] of chunk.words) {
        for (let n = 2; n <= word.length; n += 1) {
          expect(chunksFor(word.slice(0, n), chunks), `"${word.slice(0, n)}" must load the chunk of "${word}"`).toContain(i);
        }
      }
    }
  });

  it('never cuts between words that share two letters or a leading digit', () => {
    const chunks = cutChunks(WORDS, 1);
    for (let i = 1; i < chunks.length; i += 1) {
      const last = chunks[i - 1]!.words.at(-1)![0];
      const next = chunks[i]!.words[0]![0];
      const sharedTwo = last.slice(0, 2) === next.slice(0, 2);
      const sharedDigit = /^\d/.test(last) && last[0] === next[0];
      expect(sharedTwo || sharedDigit, `${last} | ${next}`).toBe(false);
    }
  });

  it('rewrites a language’s meta and chunks, keeping every word and naming chunks by their content', () => {
    const meta: Cbor = [
      '1.6.0',
      [['en_aaa', 10, '']],
      [
        ['1', 'sup', 'en_1111111'],
        ['sur', 'teh', 'en_2222222'],
      ],
      [],
      [],
    ];
    const files: Record<string, Buffer> = {
      en_1111111: writePagefindFile([WORDS.slice(0, 15)]),
      en_2222222: writePagefindFile([WORDS.slice(15)]),
    };
    const result = rechunk(writePagefindFile(meta), (hash) => files[hash]!, 1);
    const newMeta = readPagefindFile(result.meta) as Cbor[];
    expect(newMeta[1]).toEqual(meta[1]);
    const listed = newMeta[2] as [string, string, string][];
    expect(listed.map(([, , hash]) => `index/${hash}.pf_index`)).toEqual(result.chunks.map((c) => c.path));
    expect(result.chunks.flatMap((c) => (readPagefindFile(c.content) as Cbor[][])[0])).toEqual(WORDS);
    for (const [, , hash] of listed) expect(hash).toMatch(/^en_[0-9a-f]{7}$/);
  });
});

describe('indexing without Pagefind’s stemmer', () => {
  it('indexes a page under a private-use tag', () => {
    expect(withUnstemmedLanguage('<!doctype html><html dir="ltr" lang="en"><body>')).toBe('<!doctype html><html dir="ltr" lang="x-en"><body>');
  });

  it('names the bundle back to the site’s languages, with the language-neutral WebAssembly', () => {
    const meta = writePagefindFile(['1.6.0', [['x-en_abc1234', 3, '']], [['a', 'z', 'x-en_def5678']], [['type', 'x-en_0123abc']], []]);
    const entry = { version: '1.6.0', languages: { 'x-en': { hash: 'x-en_99887766', wasm: null, page_count: 1 } } };
    const files = languageAs(
      [
        { path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify(entry)) },
        { path: 'pagefind.x-en_99887766.pf_meta', content: meta },
        { path: 'fragment/x-en_abc1234.pf_fragment', content: Buffer.from('f') },
        { path: 'index/x-en_def5678.pf_index', content: Buffer.from('i') },
        { path: 'wasm.unknown.pagefind', content: Buffer.from('w') },
      ],
      ['en', 'cy'],
    );
    expect(files.map((f) => f.path)).toEqual(['pagefind-entry.json', 'pagefind.en_99887766.pf_meta', 'fragment/en_abc1234.pf_fragment', 'index/en_def5678.pf_index', 'wasm.unknown.pagefind']);
    expect(JSON.parse(Buffer.from(files[0]!.content).toString()).languages).toEqual({ en: { hash: 'en_99887766', wasm: null, page_count: 1 } });
    expect(readPagefindFile(files[1]!.content)).toEqual(['1.6.0', [['en_abc1234', 3, '']], [['a', 'z', 'en_def5678']], [['type', 'en_0123abc']], []]);
  });

  it('fails the build if Pagefind stemmed a language after all', () => {
    const entry = { languages: { en: { hash: 'en_1', wasm: 'en' } } };
    expect(() => languageAs([{ path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify(entry)) }], ['en'])).toThrow(/stemmed en/);
  });
});
