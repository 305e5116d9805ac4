/*
 * Merging two versions of one record, field by field. Two tabs that change
 * different fields of the same item (a level here, evidence there) both keep
 * their change; a field both changed keeps the later change, by the time each
 * side records for that field. The times decide, never "what changed since our
 * last write": the other tab may not have seen that write, so a copy it wrote
 * is no sign of a change. Pure, so any record can use it (the review's items
 * here; a plan or mentor comments too).
 */

export const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** -1, 0 or 1 as the `a` stamp is earlier, the same or later than `b` (a missing stamp is the earliest). */
export function compareStamps(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Which of two different versions came later: the later stamp; at equal stamps
 * (two tabs in the same millisecond), so that both tabs choose alike whichever
 * is "ours", the one whose text sorts last.
 * @example laterSide(a, b, (x) => x.changed) // 'ours' when a.changed > b.changed
 */
export function laterSide<T>(ours: T, theirs: T, stamp: (value: T) => string | undefined): 'ours' | 'theirs' {
  const order = compareStamps(stamp(ours), stamp(theirs));
  if (order !== 0) return order > 0 ? 'ours' : 'theirs';
  return JSON.stringify(ours) >= JSON.stringify(theirs) ? 'ours' : 'theirs';
}

/**
 * A field's value and time from whichever side set it later (each side says
 * when it set the field, e.g. from a per-field stamp), so both tabs choose alike.
 * @example laterField(ours, theirs, (i) => i.level, (i) => i.fieldsChanged?.level ?? i.changed)
 */
export function laterField<T, V>(ours: T, theirs: T, value: (side: T) => V, stamp: (side: T) => string | undefined): { value: V; stamp: string | undefined } {
  const side = laterSide(ours, theirs, (x) => `${stamp(x) ?? ''} ${JSON.stringify(value(x))}`) === 'ours' ? ours : theirs;
  return { value: value(side), stamp: stamp(side) };
}

/**
 * Each value once, by key, in the order first seen.
 * @example unionBy([...theirs.evidence, ...ours.evidence], (e) => e.id)
 */
export function unionBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}

/**
 * A three-way merge of keyed lists: entries in either side, merged with `both`
 * when in both; an entry missing from one side is dropped only when that side
 * removed it and the other did not change it since the common version.
 * @example mergeKeyed(base.evidence, ours.evidence, theirs.evidence, (e) => e.id, pick)
 */
export function mergeKeyed<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[], key: (value: T) => string, both: (base: T | undefined, ours: T, theirs: T) => T): T[] {
  const byKey = (list: readonly T[]) => new Map(list.map((value) => [key(value), value]));
  const [b, o, t] = [byKey(base), byKey(ours), byKey(theirs)];
  const result: T[] = [];
  for (const [k, theirsValue] of t) {
    const oursValue = o.get(k);
    const baseValue = b.get(k);
    if (oursValue !== undefined) result.push(both(baseValue, oursValue, theirsValue));
    else if (baseValue === undefined || !sameValue(baseValue, theirsValue)) result.push(theirsValue);
  }
  for (const [k, oursValue] of o) {
    if (t.has(k)) continue;
    const baseValue = b.get(k);
    if (baseValue === undefined || !sameValue(baseValue, oursValue)) result.push(oursValue);
  }
  return result;
}
