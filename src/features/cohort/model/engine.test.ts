import { describe, expect, it } from 'vitest';
import { cohortEngine, readPiece, type EngineReply } from './engine';
import { sharedText, SHARED_FORMAT, type SharedReview } from '../../../lib/review/shared-format';

/*
 * The engine with thousands of files: files handed over in batches, read and
 * checked as they arrive, loaded in their order.
 */

const good = (): SharedReview => ({
  format: SHARED_FORMAT,
  version: 1,
  review: 'r-0001',
  name: 'Alys',
  stage: 'middle-leaders',
  date: '2026-03-15',
  items: [
    { number: '1.1', level: 'secure', priority: false },
    { number: '3.4a', level: 'leading', priority: true },
  ],
});

const file = (name: string, shared: SharedReview | string) => new File([typeof shared === 'string' ? shared : sharedText(shared)], name, { type: 'application/json' });

describe('the engine, given files in batches', () => {
  it('reads and checks files as they arrive, and loads them in their order, duplicates and bad files skipped in place', async () => {
    const replies: EngineReply[] = [];
    const engine = cohortEngine((reply) => replies.push(reply));
    const person = (n: number): SharedReview => ({ ...good(), review: `r-${n}`, name: `Person ${n}` });
    const first = [file('a.json', person(1)), file('bad.json', 'not json')];
    const rest = [file('b.json', person(2)), file('a-copy.json', person(1)), file('huge.json', 'x'.repeat(2000)), file('c.json', person(3))];
    const added = engine({ type: 'add', id: 7, into: 'people', count: 6, files: first, renames: {}, maxBytes: 1000 });
    // The rest arrive later, in two batches.
    await engine({ type: 'files', id: 7, files: rest.slice(0, 2) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await engine({ type: 'files', id: 7, files: rest.slice(2) });
    await added;
    const reply = replies.find((r) => r.type === 'added');
    expect(reply).toEqual({
      type: 'added',
      id: 7,
      added: 3,
      skipped: [
        { file: 'bad.json', problem: 'not-json', at: undefined, value: undefined },
        { file: 'a-copy.json', problem: 'duplicate', value: 'a.json' },
        { file: 'huge.json', problem: 'too-large' },
      ],
    });
    // The last progress says all were read.
    expect(replies.filter((r) => r.type === 'progress').at(-1)).toEqual({ type: 'progress', id: 7, done: 6, total: 6 });
    const kept = replies.length;
    await engine({ type: 'keep', id: 8 });
    const keep = replies[kept];
    expect(keep?.type === 'kept' && (JSON.parse(keep.text) as { people: { file: string }[] }).people.map((p) => p.file)).toEqual(['a.json', 'b.json', 'c.json']);
  });
});

describe('reading files as one piece', () => {
  it('gives each file its own text, Welsh letters and a byte-order mark included, as reading it alone would', async () => {
    const files = [new File(['\uFEFF{"name":"Siân"}'], 'a.json'), new File([''], 'empty.json'), new File(['Ŵ ŷ ŵ'], 'b.json')];
    const alone = await Promise.all(files.map((f) => f.text()));
    expect(await readPiece(files)).toEqual(alone);
    expect(alone).toEqual(['{"name":"Siân"}', '', 'Ŵ ŷ ŵ']);
  });
});
