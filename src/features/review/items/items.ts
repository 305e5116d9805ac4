import { addItems, updateDetails } from '../../../lib/review/edits';
import { checkTitle, LIMITS, type ItemReview, type Review } from '../../../lib/review/model';
import { goneItems } from '../../../lib/review/reconcile';
import type { ReviewApp, Screen } from '../app';
import { fieldError, focus, h, replace, type Child } from '../../../islands/dom';
import { createCard, drawItem, listenToCards, type Card } from './item-card';

/*
 * "The review": the review shown, key area by key area, with its name and
 * stage, a way to add statements and actions, and, set apart, any items the
 * standards no longer have. Cards are kept by item number and only updated.
 */

/** Puts `elements` in `list` in this order, moving as few as it can, and takes out the rest. */
function place(list: Element, elements: readonly Element[]): void {
  let cursor = list.firstElementChild;
  for (const element of elements) {
    if (element === cursor) cursor = cursor.nextElementSibling;
    else list.insertBefore(element, cursor);
  }
  while (cursor) {
    const next: Element | null = cursor.nextElementSibling;
    cursor.remove();
    cursor = next;
  }
}

function addOptions(app: ReviewApp, review: Review): (HTMLOptionElement | HTMLOptGroupElement)[] {
  const { t, catalogue } = app;
  const have = new Set(review.items.map((i) => i.number));
  const short = (text: string) => (text.length > 90 ? `${text.slice(0, 88)}…` : text);
  const groups = catalogue.keyAreas.flatMap((keyArea) => {
    const missing = catalogue.inArea(keyArea.area).filter((i) => !have.has(i.number));
    if (missing.length === 0) return [];
    return [
      h(
        'optgroup',
        { label: keyArea.label },
        h('option', { value: `area:${keyArea.area}` }, t('review.add.wholeArea', { area: keyArea.short, count: missing.length })),
        ...missing.map((i) => h('option', { value: i.number }, `${i.number} ${short(i.text)}`)),
      ),
    ];
  });
  return [h('option', { value: '' }, groups.length ? t('review.add.choose') : t('review.add.allAdded')), ...groups];
}

/** Adds what the add form names (an item, or a key area's missing items) to the review shown. */
function onAdd(app: ReviewApp, select: HTMLSelectElement, cards: Map<string, Card>): void {
  const value = select.value;
  if (!value) return;
  const area = value.startsWith('area:') ? Number(value.slice(5)) : undefined;
  const numbers = area === undefined ? [value] : app.catalogue.inArea(area).map((i) => i.number);
  const before = new Set(app.current()?.items.map((i) => i.number));
  const next = app.change((review, now) => addItems(review, numbers, now));
  const added = next?.items.filter((i) => !before.has(i.number)) ?? [];
  if (added.length === 0) return;
  focus(cards.get(added[0]!.number)?.element);
  app.say(app.t.plural('review.status.itemsAdded', added.length));
}

/** "Role or career stage: …", the stage's name in its own language. */
function stageText(app: ReviewApp, stage: string | null): Child[] {
  const { t } = app;
  const name = app.island.config.stages.find((s) => s.id === stage)?.name;
  if (!name) return [t('review.items.noStage')];
  const [before, after] = t('review.items.stage').split('{stage}');
  return [before, h('span', { lang: app.island.config.stagesLang }, name), after];
}

function onDetails(app: ReviewApp, title: HTMLInputElement, stage: HTMLSelectElement): void {
  const problem = checkTitle(title.value);
  fieldError(title, problem ? app.t(`review.error.${problem}`, { max: LIMITS.title }) : null);
  if (problem) return title.focus();
  if (app.change((review, now) => updateDetails(review, { title: title.value, stage: stage.value || null }, now))) app.say(app.t('review.status.detailsSaved'));
}

/**
 * The cards of the review shown, kept by item number: key area by key area,
 * then those the standards no longer have.
 */
class CardLists {
  readonly cards = new Map<string, Card>();
  private readonly sections = new Map<number, { section: HTMLElement; list: HTMLOListElement }>();

  constructor(
    private readonly app: ReviewApp,
    private readonly parts: { areas: HTMLElement; gone: HTMLElement; goneList: HTMLElement; empty: HTMLElement },
  ) {
    listenToCards(app, parts.areas, this.cards);
    listenToCards(app, parts.goneList, this.cards);
  }

