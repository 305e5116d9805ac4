/*
 * Builds elements from parts. Text always goes in as text nodes, never parsed
 * as HTML: nothing a person types, or a file they import, can become markup.
 * Style and event-handler attributes are refused, as the site's
 * Content-Security-Policy would refuse them.
 */

export type Child = Node | string | number | false | null | undefined;
export type Attributes = Record<string, string | number | boolean | undefined>;

export function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'style' || name.startsWith('on')) throw new Error(`dom: the ${name} attribute is not allowed`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(element: Element | DocumentFragment, children: Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    element.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/**
 * An HTML element with attributes and children.
 * @example h('a', { href: url, rel: 'noopener noreferrer' }, url)
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/**
 * Replaces an element's children, skipping empty parts as `h` does.
 * @example replace(list, ...items.map(render))
 */
export function replace(element: Element, ...children: Child[]): void {
  element.replaceChildren();
  append(element, children);
}

/**
 * The template, once without the white space between its elements (line
 * breaks and indentation from the page's source), so that each copy is only
 * the nodes it needs: a review of 172 items makes 172 copies of a card.
 * @example compact(cardTemplate).content.firstElementChild.cloneNode(true)
 */
export function compact(template: HTMLTemplateElement): HTMLTemplateElement {
  if (template.dataset['awCompact'] !== undefined) return template;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const blank: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/^\s*\n\s*$/.test(node.nodeValue ?? '')) blank.push(node as Text);
  for (const node of blank) node.remove();
  template.dataset['awCompact'] = '';
  return template;
}

/**
 * Shows or clears the error message of a form field (GOV.UK's pattern: the
 * message above the field, named by `aria-describedby`). The message element
 * is the `[data-aw-error]` in the field's `[data-aw-field]`.
 * @example fieldError(noteInput, 'Write a short note about the evidence')
 */
export function fieldError(control: HTMLElement, message: string | null): void {
  const error = control.closest('[data-aw-field]')?.querySelector<HTMLElement>('[data-aw-error]');
  if (!error) return;
  error.textContent = message ?? '';
  error.hidden = message === null;
  const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
  if (message !== null) described.unshift(error.id);
  if (described.length) control.setAttribute('aria-describedby', described.join(' '));
  else control.removeAttribute('aria-describedby');
  // aria-invalid belongs on a control; a group of checkboxes is described by its message alone.
  if (!control.matches('input, select, textarea')) return;
  if (message === null) control.removeAttribute('aria-invalid');
  else control.setAttribute('aria-invalid', 'true');
}

/**
 * Moves focus to an element that is not itself focusable, e.g. a heading after it is rebuilt.
 * @example focus(heading)
 */
export function focus(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) return;
  if (!element.hasAttribute('tabindex') && !element.matches('a[href], button, input, select, textarea, summary')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/** The options each select was last filled with, so that unchanged options are not rebuilt. */
const filled = new WeakMap<HTMLSelectElement, string>();

/**
 * Fills a `<select>` with options and chooses `preferred` (or keeps the chosen
 * value when `preferred` is null or not offered). Options that have not changed
 * are left as they are, so a person's place in them is not lost.
 * @example fillSelect(select, reviews.map((r) => [r.id, r.title]), currentId)
 */
export function fillSelect(select: HTMLSelectElement, options: readonly (readonly [value: string, label: string])[], preferred: string | null): void {
  const keep = select.value;
  const key = JSON.stringify(options);
  if (filled.get(select) !== key) {
    select.replaceChildren(...options.map(([value, label]) => h('option', { value }, label)));
    filled.set(select, key);
  }
  const offered = (value: string | null) => value !== null && options.some(([v]) => v === value);
  if (offered(preferred)) select.value = preferred!;
  else if (offered(keep)) select.value = keep;
}
