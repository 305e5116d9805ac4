import { parseItemNumber } from '../../lib/item-number';
import { reviewToCsv, type CsvLabels } from '../../lib/review/csv';
import {
  addEvidence,
  addItems,
  changedSince,
  checkEvidence,
  checkTitle,
  compareReviews,
  countChanges,
  createReview,
  dayOf,
  isDay,
  isHttpUrl,
  LEVELS,
  LIMITS,
  priorities,
  removeEvidence,
  removeItem,
  setLevel,
  setPriority,
  summarise,
  updateDetails,
  type Evidence,
  type EvidenceProblem,
  type ItemReview,
  type Level,
  type Review,
  type TitleProblem,
} from '../../lib/review/model';
import { emptyStore, MAX_FILE_BYTES, MAX_REVIEWS, mergeStores, parseStore, serialiseStore, type ImportError, type Store } from '../../lib/review/storage-format';
import { levelChart, levelTable, type ChartLabels } from './chart';
import { byId, h, hidden, replace, type Child } from './dom';
import { createTranslator, DATA_ID, type ReviewItemData, type ReviewKeyAreaData, type ReviewPageData } from './page-data';

/*
 * The review tool in the browser. It enhances the server-rendered shell in
 * ReviewTool.astro: reads the page's data block, keeps reviews in localStorage
 * (never sending them anywhere), and renders the review, its summary and the
 * comparison. Text from a person or a file is only ever set as text.
 */

const STORE_KEY = 'arwain.reviews';
/** Which review this browser showed last; each tab may then show its own. */
const CURRENT_KEY = 'arwain.reviews.current';

type StorageProblem = 'blocked' | 'quota' | 'too-large' | 'failed';

const dataElement = document.getElementById(DATA_ID);
const app = document.getElementById('aw-review-app');
// Enhance only when the shell is there and the browser has what the tool needs.
if (dataElement && app && typeof Blob !== 'undefined' && 'text' in Blob.prototype && typeof URL.createObjectURL === 'function') {
  start(JSON.parse(dataElement.textContent ?? '{}') as ReviewPageData, app);
}

