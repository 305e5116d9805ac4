import type { Page } from '@playwright/test';

/*
 * The browser's file picker replaced by a test double (review-file.spec.ts,
 * offline-controls.spec.ts). It hands out a real file handle in the page's
 * private file system (the Origin Private File System), so the handle can be
 * kept in IndexedDB and written like a file a person chose. Permission prompts
 * and write failures are doubled too: what the browser answers is set in
 * sessionStorage (`test.answer`, `test.failWrites`), and every prompt is
 * counted (`test.asked`).
 */

export /** The picker, the permission prompt and (when `test.failWrites` is set) a failing disk, doubled. */
async function doubleThePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const handle = FileSystemHandle.prototype as unknown as Record<string, unknown>;
    // As in Chrome: a file chosen in this page may be written at once; one remembered from a visit before must ask.
    handle['queryPermission'] = () => Promise.resolve((window as unknown as { picked?: boolean }).picked ? 'granted' : 'prompt');
    handle['requestPermission'] = () => {
      sessionStorage.setItem('test.asked', String(Number(sessionStorage.getItem('test.asked') ?? 0) + 1));
      return Promise.resolve(sessionStorage.getItem('test.answer') ?? 'granted');
    };
    const createWritable = FileSystemFileHandle.prototype.createWritable;
    FileSystemFileHandle.prototype.createWritable = async function (this: FileSystemFileHandle, ...rest: Parameters<typeof createWritable>) {
      if (sessionStorage.getItem('test.failWrites')) throw new DOMException('There is not enough space on the disk.', 'QuotaExceededError');
      return createWritable.apply(this, rest);
    };
    (window as unknown as Record<string, unknown>)['showSaveFilePicker'] = async (options: { suggestedName: string }) => {
      (window as unknown as { picked?: boolean }).picked = true;
      return (await navigator.storage.getDirectory()).getFileHandle(options.suggestedName, { create: true });
    };
  });
}
