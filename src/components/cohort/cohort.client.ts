import { findIsland } from '../islands/island';
import { loadFiles, type Skipped } from '../../lib/cohort/load';
import { threshold } from '../../lib/cohort/small-cells';
import { cohortTranslator, type CohortPageData } from './page-data';
import { readKept, writeKept, type CohortApp, type CohortState } from './state';

/*
 * The cohort view in the browser. Files are read here, with the review's
 * validator, and never sent anywhere; the figures, heat maps and tables are
 * drawn by `view.ts`, loaded once there is something to show. Text from a
 * file is only ever set as text.
 */

async function readAll(app: CohortApp, files: readonly File[]): Promise<{ name: string; text: string }[]> {
  const read: { name: string; text: string }[] = [];
  const unreadable: Skipped[] = [];
  for (const file of files) {
    // A huge file is refused before it is read into memory.
    if (file.size > app.island.config.maxBytes) unreadable.push({ file: file.name, problem: 'too-large' });
    else {
      try {
        read.push({ name: file.name, text: await file.text() });
      } catch {
        unreadable.push({ file: file.name, problem: 'unreadable' });
      }
    }
  }
  app.state.skipped.push(...unreadable);
  return read;
}

async function add(app: CohortApp, files: readonly File[], into: 'people' | 'earlier'): Promise<void> {
  if (files.length === 0) return;
  app.state.skipped = [];
  const texts = await readAll(app, files);
  const { people, skipped } = loadFiles(texts, app.state[into], app.island.config.renames);
  app.state[into] = [...app.state[into], ...people];
  app.state.skipped.push(...skipped);
  if (app.island.part<HTMLInputElement>('keep').checked) writeKept(app.state, true);
  app.render();
  app.say(app.t.plural('cohort.added', people.length));
}

function listenForFiles(app: CohortApp): void {
  for (const into of ['people', 'earlier'] as const) {
    const input = app.island.part<HTMLInputElement>(into === 'people' ? 'files' : 'earlier-files');
    input.addEventListener('change', () => void add(app, [...(input.files ?? [])], into).then(() => (input.value = '')));
    const zone = app.island.part(into === 'people' ? 'drop' : 'earlier-drop');
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.dataset['awDragging'] = '';
    });
    zone.addEventListener('dragleave', () => delete zone.dataset['awDragging']);
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      delete zone.dataset['awDragging'];
      void add(app, [...(event.dataTransfer?.files ?? [])], into);
    });
  }
}

function listenForChoices(app: CohortApp): void {
  const { island, state } = app;
  const min = island.part<HTMLInputElement>('threshold');
  min.addEventListener('change', () => {
    state.threshold = threshold(min.value);
    min.value = String(state.threshold);
    app.render();
  });
  const stage = island.part<HTMLSelectElement>('stage');
  stage.addEventListener('change', () => {
    state.stage = stage.value === '' ? null : stage.value;
    app.render();
  });
  const keep = island.part<HTMLInputElement>('keep');
  keep.addEventListener('change', () => writeKept(state, keep.checked));
  island.part('clear').addEventListener('click', () => {
    if (!window.confirm(app.t('cohort.clearConfirm'))) return;
    Object.assign(state, { people: [], earlier: [], skipped: [], showPeople: false });
    keep.checked = false;
    writeKept(state, false);
    app.render();
    app.say(app.t('cohort.cleared'));
  });
}

function start(): void {
  const island = findIsland<CohortPageData>('cohort');
  if (!island || typeof Blob === 'undefined' || !('text' in Blob.prototype) || typeof URL.createObjectURL !== 'function') return;
  const state: CohortState = { people: [], earlier: [], skipped: [], threshold: 3, stage: null, showPeople: false };
  let view: Promise<typeof import('./view')> | undefined;
  const app: CohortApp = {
    island,
    t: cohortTranslator(island.config),
    state,
    render: () => void (view ??= import('./view')).then((module) => module.render(app)),
    say: (message) => {
      const status = island.part('status');
      status.textContent = '';
      window.setTimeout(() => (status.textContent = message), 50);
    },
  };
  const kept = readKept();
  if (kept) {
    Object.assign(state, kept);
    island.part<HTMLInputElement>('keep').checked = true;
    island.part<HTMLInputElement>('threshold').value = String(kept.threshold);
  }
  listenForFiles(app);
  listenForChoices(app);
  island.part('nojs').hidden = true;
  island.part('app').hidden = false;
  app.render();
  island.root.dataset['awReady'] = '';
}

start();
