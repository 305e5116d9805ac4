import type { ReviewApp, Screen } from '../app';
import { reconcile } from '../../../lib/review/reconcile';
import { exportText, parseStore, type Store } from '../../../lib/review/storage-format';
import { forgetFile, rememberedFile, rememberFile } from './file-handle-store';
import { offlineTranslator, type OfflineTranslator } from './strings';

/*
 * "Keep my reviews in a file" (File System Access API: Chrome and Edge). The
 * person chooses a file, for example in their OneDrive folder; from then on
 * every change is written to it as well as kept in the browser. The file's
 * handle is remembered in IndexedDB (file-handle-store.ts), so a later visit
 * offers to carry on with it: the browser asks for permission again, as it
 * must. A write that fails says so, and the browser's copy is kept as always.
 * Where the API is missing, this module is never loaded and the section stays
 * hidden (ReviewKeep.astro): export and import remain the way to keep a copy.
 * The file is an export (`exportText`), so "Import" reads it back anywhere.
 * Its strings come with this module (strings.ts), not in the review page's
 * messages: most browsers never need them.
 */

type Permission = 'granted' | 'denied' | 'prompt';

/** What Chrome and Edge add to handles and the window; not yet in TypeScript's DOM types. */
interface WritableHandle extends FileSystemFileHandle {
  queryPermission?(options: { mode: 'readwrite' }): Promise<Permission>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<Permission>;
}

type SaveFilePicker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<WritableHandle>;

async function allowed(handle: WritableHandle): Promise<boolean> {
  const options = { mode: 'readwrite' } as const;
  if ((await handle.queryPermission?.(options)) === 'granted') return true;
  return (await handle.requestPermission?.(options)) === 'granted';
}

async function writeFile(handle: WritableHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    // Leaves the file as it was: a half-written file would be worse than an old one.
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

/** The reviews in the file, when it holds a readable export. */
async function readReviews(handle: WritableHandle): Promise<Store | undefined> {
  try {
    const parsed = parseStore(await (await handle.getFile()).text());
    return parsed.ok ? parsed.store : undefined;
  } catch {
    return undefined;
  }
}

type Show = (state: 'none' | 'remembered' | 'active', message?: string, alert?: boolean) => void;

/** Draws the section in one of its states, with a message (announced) or a problem (an alert). */
function view(app: ReviewApp, t: OfflineTranslator, fileName: () => string): Show {
  const part = (name: string) => app.part(`file-${name}`);
  return (state, message = '', alert = false) => {
    const name = fileName();
    part('state').textContent = state === 'remembered' ? t('offline.file.remembered', { name }) : state === 'active' ? t('offline.file.active', { name }) : '';
    part('choose').textContent = t(state === 'none' ? 'offline.file.choose' : 'offline.file.chooseAnother');
    part('reopen').hidden = state !== 'remembered';
    part('reopen').textContent = t('offline.file.reopen', { name });
    part('stop').hidden = state === 'none';
    part('written').textContent = '';
    part('problem').textContent = alert ? message : '';
    part('problem').hidden = !alert;
    if (message && !alert) app.say(message);
  };
}

/**
 * The screen: offers the file, writes every change of the reviews to it.
 * @example app.mount(keepInFileScreen(app))
 */
export function keepInFileScreen(app: ReviewApp): Screen {
  const t = offlineTranslator();
  const part = <E extends HTMLElement>(name: string) => app.part<E>(`file-${name}`);
  const buttons = { choose: part<HTMLButtonElement>('choose'), reopen: part<HTMLButtonElement>('reopen'), stop: part<HTMLButtonElement>('stop') };
  let handle: WritableHandle | undefined;
  let active = false;
  let written: Store | undefined;
  let writing: Promise<void> | undefined;

  const show = view(app, t, () => handle?.name ?? '');
  // Writes the latest reviews, one write at a time; changes made during a write are written after it.
  const write = async (): Promise<void> => {
    while (active && handle && written !== app.state.store) {
      const store = app.state.store;
      try {
        await writeFile(handle, exportText(store));
        written = store;
        part('problem').hidden = true;
        const time = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { timeStyle: 'short' }).format(new Date());
        part('written').textContent = t('offline.file.written', { time });
      } catch {
        active = false;
        written = undefined;
        show('remembered', t('offline.file.failed', { name: handle.name }), true);
        return;
      }
    }
  };
  const flush = () => {
    writing ??= write().finally(() => (writing = undefined));
  };

  const begin = async (chosen: WritableHandle, restore: boolean) => {
    handle = chosen;
    if (!(await allowed(chosen).catch(() => false))) return show('remembered', t('offline.file.denied', { name: chosen.name }), true);
    // A browser whose storage was cleared takes its reviews back from the file, rather than emptying it.
    const kept = restore && app.state.store.reviews.length === 0 ? await readReviews(chosen) : undefined;
    if (kept && kept.reviews.length > 0) {
      const { store } = reconcile(kept, { known: app.catalogue.known, renames: app.island.config.renames });
      app.commit(() => store);
      app.show(store.reviews.at(-1)?.id ?? null);
      app.render();
    }
    active = true;
    written = undefined;
    show('active', kept && kept.reviews.length > 0 ? t('offline.file.restored', { name: chosen.name }) : '');
    flush();
    await writing;
  };

  buttons.choose.addEventListener('click', () => {
    const picker = (window as unknown as { showSaveFilePicker: SaveFilePicker }).showSaveFilePicker;
    void picker({ suggestedName: 'arwain-reviews.json', types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }] }).then(
      async (chosen) => {
        await rememberFile(chosen);
        await begin(chosen, false);
      },
      // Closing the picker chooses nothing: nothing to say.
      () => undefined,
    );
  });
  buttons.reopen.addEventListener('click', () => handle && void begin(handle, true));
  buttons.stop.addEventListener('click', () => {
    active = false;
    handle = undefined;
    void forgetFile();
    show('none', t('offline.file.stopped'));
    buttons.choose.focus();
  });

  part('text').textContent = t('offline.file.text');
  buttons.stop.textContent = t('offline.file.stop');
  part('section').hidden = false;
  show('none');
  void rememberedFile().then((remembered) => {
    if (!remembered || handle) return;
    handle = remembered;
    show('remembered');
  });
  return () => {
    if (active) flush();
  };
}
