import { findIsland } from '../../islands/island';
import { threshold } from './model/small-cells';
import type { RowContext } from './model/disclosure';
import { startEngine } from './engine-client';
import { createTranslator } from '../../islands/translator';
import { withDays } from '../../islands/days';
import type { CohortPageData } from './page-data';
import { forgetKept, keptThreshold, readKept, writeKept, type CohortApp, type CohortState, type KeptMeta } from './state';

/*
 * The cohort view in the browser. Files are read by the engine (in a Web
 * Worker: many at once, off the page's thread, with progress) and never sent
 * anywhere; the figures, heat maps and tables are drawn by `view.ts`, loaded
 * once there is something to show. Text from a file is only ever set as text.
 */

function showKept(app: CohortApp, meta: KeptMeta | null): void {
  const { t } = app;
  const when = (iso: string) => new Intl.DateTimeFormat(app.island.config.intl, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  app.island.part('keep-status').textContent = meta?.saved ? t('cohort.keep.kept', { when: when(meta.saved), people: meta.people, earlier: meta.earlier }) : t('cohort.keep.notKept');
}

/** Keeps the cohort as it now is, and says so, or says why it could not. */
async function keep(app: CohortApp): Promise<void> {
  const box = app.island.part<HTMLInputElement>('keep');
  const reply = await app.engine.send({ type: 'keep' });
  if (reply.type !== 'kept') return;
  const meta: KeptMeta = { threshold: app.state.threshold, saved: new Date().toISOString(), people: reply.people, earlier: reply.earlier };
  const outcome = writeKept(reply.text, meta);
  showKept(app, outcome === 'kept' ? meta : null);
  if (outcome === 'kept') return;
  box.checked = false;
  const size = `${new Intl.NumberFormat(app.island.config.intl, { maximumFractionDigits: 1 }).format(reply.text.length / 1e6)} MB`;
  const message = outcome === 'too-large' ? app.t('cohort.keep.tooLarge', { size }) : app.t('cohort.keep.refused');
  app.island.part('keep-status').textContent = message;
  app.say(message);
}

function progress(app: CohortApp, done: number, total: number): void {
  const part = app.island.part('progress');
  const number = new Intl.NumberFormat(app.island.config.intl);
  part.hidden = false;
  part.textContent = app.t('cohort.progress', { done: number.format(done), total: number.format(total) });
}

async function add(app: CohortApp, files: readonly File[], into: 'people' | 'earlier'): Promise<void> {
  if (files.length === 0) return;
  const { config } = app.island;
  progress(app, 0, files.length);
  const reply = await app.engine.add({ type: 'add', into, renames: config.renames, maxBytes: config.maxBytes }, files, (done, total) => progress(app, done, total));
  app.island.part('progress').hidden = true;
  if (reply.type !== 'added') return;
  app.state.skipped = reply.skipped;
  if (app.island.part<HTMLInputElement>('keep').checked) await keep(app);
  await app.render();
  app.say(app.t.plural('cohort.added', reply.added));
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
    if (island.part<HTMLInputElement>('keep').checked) keptThreshold(state.threshold);
    void app.render();
  });
  const stage = island.part<HTMLSelectElement>('stage');
  stage.addEventListener('change', () => {
    state.stage = stage.value === '' ? null : stage.value;
    void app.render();
  });
  const box = island.part<HTMLInputElement>('keep');
  box.addEventListener('change', () => {
    if (box.checked) return void keep(app);
    forgetKept();
    showKept(app, null);
  });
  island.part('clear').addEventListener('click', () => {
    if (!window.confirm(app.t('cohort.clearConfirm'))) return;
    Object.assign(state, { skipped: [], showPeople: false });
    box.checked = false;
    forgetKept();
    showKept(app, null);
    void app.engine
      .send({ type: 'clear' })
      .then(() => app.render())
      .then(() => app.say(app.t('cohort.cleared')));
  });
}

/** The rows the figures have: the standards' items in order, and their key areas. */
function rowContext(config: CohortPageData): RowContext {
  return { order: config.items.map((i) => i.number), areaOf: new Map(config.items.map((i) => [i.number, i.area])), areas: config.keyAreas.map((k) => k.area) };
}

function createApp(island: NonNullable<ReturnType<typeof findIsland<CohortPageData>>>): CohortApp {
  const state: CohortState = { skipped: [], threshold: 3, stage: null, showPeople: false, result: null };
  const context = rowContext(island.config);
  let view: Promise<typeof import('./view')> | undefined;
  let latest = 0;
  const app: CohortApp = {
    island,
    t: withDays(createTranslator(island.config), island.config.months),
    state,
    engine: startEngine(),
    render: async () => {
      const asked = (latest += 1);
      const reply = await app.engine.send({ type: 'view', stage: state.stage, min: state.threshold, context });
      // A newer choice was made while this one was worked out: draw that one only.
      if (asked !== latest || reply.type !== 'view') return;
      state.result = reply.result;
      await (await (view ??= import('./view'))).render(app, reply.result);
      // Drawn in full (the bench and the tests wait for this, not for the first section).
      if (asked === latest) island.root.dataset['awDrawn'] = String(reply.result.people);
    },
    say: (message) => {
      const status = island.part('status');
      status.textContent = '';
      window.setTimeout(() => (status.textContent = message), 50);
    },
  };
  return app;
}

async function start(): Promise<void> {
  const island = findIsland<CohortPageData>('cohort');
  if (!island || typeof Blob === 'undefined' || !('text' in Blob.prototype) || typeof URL.createObjectURL !== 'function') return;
  const app = createApp(island);
  const kept = readKept();
  showKept(app, kept?.meta ?? null);
  if (kept) {
    await app.engine.send({ type: 'restore', text: kept.text });
    app.state.threshold = kept.meta.threshold;
    island.part<HTMLInputElement>('keep').checked = true;
    island.part<HTMLInputElement>('threshold').value = String(kept.meta.threshold);
  }
  listenForFiles(app);
  listenForChoices(app);
  island.part('nojs').hidden = true;
  island.part('app').hidden = false;
  await app.render();
  island.root.dataset['awReady'] = '';
}

void start();
