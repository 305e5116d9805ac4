import { siteBase, siteKey } from '../../../islands/storage-keys';

/*
 * Where the handle of the file a person chose to keep their reviews in is
 * remembered between visits: IndexedDB, the one browser storage that can hold a
 * FileSystemFileHandle (localStorage holds only text). One database per copy of
 * the site (its name carries the base path), one record. The handle is a
 * permission to ask for, not the file: a later visit must ask the person again.
 */

const DATABASE = siteKey('arwain.files', siteBase());
const STORE = 'handles';
const KEY = 'reviews';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(database.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error ?? new Error('indexedDB'));
    });
  } finally {
    database.close();
  }
}

/** The file chosen on an earlier visit, if any (and if IndexedDB can be read). */
export async function rememberedFile(): Promise<FileSystemFileHandle | undefined> {
  try {
    return await run<FileSystemFileHandle | undefined>('readonly', (store) => store.get(KEY));
  } catch {
    return undefined;
  }
}

/** Remembers the chosen file for later visits; false when it cannot be kept. */
export async function rememberFile(handle: FileSystemFileHandle): Promise<boolean> {
  try {
    await run('readwrite', (store) => store.put(handle, KEY));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the file (the file itself is left as it is). */
export async function forgetFile(): Promise<void> {
  try {
    await run('readwrite', (store) => store.delete(KEY));
  } catch {
    // Nothing was remembered, or nothing can be: either way, nothing to forget.
  }
}