function start(data: ReviewPageData, app: HTMLElement): void {
  const t = createTranslator(data);
  const items = new Map<string, ReviewItemData>();
  const areas = new Map<number, ReviewKeyAreaData>();
  for (const keyArea of data.keyAreas) {
    areas.set(keyArea.area, keyArea);
    for (const item of keyArea.items) items.set(item.number, item);
  }
  const knownItems = new Set(items.keys());
  const stageNames = new Map(data.stages.map((stage) => [stage.id, stage.name]));
  const levelName = (level: Level) => t(`review.level.${level}`);
  const levelNames = Object.fromEntries(LEVELS.map((level) => [level, levelName(level)])) as Record<Level, string>;
  const areaOf = (number: string) => areas.get(parseItemNumber(number)!.area)!;

  const state: {
    store: Store;
    currentId: string | null;
    storage: Storage | null;
    storageProblem: StorageProblem | null;
    pageError: string | null;
    /** The stored text could not be read: nothing is written until the person decides what to do. */
    broken: { text: string; error: ImportError } | null;
    since: string | null;
    newFormOpen: boolean;
  } = { store: emptyStore(), currentId: null, storage: null, storageProblem: null, pageError: null, broken: null, since: null, newFormOpen: false };

  const el = {
    nojs: byId('aw-review-nojs'),
    status: byId('aw-review-status'),
    alert: byId('aw-review-alert'),
    broken: byId('aw-review-broken'),
    brokenText: byId('aw-review-broken-text'),
    working: byId('aw-review-working'),
    none: byId('aw-review-none'),
    switchForm: byId<HTMLFormElement>('aw-review-switch'),
    current: byId<HTMLSelectElement>('aw-review-current'),
    newButton: byId<HTMLButtonElement>('aw-review-new-button'),
    deleteButton: byId<HTMLButtonElement>('aw-review-delete'),
    newForm: byId<HTMLFormElement>('aw-review-new'),
    newTitle: byId<HTMLInputElement>('aw-review-new-title'),
    newStage: byId<HTMLSelectElement>('aw-review-new-stage'),
    newAreas: byId<HTMLFieldSetElement>('aw-review-new-areas'),
    newCancel: byId<HTMLButtonElement>('aw-review-new-cancel'),
    itemsSection: byId('aw-review-items'),
    itemsHeading: byId('aw-review-items-heading'),
    stageLine: byId('aw-review-stage-line'),
    detailsForm: byId<HTMLFormElement>('aw-review-details'),
    detailsTitle: byId<HTMLInputElement>('aw-review-details-title'),
    detailsStage: byId<HTMLSelectElement>('aw-review-details-stage'),
    addForm: byId<HTMLFormElement>('aw-review-add'),
    addSelect: byId<HTMLSelectElement>('aw-review-add-select'),
    areasEmpty: byId('aw-review-areas-empty'),
    areas: byId('aw-review-areas'),
    chart: byId('aw-review-chart'),
    priorities: byId('aw-review-priorities'),
    sinceForm: byId<HTMLFormElement>('aw-review-since'),
    sinceDate: byId<HTMLInputElement>('aw-review-since-date'),
    changes: byId('aw-review-changes'),
    compareNone: byId('aw-review-compare-none'),
    compareForm: byId<HTMLFormElement>('aw-review-compare-form'),
    compareFirst: byId<HTMLSelectElement>('aw-review-compare-first'),
    compareSecond: byId<HTMLSelectElement>('aw-review-compare-second'),
    compareResult: byId('aw-review-compare-result'),
    print: byId<HTMLButtonElement>('aw-review-print'),
    exportJson: byId<HTMLButtonElement>('aw-review-export-json'),
    exportCsv: byId<HTMLButtonElement>('aw-review-export-csv'),
    importForm: byId<HTMLFormElement>('aw-review-import'),
    importFile: byId<HTMLInputElement>('aw-review-import-file'),
    importResult: byId('aw-review-import-result'),
    deleteAll: byId<HTMLButtonElement>('aw-review-delete-all'),
    portfolio: byId('aw-review-portfolio'),
  };

  // ---- Storage -------------------------------------------------------------

  function problemOf(error: unknown): StorageProblem {
    if (error instanceof DOMException) {
      if (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
      if (error.name === 'SecurityError') return 'blocked';
    }
    return 'failed';
  }

  function openStorage(): void {
    try {
      // Reading `localStorage` itself throws a SecurityError where storage is blocked.
      state.storage = window.localStorage;
    } catch (error) {
      state.storage = null;
      state.storageProblem = problemOf(error);
    }
  }

  /** Reads the stored reviews; unreadable data is kept untouched and reported. */
  function load(): void {
    state.broken = null;
    state.store = emptyStore();
    if (!state.storage) return;
    let text: string | null;
    let remembered: string | null = null;
    try {
      text = state.storage.getItem(STORE_KEY);
      remembered = state.storage.getItem(CURRENT_KEY);
    } catch (error) {
      state.storageProblem = problemOf(error);
      return;
    }
    if (text !== null) {
      const result = parseStore(text, { knownItems });
      if (!result.ok) {
        state.broken = { text, error: result.error };
        return;
      }
      state.store = result.store;
    }
    const keep = state.currentId ?? remembered;
    state.currentId = state.store.reviews.some((r) => r.id === keep) ? keep : (state.store.reviews.at(-1)?.id ?? null);
  }

  /** Writes the reviews; a full or blocked storage is reported, never ignored. */
  function save(): boolean {
    const text = serialiseStore(state.store);
    if (new TextEncoder().encode(text).length > MAX_FILE_BYTES) {
      state.storageProblem = 'too-large';
      renderAlert();
      return false;
    }
    if (!state.storage) {
      renderAlert();
      return false;
    }
    try {
      state.storage.setItem(STORE_KEY, text);
      state.storageProblem = null;
      renderAlert();
      return true;
    } catch (error) {
      state.storageProblem = problemOf(error);
      renderAlert();
      return false;
    }
  }

  function rememberCurrent(): void {
    try {
      if (state.currentId) state.storage?.setItem(CURRENT_KEY, state.currentId);
      else state.storage?.removeItem(CURRENT_KEY);
    } catch {
      // Which review was shown last is a convenience; losing it loses nothing.
    }
  }

  // ---- Helpers -------------------------------------------------------------

  function current(): Review | undefined {
    return state.store.reviews.find((r) => r.id === state.currentId);
  }

  function replaceReview(review: Review): void {
    state.store = { ...state.store, reviews: state.store.reviews.map((r) => (r.id === review.id ? review : r)) };
  }

  function newId(prefix: string): string {
    // getRandomValues, unlike randomUUID, also works on an intranet served over plain http.
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  }

  function today(): string {
    return dayOf(new Date());
  }

  /** Announces a message to screen readers, politely; a repeated message is announced again. */
  function say(message: string): void {
    el.status.textContent = '';
    window.setTimeout(() => {
      el.status.textContent = message;
    }, 50);
  }

  function renderAlert(): void {
    const messages = [
      state.storageProblem ? t(`review.storage.${state.storageProblem}`, { size: '1 MB' }) : null,
      state.pageError,
    ].filter((m): m is string => m !== null);
    el.alert.replaceChildren(...messages.map((m) => h('p', {}, m)));
  }

  /** A template's text around a `{name}` placeholder, with an element in its place (e.g. a span with `lang`). */
  function around(template: string, name: string, node: Child): Child[] {
    const [before, after] = template.split(`{${name}}`);
    return [before ?? '', node, after ?? ''];
  }

  function itemText(number: string): HTMLSpanElement {
    return h('span', { lang: areaOf(number).lang, class: 'aw-review-item__text' }, items.get(number)?.text ?? '');
  }

  function stageText(stage: string | null): Child[] {
    if (!stage || !stageNames.has(stage)) return [t('review.items.noStage')];
    return around(t('review.items.stage'), 'stage', h('span', { lang: data.stagesLang }, stageNames.get(stage)!));
  }

  function itemHref(number: string): string {
    return `${data.standardsHref}${number}/`;
  }

  function optionLabel(review: Review): string {
    return t('review.switch.option', { title: review.title, date: t.dayOfTimestamp(review.created) });
  }

  function fillSelect(select: HTMLSelectElement, reviews: Review[], selected: string | null): void {
    select.replaceChildren(...reviews.map((r) => h('option', { value: r.id, selected: r.id === selected }, optionLabel(r))));
    if (selected) select.value = selected;
  }

  /** Shows or clears the error message of a form field (GOV.UK's pattern: message above the field). */
  function fieldError(control: HTMLElement, message: string | null): void {
    const error = document.getElementById(`${control.id}-error`);
    if (!error) return;
    error.textContent = message ?? '';
    error.hidden = message === null;
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
    if (message !== null) described.unshift(error.id);
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) {
      if (message === null) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
    }
  }

  function titleMessage(problem: TitleProblem): string {
    return t(`review.error.${problem}`, { max: LIMITS.title });
  }

  function evidenceMessage(problem: EvidenceProblem): string {
    return t(`review.error.${problem}`, { max: LIMITS.note });
  }

  function slug(text: string): string {
    const plain = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return plain.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'review';
  }

  function download(text: string, name: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = h('a', { href: url, download: name, class: 'aw-visually-hidden' });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Moves focus to an element that is not itself focusable, e.g. a heading after it is rebuilt. */
  function focus(element: HTMLElement | null): void {
    if (!element) return;
    if (!element.hasAttribute('tabindex') && !element.matches('a[href], button, input, select, textarea, summary')) {
      element.setAttribute('tabindex', '-1');
    }
    element.focus();
  }

  // ---- Rendering -----------------------------------------------------------

  function renderAll(): void {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    renderAlert();
    el.broken.hidden = state.broken === null;
    el.working.hidden = state.broken !== null;
    if (state.broken) {
      el.brokenText.textContent = `${t('review.broken.text')} ${problemText(state.broken.error)}`;
      return;
    }
    const reviews = state.store.reviews;
    const review = current();
    const noReviews = reviews.length === 0;
    el.none.hidden = !noReviews;
    el.switchForm.hidden = noReviews;
    fillSelect(el.current, reviews, state.currentId);
    el.deleteButton.hidden = !review;
    el.newButton.hidden = noReviews;
    el.newCancel.hidden = noReviews;
    const showNew = noReviews || state.newFormOpen;
    if (showNew && el.newForm.hidden && !el.newTitle.value) el.newTitle.value = t('review.new.defaultTitle', { year: new Date().getFullYear() });
    el.newForm.hidden = !showNew;
    el.newButton.setAttribute('aria-expanded', String(showNew));
    for (const element of app.querySelectorAll<HTMLElement>('[data-review-needs-review]')) element.hidden = !review;
    if (review) {
      el.itemsHeading.textContent = t('review.items.heading', { title: review.title });
      replace(el.stageLine, ...stageText(review.stage));
      el.detailsTitle.value = review.title;
      el.detailsStage.value = review.stage ?? '';
      if (!el.sinceDate.value) el.sinceDate.value = review.created.slice(0, 10);
      renderAddSelect(review);
      renderAreas(review);
      renderSummary(review);
      renderCompareOptions();
    } else {
      el.areas.replaceChildren();
    }
    schedulePortfolio();
    if (focused && document.activeElement !== document.getElementById(focused)) document.getElementById(focused)?.focus();
  }

  function renderAddSelect(review: Review): void {
    const have = new Set(review.items.map((i) => i.number));
    const groups = data.keyAreas.flatMap((keyArea) => {
      const missing = keyArea.items.filter((i) => !have.has(i.number));
      if (missing.length === 0) return [];
      const short = (text: string) => (text.length > 90 ? `${text.slice(0, 88)}…` : text);
      return [
        h(
          'optgroup',
          { label: keyArea.label },
          h('option', { value: `area:${keyArea.area}` }, t('review.add.wholeArea', { area: keyArea.short, count: missing.length })),
          ...missing.map((i) => h('option', { value: i.number }, `${i.number} ${short(i.text)}`)),
        ),
      ];
    });
    el.addSelect.replaceChildren(h('option', { value: '' }, groups.length ? t('review.add.choose') : t('review.add.allAdded')), ...groups);
    el.addSelect.disabled = groups.length === 0;
  }

  function renderAreas(review: Review): void {
    el.areasEmpty.hidden = review.items.length > 0;
    const sections = data.keyAreas.flatMap((keyArea) => {
      const reviewed = review.items.filter((i) => parseItemNumber(i.number)!.area === keyArea.area);
      if (reviewed.length === 0) return [];
      const headingId = `aw-review-area-${keyArea.area}`;
      return [
        h(
          'section',
          { class: 'aw-review-area', 'aria-labelledby': headingId },
          h('h3', { id: headingId, class: 'aw-review-area__heading', lang: keyArea.lang }, keyArea.label),
          h('ol', { class: 'aw-review-area__items' }, ...reviewed.map((item) => itemCard(item))),
        ),
      ];
    });
    el.areas.replaceChildren(...sections);
  }

  function itemCard(item: ItemReview): HTMLLIElement {
    const number = item.number;
    const base = `aw-r-${number}`;
    const which = ` ${number}`;
    const levels = h(
      'fieldset',
      { class: 'aw-review-item__levels' },
      h('legend', {}, t('review.item.level'), hidden(which)),
      ...LEVELS.map((level) =>
        h(
          'div',
          { class: 'aw-review__choice' },
          h('input', { type: 'radio', name: `${base}-level`, id: `${base}-level-${level}`, value: level, checked: item.level === level, 'data-action': 'level', 'data-number': number }),
          h('label', { for: `${base}-level-${level}` }, levelName(level)),
        ),
      ),
    );
    const priority = h(
      'div',
      { class: 'aw-review__choice' },
      h('input', { type: 'checkbox', id: `${base}-priority`, checked: item.priority, 'data-action': 'priority', 'data-number': number }),
      h('label', { for: `${base}-priority` }, t('review.item.priority'), hidden(which)),
    );
    return h(
      'li',
      { class: 'aw-review-item', id: base, tabindex: -1, 'aria-labelledby': `${base}-heading` },
      h('h4', { class: 'aw-review-item__heading', id: `${base}-heading` }, h('a', { class: 'aw-review-item__number', href: itemHref(number) }, number), itemText(number)),
      h('p', { class: 'aw-review-item__kind' }, items.get(number)?.kindAndGroup ?? ''),
      levels,
      priority,
      h('div', { id: `${base}-evidence` }, ...evidenceList(item, true)),
      evidenceForm(number),
      h(
        'p',
        { class: 'aw-review-item__footer' },
        h(
          'button',
          { type: 'button', class: 'aw-review__button aw-review__button--warning aw-review__button--small', 'data-action': 'remove-item', 'data-number': number },
          t('review.item.remove'),
          hidden(which),
        ),
      ),
    );
  }

  function evidenceEntry(number: string, evidence: Evidence, editable: boolean): HTMLLIElement {
    // The schema only admits http(s) links; checking again here costs nothing.
    const link = evidence.url && isHttpUrl(evidence.url) ? h('a', { class: 'aw-review-evidence__link', href: evidence.url, rel: 'noopener noreferrer' }, evidence.url) : null;
    return h(
      'li',
      {},
      h('span', { class: 'aw-review-evidence__date' }, t.day(evidence.date)),
      h('p', { class: 'aw-review-evidence__note' }, evidence.note),
      link,
      editable &&
        h(
          'button',
          {
            type: 'button',
            class: 'aw-review__button aw-review__button--warning aw-review__button--small',
            'data-action': 'remove-evidence',
            'data-number': number,
            'data-evidence': evidence.id,
          },
          t('review.evidence.remove'),
          hidden(` ${t('review.evidence.removeWhich', { date: t.day(evidence.date), number })}`),
        ),
    );
  }

  function evidenceList(item: ItemReview, editable: boolean): Child[] {
    const headingId = `aw-r-${item.number}-evidence-heading`;
    const count = item.evidence.length;
    return [
      h('p', { class: 'aw-review-item__evidence-heading', id: editable ? headingId : undefined }, count ? t.plural('review.evidence.count', count) : t('review.evidence.none')),
      count > 0 &&
        h('ul', { class: 'aw-review-item__evidence', 'aria-labelledby': editable ? headingId : undefined }, ...item.evidence.map((e) => evidenceEntry(item.number, e, editable))),
    ];
  }

  function field(id: string, label: string, hint: string | null, control: HTMLElement): HTMLDivElement {
    if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
    return h(
      'div',
      { class: 'aw-review__field' },
      h('label', { for: id }, label),
      hint && h('p', { class: 'aw-review__hint', id: `${id}-hint` }, hint),
      h('p', { class: 'aw-review__field-error', id: `${id}-error`, hidden: true }),
      control,
    );
  }

  function evidenceForm(number: string): HTMLDetailsElement {
    const base = `aw-r-${number}`;
    return h(
      'details',
      { class: 'aw-review-item__add' },
      h('summary', {}, t('review.evidence.add'), hidden(` ${number}`)),
      h(
        'form',
        { class: 'aw-review__panel', 'data-action': 'add-evidence', 'data-number': number, novalidate: true },
        field(`${base}-note`, t('review.evidence.note'), t('review.evidence.noteHint', { max: LIMITS.note }), h('textarea', { id: `${base}-note`, name: 'note', rows: 3, maxlength: LIMITS.note })),
        field(`${base}-date`, t('review.evidence.date'), null, h('input', { type: 'date', id: `${base}-date`, name: 'date', value: today() })),
        field(
          `${base}-url`,
          t('review.evidence.url'),
          t('review.evidence.urlHint'),
          h('input', { type: 'url', id: `${base}-url`, name: 'url', autocomplete: 'off', spellcheck: 'false', maxlength: LIMITS.url }),
        ),
        h('button', { type: 'submit', class: 'aw-review__button aw-review__button--secondary' }, t('review.evidence.save'), hidden(` ${number}`)),
      ),
    );
  }

  /** A wide table in a box that scrolls sideways on a narrow screen; keyboard users can focus it to scroll. */
  function scrollable(table: HTMLTableElement, label: string): HTMLDivElement {
    return h('div', { class: 'aw-review-table-wrap', role: 'region', 'aria-label': label, tabindex: 0 }, table);
  }

  function chartLabels(): ChartLabels {
    return {
      title: t('review.summary.chartTitle'),
      caption: t('review.summary.tableCaption'),
      keyAreaHeader: t('review.summary.keyArea'),
      totalHeader: t('review.summary.total'),
      levels: levelNames,
      short: (area) => areas.get(area)?.short ?? String(area),
      long: (area) => areas.get(area)?.label ?? String(area),
      areaTitle: (area) => areas.get(area)?.title ?? '',
      lang: (area) => areas.get(area)?.lang,
    };
  }

  function summaryBlock(review: Review, prefix: string): Child[] {
    const { areas: byArea, totals } = summarise(review);
    if (byArea.length === 0) return [h('p', {}, t('review.summary.empty'))];
    return [levelChart(byArea, chartLabels(), prefix), scrollable(levelTable(byArea, totals, chartLabels()), t('review.summary.tableCaption'))];
  }

  function prioritiesBlock(review: Review, links: boolean): Child {
    const list = priorities(review);
    if (list.length === 0) return h('p', {}, t('review.priorities.none'));
    return h(
      'ul',
      { class: 'aw-review-list' },
      ...list.map((item) =>
        h(
          'li',
          {},
          links ? h('a', { href: `#aw-r-${item.number}` }, item.number) : h('strong', {}, item.number),
          ' ',
          itemText(item.number),
          ' ',
          h('span', { class: 'aw-muted' }, `(${t('review.priorities.level', { level: levelName(item.level) })})`),
        ),
      ),
    );
  }

  function renderSummary(review: Review): void {
    replace(el.chart, ...summaryBlock(review, 'aw-review-chart-screen'));
    replace(el.priorities, prioritiesBlock(review, true));
    if (state.since) renderChanges(review, state.since);
    else el.changes.replaceChildren();
  }

  function renderChanges(review: Review, since: string): void {
    const changes = changedSince(review, since);
    const date = t.day(since);
    if (changes.length === 0) {
      el.changes.replaceChildren(h('p', {}, t('review.changes.none', { date })));
      return;
    }
    el.changes.replaceChildren(
      h('p', {}, t.plural('review.changes.count', changes.length, { date })),
      h(
        'ul',
        { class: 'aw-review-list' },
        ...changes.map((change) => {
          const parts: string[] = [];
          if (!change.before) parts.push(t('review.changes.added', { level: levelName(change.after.level) }));
          else if (change.before.level !== change.after.level) {
            parts.push(t('review.changes.level', { from: levelName(change.before.level), to: levelName(change.after.level) }));
          }
          if (change.before && !change.before.priority && change.after.priority) parts.push(t('review.changes.nowPriority'));
          if (!change.before && change.after.priority) parts.push(t('review.changes.nowPriority'));
          if (change.before?.priority && !change.after.priority) parts.push(t('review.changes.noLongerPriority'));
          if (change.evidence.length) parts.push(t.plural('review.changes.evidence', change.evidence.length));
          return h('li', {}, h('a', { href: `#aw-r-${change.number}` }, change.number), ' ', itemText(change.number), `: ${parts.join('; ')}`);
        }),
      ),
    );
  }

  function renderCompareOptions(): void {
    const reviews = state.store.reviews;
    const enough = reviews.length >= 2;
    el.compareNone.hidden = enough;
    el.compareForm.hidden = !enough;
    if (!enough) {
      el.compareResult.replaceChildren();
      return;
    }
    // Keep what the person chose; otherwise compare the review shown (second) with the one before it (first).
    const kept = (select: HTMLSelectElement) => (reviews.some((r) => r.id === select.value) ? select.value : null);
    const byDate = [...reviews].sort((a, b) => a.created.localeCompare(b.created));
    const at = byDate.findIndex((r) => r.id === state.currentId);
    const second = kept(el.compareSecond) ?? state.currentId;
    const first = kept(el.compareFirst) ?? (byDate[at - 1] ?? byDate.find((r) => r.id !== second))?.id ?? null;
    fillSelect(el.compareFirst, reviews, first);
    fillSelect(el.compareSecond, reviews, second);
  }

  function renderComparison(first: Review, second: Review): void {
    const rows = compareReviews(first, second);
    const counts = countChanges(rows);
    const cell = (level: Level | undefined) => (level ? levelName(level) : t('review.compare.notIn'));
    const changeText = (change: (typeof rows)[number]['change']) =>
      change === 'only-first' ? t('review.compare.onlyIn', { title: first.title }) : change === 'only-second' ? t('review.compare.onlyIn', { title: second.title }) : t(`review.compare.${change}`);
    el.compareResult.replaceChildren(
      h('p', {}, t('review.compare.summary', { higher: counts.higher, lower: counts.lower, same: counts.same })),
      scrollable(
        h(
          'table',
          { class: 'aw-review-table aw-review-compare' },
          h('caption', {}, t('review.compare.caption', { first: first.title, second: second.title })),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('review.compare.item')),
              h('th', { scope: 'col' }, first.title),
              h('th', { scope: 'col' }, second.title),
              h('th', { scope: 'col' }, t('review.compare.change')),
            ),
          ),
          h(
            'tbody',
            {},
            ...rows.map((row) =>
              h(
                'tr',
                { 'data-change': row.change },
                h('th', { scope: 'row' }, h('a', { href: itemHref(row.number) }, row.number), ' ', itemText(row.number)),
                h('td', {}, cell(row.first)),
                h('td', {}, cell(row.second)),
                h('td', {}, changeText(row.change)),
              ),
            ),
          ),
        ),
        t('review.compare.caption', { first: first.title, second: second.title }),
      ),
    );
  }

  // The portfolio is what printing shows; it is rebuilt shortly after each change, and just before printing.
  let portfolioTimer: number | undefined;
  function schedulePortfolio(): void {
    window.clearTimeout(portfolioTimer);
    portfolioTimer = window.setTimeout(renderPortfolio, 300);
  }

  function renderPortfolio(): void {
    const review = current();
    if (!review || state.broken) {
      el.portfolio.replaceChildren();
      return;
    }
    const meta = (term: string, ...value: Child[]) => [h('dt', {}, term), h('dd', {}, ...value)];
    const itemsByArea = data.keyAreas.flatMap((keyArea) => {
      const reviewed = review.items.filter((i) => parseItemNumber(i.number)!.area === keyArea.area);
      if (reviewed.length === 0) return [];
      // Items not started and with nothing recorded are listed by number only, to keep the portfolio short.
      const untouched = reviewed.filter((i) => i.level === 'not-started' && !i.priority && i.evidence.length === 0);
      const detailed = reviewed.filter((i) => !untouched.includes(i));
      return [
        h('h4', { lang: keyArea.lang }, keyArea.label),
        ...detailed.map((item) =>
          h(
            'div',
            { class: 'aw-review-portfolio__item' },
            h('p', {}, h('strong', {}, item.number), ' ', itemText(item.number)),
            h('p', {}, `${t('review.item.level')}: ${levelName(item.level)}`, item.priority && h('span', { class: 'aw-review-flag' }, t('review.item.priority'))),
            ...(item.evidence.length ? evidenceList(item, false) : []),
          ),
        ),
        untouched.length > 0 && h('p', { class: 'aw-review-portfolio__untouched' }, t('review.portfolio.notStarted', { numbers: untouched.map((i) => i.number).join(', ') })),
      ];
    });
    replace(
      el.portfolio,
      h('h2', {}, t('review.portfolio.heading', { title: review.title })),
      h(
        'dl',
        { class: 'aw-review-portfolio__meta' },
        ...meta(t('review.stage.label'), ...(review.stage && stageNames.has(review.stage) ? [h('span', { lang: data.stagesLang }, stageNames.get(review.stage)!)] : [t('review.stage.none')])),
        ...meta(t('review.portfolio.started'), t.dayOfTimestamp(review.created)),
        ...meta(t('review.portfolio.updated'), t.dayOfTimestamp(review.updated)),
        ...meta(t('review.portfolio.printed'), t.day(today())),
      ),
      h('h3', {}, t('review.summary.chartHeading')),
      ...summaryBlock(review, 'aw-review-chart-print'),
      h('h3', {}, t('review.priorities.heading')),
      prioritiesBlock(review, false),
      h('h3', {}, t('review.portfolio.items')),
      ...itemsByArea,
    );
  }

  function problemText(error: ImportError): string {
    return t(`review.import.problem.${error.problem}`, { at: error.at ?? '', value: error.value ?? '', size: '1 MB' });
  }

  // ---- Changes made by the person ------------------------------------------

  /** Applies a change to the current review and saves it. */
  function change(update: (review: Review, now: Date) => Review): Review | undefined {
    const review = current();
    if (!review) return undefined;
    const next = update(review, new Date());
    replaceReview(next);
    save();
    return next;
  }

  el.switchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state.store.reviews.some((r) => r.id === el.current.value)) return;
    state.currentId = el.current.value;
    state.since = null;
    el.sinceDate.value = '';
    el.compareResult.replaceChildren();
    rememberCurrent();
    renderAll();
    focus(el.itemsHeading);
    say(t('review.status.opened', { title: current()!.title }));
  });

  el.newButton.addEventListener('click', () => {
    state.newFormOpen = !state.newFormOpen;
    renderAll();
    if (state.newFormOpen) el.newTitle.focus();
  });

  el.newCancel.addEventListener('click', () => {
    state.newFormOpen = false;
    renderAll();
    el.newButton.focus();
  });

  el.newForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const title = el.newTitle.value;
    const titleProblem = checkTitle(title);
    fieldError(el.newTitle, titleProblem ? titleMessage(titleProblem) : null);
    const chosen = [...el.newAreas.querySelectorAll<HTMLInputElement>('input[name="area"]:checked')].map((i) => Number(i.value));
    const start = (el.newForm.querySelector<HTMLInputElement>('input[name="start"]:checked')?.value ?? 'all') as 'all' | 'actions' | 'none';
    const areasProblem = start !== 'none' && chosen.length === 0;
    fieldError(el.newAreas, areasProblem ? t('review.error.no-key-area') : null);
    if (titleProblem) return el.newTitle.focus();
    if (areasProblem) return el.newAreas.querySelector<HTMLInputElement>('input')?.focus();
    const numbers =
      start === 'none'
        ? []
        : data.keyAreas
            .filter((k) => chosen.includes(k.area))
            .flatMap((k) => k.items)
            .filter((i) => start === 'all' || parseItemNumber(i.number)?.kind === 'action')
            .map((i) => i.number);
    const review = createReview({ id: newId('r'), title, stage: el.newStage.value || null, numbers, now: new Date() });
    state.store = { ...state.store, reviews: [...state.store.reviews, review] };
    state.currentId = review.id;
    state.newFormOpen = false;
    state.since = null;
    el.sinceDate.value = '';
    el.newForm.reset();
    el.newTitle.value = '';
    save();
    rememberCurrent();
    renderAll();
    focus(el.itemsHeading);
    say(t('review.status.created', { title: review.title }));
  });

  el.deleteButton.addEventListener('click', () => {
    const review = current();
    if (!review || !window.confirm(t('review.delete.confirm', { title: review.title }))) return;
    state.store = { ...state.store, reviews: state.store.reviews.filter((r) => r.id !== review.id) };
    state.currentId = state.store.reviews.at(-1)?.id ?? null;
    state.since = null;
    el.sinceDate.value = '';
    save();
    rememberCurrent();
    renderAll();
    focus(byId('aw-review-reviews-heading'));
    say(t('review.status.deleted', { title: review.title }));
  });

  el.detailsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = checkTitle(el.detailsTitle.value);
    fieldError(el.detailsTitle, problem ? titleMessage(problem) : null);
    if (problem) return el.detailsTitle.focus();
    change((review, now) => updateDetails(review, { title: el.detailsTitle.value, stage: el.detailsStage.value || null }, now));
    renderAll();
    say(t('review.status.detailsSaved'));
  });

  el.addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = el.addSelect.value;
    if (!value) return;
    const area = value.startsWith('area:') ? Number(value.slice(5)) : undefined;
    const numbers = area !== undefined ? (areas.get(area)?.items.map((i) => i.number) ?? []) : [value];
    const before = new Set(current()?.items.map((i) => i.number));
    const next = change((review, now) => addItems(review, numbers, now));
    if (!next) return;
    const added = next.items.filter((i) => !before.has(i.number));
    renderAll();
    focus(document.getElementById(`aw-r-${added[0]?.number}`));
    say(t.plural('review.status.itemsAdded', added.length));
  });

  el.areas.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const number = input.dataset['number'];
    if (!number) return;
    if (input.dataset['action'] === 'level' && input.checked && (LEVELS as readonly string[]).includes(input.value)) {
      change((review, now) => setLevel(review, number, input.value as Level, now));
    } else if (input.dataset['action'] === 'priority') {
      change((review, now) => setPriority(review, number, input.checked, now));
    } else return;
    const review = current();
    if (review) renderSummary(review);
    schedulePortfolio();
  });

  el.areas.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.dataset['action'] !== 'add-evidence') return;
    event.preventDefault();
    const number = form.dataset['number']!;
    const note = form.elements.namedItem('note') as HTMLTextAreaElement;
    const date = form.elements.namedItem('date') as HTMLInputElement;
    const url = form.elements.namedItem('url') as HTMLInputElement;
    const problems = checkEvidence({ note: note.value, date: date.value, url: url.value });
    const noteProblem = problems.find((p) => p.startsWith('note'));
    fieldError(note, noteProblem ? evidenceMessage(noteProblem) : null);
    fieldError(date, problems.includes('date-invalid') ? evidenceMessage('date-invalid') : null);
    fieldError(url, problems.includes('url-invalid') ? evidenceMessage('url-invalid') : null);
    if (problems.length) {
      const first = noteProblem ? note : problems.includes('date-invalid') ? date : url;
      return first.focus();
    }
    const next = change((review, now) => addEvidence(review, number, { id: newId('e'), note: note.value, date: date.value, url: url.value }, now));
    const item = next?.items.find((i) => i.number === number);
    if (!item) return;
    replace(byId(`aw-r-${number}-evidence`), ...evidenceList(item, true));
    note.value = '';
    url.value = '';
    renderSummary(next!);
    schedulePortfolio();
    say(t('review.status.evidenceAdded', { number }));
  });

  el.areas.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const number = button?.dataset['number'];
    if (!button || !number) return;
    if (button.dataset['action'] === 'remove-evidence') {
      const evidenceId = button.dataset['evidence']!;
      const next = change((review, now) => removeEvidence(review, number, evidenceId, now));
      const item = next?.items.find((i) => i.number === number);
      if (!item) return;
      replace(byId(`aw-r-${number}-evidence`), ...evidenceList(item, true));
      renderSummary(next!);
      schedulePortfolio();
      focus(document.getElementById(`aw-r-${number}-evidence-heading`));
      say(t('review.status.evidenceRemoved', { number }));
    } else if (button.dataset['action'] === 'remove-item') {
      const review = current();
      const item = review?.items.find((i) => i.number === number);
      if (!review || !item) return;
      if (item.evidence.length > 0 && !window.confirm(t('review.item.removeConfirm', { number }))) return;
      const index = review.items.indexOf(item);
      const next = change((r, now) => removeItem(r, number, now));
      renderAll();
      const neighbour = next?.items[index] ?? next?.items[index - 1];
      focus(neighbour ? document.getElementById(`aw-r-${neighbour.number}`) : el.addSelect);
      say(t('review.status.itemRemoved', { number }));
    }
  });

  el.sinceForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const review = current();
    if (!review) return;
    const since = el.sinceDate.value;
    fieldError(el.sinceDate, isDay(since) ? null : t('review.error.date-invalid'));
    if (!isDay(since)) return el.sinceDate.focus();
    state.since = since;
    renderChanges(review, since);
    say(el.changes.querySelector('p')?.textContent ?? '');
  });

  el.compareForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = state.store.reviews.find((r) => r.id === el.compareFirst.value);
    const second = state.store.reviews.find((r) => r.id === el.compareSecond.value);
    if (!first || !second) return;
    if (first.id === second.id) {
      el.compareResult.replaceChildren(h('p', { class: 'aw-review__result aw-review__result--error' }, t('review.compare.sameReview')));
      say(t('review.compare.sameReview'));
      return;
    }
    renderComparison(first, second);
    say(el.compareResult.querySelector('p')?.textContent ?? '');
  });

  el.print.addEventListener('click', () => {
    renderPortfolio();
    window.print();
  });
  window.addEventListener('beforeprint', renderPortfolio);

  el.exportJson.addEventListener('click', () => {
    const name = `arwain-reviews-${today()}.json`;
    download(serialiseStore(state.store), name, 'application/json');
    say(t('review.status.exported', { file: name }));
  });

  el.exportCsv.addEventListener('click', () => {
    const review = current();
    if (!review) return;
    const labels: CsvLabels = {
      headers: {
        review: t('review.csv.review'),
        stage: t('review.csv.stage'),
        keyArea: t('review.csv.keyArea'),
        number: t('review.csv.number'),
        text: t('review.csv.text'),
        level: t('review.csv.level'),
        priority: t('review.csv.priority'),
        evidenceDate: t('review.csv.evidenceDate'),
        evidenceNote: t('review.csv.evidenceNote'),
        evidenceLink: t('review.csv.evidenceLink'),
      },
      levels: levelNames,
      yes: t('review.csv.yes'),
      no: t('review.csv.no'),
      stage: (review.stage && stageNames.get(review.stage)) || '',
      keyArea: (number) => areaOf(number).label,
      itemText: (number) => items.get(number)?.text ?? '',
    };
    const name = `arwain-review-${slug(review.title)}-${today()}.csv`;
    download(reviewToCsv(review, labels), name, 'text/csv;charset=utf-8');
    say(t('review.status.exported', { file: name }));
  });

  function importResult(message: string, error: boolean): void {
    el.importResult.textContent = message;
    el.importResult.hidden = false;
    el.importResult.classList.toggle('aw-review__result--error', error);
    say(message);
  }

  el.importForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = el.importFile.files?.[0];
    if (!file) return importResult(t('review.import.noFile'), true);
    const refuse = (reason: string) => importResult(t('review.import.failed', { file: file.name, reason }), true);
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_FILE_BYTES) return refuse(problemText({ problem: 'too-large' }));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse(t('review.import.problem.unreadable'));
    }
    const result = parseStore(text, { knownItems });
    if (!result.ok) return refuse(problemText(result.error));
    const merged = mergeStores(state.store, result.store, () => newId('r'));
    if (!merged) return refuse(t('review.import.problem.too-many', { max: MAX_REVIEWS }));
    const before = state.store;
    state.store = merged.store;
    if (state.storage && !save()) {
      // Nothing was written, so the stored reviews are as they were; keep the page the same.
      state.store = before;
      renderAll();
      return refuse(t(`review.storage.${state.storageProblem ?? 'failed'}`, { size: '1 MB' }));
    }
    if (!current()) state.currentId = state.store.reviews[0]?.id ?? null;
    rememberCurrent();
    el.importForm.reset();
    renderAll();
    const parts = [
      merged.added && t.plural('review.import.added', merged.added),
      merged.copied && t.plural('review.import.copied', merged.copied),
      merged.unchanged && t.plural('review.import.unchanged', merged.unchanged),
    ].filter((p): p is string => typeof p === 'string');
    importResult(t('review.import.done', { file: file.name, result: parts.join('; ') || t('review.import.nothing') }), false);
  });

  el.deleteAll.addEventListener('click', () => {
    if (!window.confirm(t('review.deleteAll.confirm'))) return;
    state.store = emptyStore();
    state.currentId = null;
    state.since = null;
    el.sinceDate.value = '';
    save();
    rememberCurrent();
    renderAll();
    focus(byId('aw-review-reviews-heading'));
    say(t('review.status.allDeleted'));
  });

  byId('aw-review-broken-download').addEventListener('click', () => {
    if (state.broken) download(state.broken.text, `arwain-reviews-unreadable-${today()}.json`, 'application/json');
  });

  byId('aw-review-broken-delete').addEventListener('click', () => {
    if (!window.confirm(t('review.broken.confirm'))) return;
    try {
      state.storage?.removeItem(STORE_KEY);
    } catch (error) {
      state.storageProblem = problemOf(error);
    }
    load();
    renderAll();
    focus(byId('aw-review-reviews-heading'));
  });

  // Another tab or window changed the reviews: show what is stored now.
  window.addEventListener('storage', (event) => {
    if (event.key !== STORE_KEY && event.key !== null) return;
    load();
    renderAll();
    say(t('review.status.otherTab'));
  });

  /** `/review/?add=3.4a`, from a statement's page: adds that item to the review shown. */
  function addFromAddress(): void {
    const params = new URLSearchParams(window.location.search);
    const raw = params.get('add');
    if (raw === null) return;
    params.delete('add');
    const rest = params.toString();
    // Take the parameter out of the address, so reloading does not add it again.
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`);
    if (state.broken) return;
    const number = parseItemNumber(raw)?.text;
    if (!number || !knownItems.has(number)) {
      state.pageError = t('review.add.unknown', { number: raw.slice(0, 20) });
      renderAlert();
      return;
    }
    let review = current();
    if (review?.items.some((i) => i.number === number)) {
      focus(document.getElementById(`aw-r-${number}`));
      say(t('review.add.already', { number, title: review.title }));
      return;
    }
    if (review) {
      review = change((r, now) => addItems(r, [number], now))!;
    } else {
      review = createReview({ id: newId('r'), title: t('review.new.defaultTitle', { year: new Date().getFullYear() }), stage: null, numbers: [number], now: new Date() });
      state.store = { ...state.store, reviews: [...state.store.reviews, review] };
      state.currentId = review.id;
      save();
      rememberCurrent();
    }
    renderAll();
    const card = document.getElementById(`aw-r-${number}`);
    card?.scrollIntoView({ block: 'center' });
    focus(card);
    say(t('review.add.done', { number, title: review.title }));
  }

  openStorage();
  load();
  renderAll();
  el.nojs.hidden = true;
  app.hidden = false;
  addFromAddress();
}
