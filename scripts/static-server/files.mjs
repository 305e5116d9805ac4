// @ts-check
// From a request's path to a file in the published folder, and never outside
// it: the path is decoded once, refused if it holds a NUL, a backslash or a
// `.`/`..` segment, and the file's real path (symbolic links followed) must
// still be inside the folder's real path. Some paths are never served even when a
// file is there (`hidden`): the hosts' configuration files, dotfiles, and any path
// written with a doubled or encoded slash, which a server that redirects it would
// echo into a `Location` (`//standards` → `//standards/`, another host).
import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/**
 * The decoded path of a request target, or undefined when it is not one this
 * server can serve safely (it answers 400). Only origin-form targets (`/…`).
 * @example requestPath('/cy/standards/1.14/?q=1') // '/cy/standards/1.14/'
 * @example requestPath('/..%2fsecret.txt') // undefined
 * @param {string | undefined} target the request's URL as sent
 * @returns {string | undefined}
 */
export function requestPath(target) {
  if (typeof target !== 'string' || !target.startsWith('/')) return undefined;
  const raw = target.split(/[?#]/, 1)[0] ?? '';
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(path)) return undefined;
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  return path;
}

/**
 * Whether a request is for something never served, whatever is on disk: a path
 * with an empty segment (`//x`) or an encoded slash or backslash (`%2f`, `%5c`),
 * a dotfile (but `.well-known`), or one of `names` (the host files) at the top.
 * @example hidden('//standards', '//standards', []) // true
 * @example hidden('/nginx.conf', 'nginx.conf', ['nginx.conf']) // true
 * @param {string} target the request target as sent
 * @param {string} relative its decoded path below the base
 * @param {readonly string[]} names
 */
export function hidden(target, relative, names) {
  const raw = target.split(/[?#]/, 1)[0] ?? '';
  if (/%(2f|5c)/i.test(raw) || raw.includes('//') || relative.startsWith('/')) return true;
  if (relative.split('/').some((segment) => segment.startsWith('.') && segment !== '.well-known')) return true;
  return names.includes(relative);
}

/**
 * Whether `path` is `root` or inside it.
 * @param {string} root
 * @param {string} path
 */
function inside(root, path) {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * What a path under the folder names: a file, a folder reached without its
 * trailing slash (to redirect), or nothing.
 * @param {string} root the folder's real path
 * @param {string} relative the decoded path below the base, e.g. `standards/1.14/`
 * @returns {Promise<{ file: string, size: number, mtime: Date } | { slash: true } | undefined>}
 */
export async function findFile(root, relative) {
  let real;
  try {
    real = await realpath(join(root, relative));
  } catch {
    return undefined;
  }
  if (!inside(root, real)) return undefined;
  const info = await stat(real);
  if (info.isDirectory()) {
    if (relative !== '' && !relative.endsWith('/')) return { slash: true };
    return findFile(root, `${relative}index.html`);
  }
  return info.isFile() ? { file: real, size: info.size, mtime: info.mtime } : undefined;
}
