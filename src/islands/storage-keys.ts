/*
 * The names under which the site keeps things in the browser's storage. They
 * carry the site's base path, because storage is shared by everything on one
 * host: a consortium's copy at `/` and a school's under `/intranet/leadership/`
 * must not read, or merge, each other's reviews. The names used before (no
 * base path) are read once, to move what they hold; see `moveFromLegacyKey`.
 */

/**
 * The storage name of `name` for the copy of the site at `base`.
 * @example siteKey('arwain.reviews', '/intranet/leadership/') // 'arwain.reviews@/intranet/leadership/'
 */
export function siteKey(name: string, base: string): string {
  const path = base.endsWith('/') ? base : `${base}/`;
  return `${name}@${path.startsWith('/') ? path : `/${path}`}`;
}

/** The base path this build of the site is served under, as Vite gives it to scripts. */
export function siteBase(): string {
  return import.meta.env.BASE_URL ?? '/';
}

/**
 * Copies what the old, shared name holds to the new name, once: when the new
 * name holds nothing yet. The old entry is left as it was, so nothing is lost
 * and another copy of the site on the same host can move it too (it was
 * shared by both before). Returns the text now under the new name.
 * @example moveFromLegacyKey(localStorage, 'arwain.reviews', siteKey('arwain.reviews', '/'))
 */
export function moveFromLegacyKey(storage: Pick<Storage, 'getItem' | 'setItem'>, legacy: string, key: string): string | null {
  const now = storage.getItem(key);
  if (now !== null) return now;
  const old = storage.getItem(legacy);
  if (old === null) return null;
  storage.setItem(key, old);
  return old;
}
