import { describe, expect, it } from 'vitest';
import { array, boolean, literal, nullable, object, oneOf, optional, record, refine, string } from './schema';

/* The review's own validator (src/lib/review/schema.ts), which replaced zod in the browser. */

const entry = object({
  id: string([(s) => /^[a-z]+$/.test(s), 'expected letters']),
  done: boolean,
  level: oneOf(['low', 'high'] as const),
  note: optional(string()),
  stage: nullable(string()),
});

const issuesOf = (result: { success: boolean; issues?: { path: (string | number)[]; message: string }[] }) =>
  result.success ? [] : result.issues!.map((issue) => [issue.path.join('/'), issue.message]);

describe('schema', () => {
  it('accepts a valid value and gives it back unchanged', () => {
    const value = { id: 'abc', done: true, level: 'low', stage: null };
    const result = entry.safeParse(value);
    expect(result).toEqual({ success: true, data: value });
    expect(result.success && result.data).toBe(value);
  });

  it('reports every problem with its path', () => {
    expect(issuesOf(entry.safeParse({ id: 'A1', done: 'yes', level: 'medium', stage: 3 }))).toEqual([
      ['id', 'expected letters'],
      ['done', 'expected true or false'],
      ['level', 'expected one of low, high'],
      ['stage', 'expected text'],
    ]);
  });

  it('is strict: an unknown field, __proto__ included, is named by its own path; a missing one too', () => {
    const hostile = JSON.parse('{"id": "abc", "done": true, "level": "low", "stage": null, "__proto__": {"polluted": true}}');
    expect(issuesOf(entry.safeParse(hostile))).toEqual([['__proto__', 'is not a field this format has']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(issuesOf(entry.safeParse({ id: 'abc', done: true, level: 'low' }))).toEqual([['stage', 'is missing']]);
  });

  it('checks lists, their length, maps and whole-value rules', () => {
    const list = refine(array(object({ n: literal(1) }), 2), (items) => (items.length === 2 ? [{ path: [1], message: 'two' }] : []));
    expect(issuesOf(list.safeParse([{ n: 1 }, { n: 2 }]))).toEqual([['1/n', 'expected 1']]);
    expect(issuesOf(list.safeParse([{ n: 1 }, { n: 1 }, { n: 1 }]))).toEqual([['', 'expected at most 2']]);
    expect(issuesOf(list.safeParse([{ n: 1 }, { n: 1 }]))).toEqual([['1', 'two']]);
    const map = record(string([(s) => s.length === 1, 'one letter']), boolean);
    expect(issuesOf(map.safeParse({ a: true, bb: false }))).toEqual([['bb', 'one letter']]);
    expect(issuesOf(map.safeParse([]))).toEqual([['', 'expected an object']]);
  });

  it('stops after a bounded number of problems, so a hostile file cannot make it list millions', () => {
    const result = array(boolean, Infinity).safeParse(Array.from({ length: 100_000 }, () => 'x'));
    expect(result.success).toBe(false);
    expect(issuesOf(result).length).toBeLessThanOrEqual(20);
  });
});
