import { loadCode } from '../durability/load-code';
import { removeItem, setLevel, setPriority } from '../../../lib/review/edits';
import { LEVELS, type ItemReview, type Level } from '../../../lib/review/model';
import type { ReviewApp } from '../app';
import { compact, focus, replace } from '../../../islands/dom';
import { cardId, evidenceList, removeFromButton } from './evidence';

/*
 * One item of the review shown: its text, level, priority and evidence, made
 * from the page's card template once and then only updated, so that its open
 * panels, anything typed in it and the focus survive every redraw. The cards'
 * events are handled once, on the list that holds them.
 */

export interface Card {
  element: HTMLLIElement;
  item: ItemReview;
  /** The card's parts the script fills in, by their `data-aw-slot` name (a level's radio is `level-<level>`). */
  slots: Record<string, HTMLElement>;
}

/** Where each slot of the card template is, as child indexes from the card: found once, then followed in every copy. */
const slotPaths = new WeakMap<HTMLTemplateElement, [string, number[]][]>();

function pathsOf(template: HTMLTemplateElement): [string, number[]][] {
  const known = slotPaths.get(template);
  if (known) return known;
  const root = compact(template).content.firstElementChild!;
  const paths: [string, number[]][] = [];
  for (const slot of root.querySelectorAll<HTMLElement>('[data-aw-slot]')) {
    const path: number[] = [];
    for (let node: Element = slot; node !== root; node = node.parentElement!) path.unshift([...node.parentElement!.children].indexOf(node));
    paths.push([slot.dataset['awSlot']!, path]);
  }
  slotPaths.set(template, paths);
  return paths;
}

/**
 * A card for `item`; `gone` for an item the standards no longer have, shown without a link or text of its own.
 * 172 of these are made when a full review opens, so each is a copy of the template, filled in by direct paths.
 * @example list.append(createCard(app, item, false).element)
 */
export function createCard(app: ReviewApp, item: ItemReview, gone: boolean): Card {
  const { number } = item;
  const base = cardId(number);
  const template = app.part<HTMLTemplateElement>('card');
  const paths = pathsOf(template);
  const element = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const slots: Record<string, HTMLElement> = {};
  for (const [name, path] of paths) slots[name] = path.reduce<Element>((node, index) => node.children[index]!, element) as HTMLElement;
  element.id = base;
  element.dataset['awNumber'] = number;
  element.setAttribute('aria-labelledby', `${base}-heading`);
  slots['heading']!.id = `${base}-heading`;
  const link = slots['link']!;
  link.textContent = number;
  const known = app.catalogue.items.get(number);
  if (gone || !known) {
    slots['text']!.textContent = app.t('review.gone.itemText');
  } else {
    link.setAttribute('href', `${app.island.config.standardsHref}${number}/`);
    slots['text']!.textContent = known.text;
    const lang = app.catalogue.langOf(number);
    if (lang) slots['text']!.lang = lang;
    slots['kind']!.textContent = known.kindAndGroup;
  }
  // Each control's name says which item it is for: "Remove from this review 1.14".
  for (const name of ['levels', 'priority', 'add', 'remove']) slots[name]!.setAttribute('aria-label', `${slots[name]!.getAttribute('aria-label')} ${number}`);
  for (const level of LEVELS) (slots[`level-${level}`] as HTMLInputElement).name = `${base}-level`;
  const card = { element, item, slots };
  drawItem(app, card, item, true);
  return card;
}

/**
 * Brings a card up to date with `item`: only what differs is touched.
 * @example drawItem(app, card, review.items[0])
 */
export function drawItem(app: ReviewApp, card: Card, item: ItemReview, force = false): void {
  if (!force && card.item === item) return;
  for (const level of LEVELS) {
    const radio = card.slots[`level-${level}`] as HTMLInputElement;
    const checked = level === item.level;
    if (radio.checked !== checked) radio.checked = checked;
  }
  const priority = card.slots['priority'] as HTMLInputElement;
  if (priority.checked !== item.priority) priority.checked = item.priority;
  // A new card already says "No evidence yet."
  const unchanged = force ? item.evidence.length === 0 : card.item.evidence === item.evidence;
  if (!unchanged) replace(card.slots['evidence']!, ...evidenceList(app, item, true));
  card.item = item;
}

function removeCard(app: ReviewApp, number: string, cards: Map<string, Card>): void {
  const review = app.current();
  const item = review?.items.find((i) => i.number === number);
  if (!review || !item) return;
  if (item.evidence.length > 0 && !window.confirm(app.t('review.item.removeConfirm', { number }))) return;
  const index = review.items.indexOf(item);
  const next = app.change((r, now) => removeItem(r, number, now));
  if (!next) return;
  const neighbour = next.items[index] ?? next.items[index - 1];
  focus(neighbour ? cards.get(neighbour.number)?.element : app.part('add-select'));
  app.say(app.t('review.status.itemRemoved', { number }));
}

/**
 * Handles the events of every card in `list`: levels, priorities, evidence and removal.
 * @example listenToCards(app, app.part('areas'), cards)
 */
export function listenToCards(app: ReviewApp, list: HTMLElement, cards: Map<string, Card>): void {
  const numberOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-aw-number]')?.dataset['awNumber'] : undefined);
  list.addEventListener('change', (event) => {
    const input = event.target;
    const number = numberOf(input);
    if (!(input instanceof HTMLInputElement) || !number) return;
    const action = input.dataset['awAction'];
    let changed;
    if (action === 'level' && input.checked && (LEVELS as readonly string[]).includes(input.value)) {
      changed = app.change((review, now) => setLevel(review, number, input.value as Level, now));
    } else if (action === 'priority') {
      changed = app.change((review, now) => setPriority(review, number, input.checked, now));
    } else return;
    // Refused (the reviews would be too large) or impossible: the controls go back to what is stored.
    const card = cards.get(number);
    const item = app.current()?.items.find((i) => i.number === number);
    if (!changed && card && item) drawItem(app, card, item, true);
  });
  list.addEventListener('submit', (event) => {
    const form = event.target;
    const number = numberOf(form);
    if (!(form instanceof HTMLFormElement) || form.dataset['awAction'] !== 'add-evidence' || !number) return;
    event.preventDefault();
    void loadCode(app, async () => (await import('./evidence-form')).addFromForm(app, form, number));
  });
  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-aw-action]') : null;
    const number = numberOf(button);
    const card = number === undefined ? undefined : cards.get(number);
    if (!button || !number || !card) return;
    if (button.dataset['awAction'] === 'remove-evidence') removeFromButton(app, button, card.element, number);
    else if (button.dataset['awAction'] === 'remove-item') removeCard(app, number, cards);
  });
  // "Add evidence" is a <details>: its form is made the first time it opens. `toggle` does not bubble.
  list.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      const number = numberOf(details);
      if (!(details instanceof HTMLDetailsElement) || !details.open || !number || details.dataset['awFilled'] !== undefined) return;
      details.dataset['awFilled'] = '';
      void loadCode(app, async () => details.append((await import('./evidence-form')).evidenceForm(app, number)));
    },
    true,
  );
}