  /** Takes every card away, e.g. when another review is shown. */
  clear(): void {
    this.cards.clear();
    this.sections.clear();
    replace(this.parts.areas);
    replace(this.parts.goneList);
  }

  private cardFor(item: ItemReview, gone: boolean): HTMLLIElement {
    const card = this.cards.get(item.number);
    if (!card) return this.cards.set(item.number, createCard(this.app, item, gone)).get(item.number)!.element;
    drawItem(this.app, card, item);
    return card.element;
  }

  private sectionFor(area: number): { section: HTMLElement; list: HTMLOListElement } {
    const keyArea = this.app.catalogue.area(area)!;
    const id = `aw-review-area-${area}`;
    const list = h('ol', { class: 'aw-review-area__items' });
    const section = h('section', { class: 'aw-review-area', 'aria-labelledby': id }, h('h3', { id, class: 'aw-review-area__heading', lang: keyArea.lang }, keyArea.label), list);
    this.sections.set(area, { section, list });
    return { section, list };
  }

  /** Brings the cards up to date with `review`: new ones made, changed ones updated, removed ones taken away. */
  draw(review: Review): void {
    const { catalogue } = this.app;
    const gone = goneItems(review, catalogue.known);
    const present = catalogue.keyAreas.flatMap((keyArea) => {
      const items = review.items.filter((i) => catalogue.items.get(i.number)?.area === keyArea.area);
      if (items.length === 0) return [];
      const { section, list } = this.sections.get(keyArea.area) ?? this.sectionFor(keyArea.area);
      place(
        list,
        items.map((item) => this.cardFor(item, false)),
      );
      return [section];
    });
    place(this.parts.areas, present);
    place(
      this.parts.goneList,
      gone.map((item) => this.cardFor(item, true)),
    );
    this.parts.gone.hidden = gone.length === 0;
    this.parts.empty.hidden = review.items.length > 0;
    const numbers = new Set(review.items.map((i) => i.number));
    for (const number of this.cards.keys()) if (!numbers.has(number)) this.cards.delete(number);
  }
}

/**
 * The "The review" screen.
 * @example app.mount(itemsScreen(app))
 */
export function itemsScreen(app: ReviewApp): Screen {
  const { t } = app;
  const parts = {
    heading: app.part('items-heading'),
    stageLine: app.part('stage-line'),
    title: app.part<HTMLInputElement>('details-title'),
    stage: app.part<HTMLSelectElement>('details-stage'),
    add: app.part<HTMLSelectElement>('add-select'),
  };
  const lists = new CardLists(app, { areas: app.part('areas'), gone: app.part('gone'), goneList: app.part('gone-list'), empty: app.part('areas-empty') });
  let shown: { id: string; items?: ItemReview[]; numbers?: string; title?: string; stage?: string } = { id: '' };
  app.part('add').addEventListener('submit', (event) => {
    event.preventDefault();
    onAdd(app, parts.add, lists.cards);
  });
  app.part('details').addEventListener('submit', (event) => {
    event.preventDefault();
    onDetails(app, parts.title, parts.stage);
  });

  /** The name and stage fields follow the review, unless a person has started changing them here. */
  function drawDetails(review: Review): void {
    if (shown.title === undefined || parts.title.value === shown.title) parts.title.value = review.title;
    if (shown.stage === undefined || parts.stage.value === shown.stage) parts.stage.value = review.stage ?? '';
    shown.title = review.title;
    shown.stage = review.stage ?? '';
  }

  return () => {
    const review = app.current();
    const id = review?.id ?? '';
    if (id !== shown.id) {
      lists.clear();
      shown = { id };
    }
    if (!review) return;
    const heading = t('review.items.heading', { title: review.title });
    if (parts.heading.textContent !== heading) parts.heading.textContent = heading;
    replace(parts.stageLine, ...stageText(app, review.stage));
    drawDetails(review);
    if (shown.items === review.items) return;
    const numbers = review.items.map((i) => i.number).join(' ');
    if (numbers !== shown.numbers) replace(parts.add, ...addOptions(app, review));
    lists.draw(review);
    shown.items = review.items;
    shown.numbers = numbers;
  };
}
