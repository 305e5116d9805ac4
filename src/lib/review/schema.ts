/*
 * A small validator for the review's stored and imported data: what the tool
 * needs of zod, and no more. The review runs in the browser, where zod (even
 * `zod/mini`) was most of the island's weight and, without `eval` under the
 * site's Content-Security-Policy, took seconds over a 1 MB file. Each schema
 * checks a value straight from `JSON.parse`, records every problem with its
 * path, and gives the value back unchanged: a strict object refuses keys it
 * does not know, so nothing unexpected (`__proto__` included) gets through.
 * Types come from the schemas (`Infer`), so each field is declared once.
 */

export type Path = (string | number)[];

export interface Issue {
  path: Path;
  message: string;
}

export interface Schema<T> {
  /** Checks `value`, adding any problems to `issues`; true when there were none. */
  check(value: unknown, path: Path, issues: Issue[]): value is T;
  /** Checks a whole value: the value itself when it is valid, else every problem found. */
  safeParse(value: unknown): { success: true; data: T } | { success: false; issues: Issue[] };
}

/** The type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A rule for a value: a test, and the message when it fails. */
export type Rule<T> = readonly [test: (value: T) => boolean, message: string];

/** Checking stops after this many problems: a hostile file cannot make the page list millions. */
const MAX_ISSUES = 20;

function schema<T>(check: (value: unknown, path: Path, issues: Issue[]) => boolean): Schema<T> {
  const typed = check as Schema<T>['check'];
  return {
    check: typed,
    safeParse(value) {
      const issues: Issue[] = [];
      return typed(value, [], issues) ? { success: true, data: value } : { success: false, issues };
    },
  };
}

function fail(issues: Issue[], path: Path, message: string): false {
  if (issues.length < MAX_ISSUES) issues.push({ path: [...path], message });
  return false;
}

/**
 * A string meeting every rule; the first rule it breaks is reported.
 * @example string([(s) => s.length <= 120, 'is too long'])
 */
export function string(...rules: Rule<string>[]): Schema<string> {
  return schema((value, path, issues) => {
    if (typeof value !== 'string') return fail(issues, path, 'expected text');
    const broken = rules.find(([test]) => !test(value));
    return broken ? fail(issues, path, broken[1]) : true;
  });
}

export const boolean: Schema<boolean> = schema((value, path, issues) => typeof value === 'boolean' || fail(issues, path, 'expected true or false'));

/** Exactly `expected`. */
export function literal<const T extends string | number>(expected: T): Schema<T> {
  return schema((value, path, issues) => value === expected || fail(issues, path, `expected ${JSON.stringify(expected)}`));
}

/** One of a list of strings, e.g. the levels. */
export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  return schema((value, path, issues) => (values as readonly unknown[]).includes(value) || fail(issues, path, `expected one of ${values.join(', ')}`));
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return schema((value, path, issues) => value === null || inner.check(value, path, issues));
}

/** A list of at most `max` values, each checked. */
export function array<T>(item: Schema<T>, max: number): Schema<T[]> {
  return schema((value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, 'expected a list');
    if (value.length > max) return fail(issues, path, `expected at most ${max}`);
    let ok = true;
    for (let i = 0; i < value.length && issues.length < MAX_ISSUES; i += 1) ok = item.check(value[i], [...path, i], issues) && ok;
    return ok;
  });
}

const has = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Marks a field of `object` as one that may be left out. */
export interface Optional<T> extends Schema<T> {
  optional: true;
}

export function optional<T>(inner: Schema<T>): Optional<T> {
  return { ...inner, optional: true };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<{ [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }>;

/**
 * An object with exactly these fields: each required unless `optional`, and no others.
 * @example object({ on: daySchema, level: levelSchema })
 */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  const keys = Object.keys(shape);
  return schema((value, path, issues) => {
    if (!isPlainObject(value)) return fail(issues, path, 'expected an object');
    let ok = true;
    for (const key of Object.keys(value)) {
      if (!has(shape, key)) ok = fail(issues, [...path, key], 'is not a field this format has');
    }
    for (const key of keys) {
      const field = shape[key]!;
      if (!has(value, key)) {
        if (!('optional' in field)) ok = fail(issues, [...path, key], 'is missing');
      } else ok = field.check(value[key], [...path, key], issues) && ok;
    }
    return ok;
  });
}

/** An object used as a map from keys meeting `key` to values meeting `item`. */
export function record<T>(key: Schema<string>, item: Schema<T>): Schema<Record<string, T>> {
  return schema((value, path, issues) => {
    if (!isPlainObject(value)) return fail(issues, path, 'expected an object');
    let ok = true;
    for (const [name, entry] of Object.entries(value)) {
      ok = key.check(name, [...path, name], issues) && item.check(entry, [...path, name], issues) && ok;
    }
    return ok;
  });
}

/**
 * A schema with a further check over the whole value, e.g. that ids are not used twice.
 * `problems` returns each problem's path (below the value's) and message.
 */
export function refine<T>(inner: Schema<T>, problems: (value: T) => Issue[]): Schema<T> {
  return schema((value, path, issues) => {
    if (!inner.check(value, path, issues)) return false;
    const found = problems(value);
    for (const issue of found) fail(issues, [...path, ...issue.path], issue.message);
    return found.length === 0;
  });
}

/**
 * Problems for values used more than once, e.g. two items with the same number.
 * @example duplicates(review.items, (item) => item.number, 'number', (n) => `${n} is listed twice`)
 */
export function duplicates<T>(list: readonly T[], key: (value: T) => string, field: string, message: (value: string) => string, at: string | number = 'items'): Issue[] {
  const seen = new Set<string>();
  const found: Issue[] = [];
  list.forEach((entry, index) => {
    const value = key(entry);
    if (seen.has(value)) found.push({ path: [at, index, field], message: message(value) });
    seen.add(value);
  });
  return found;
}
