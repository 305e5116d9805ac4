/*
 * Builds elements from parts. Text always goes in as text nodes, never parsed
 * as HTML: nothing a person types, or a file they import, can become markup.
 * Style and event-handler attributes are refused, as the site's
 * Content-Security-Policy would refuse them.
 */

export type Child = Node | string | number | false | null | undefined;
export type Attributes = Record<string, string | number | boolean | undefined>;

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'style' || name.startsWith('on')) throw new Error(`dom: the ${name} attribute is not allowed`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(element: Element, children: Child[]): void {
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

/** An SVG element with attributes and children. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/** Replaces an element's children, skipping empty parts as `h` does. */
export function replace(element: Element, ...children: Child[]): void {
  element.replaceChildren();
  append(element, children);
}

/** Text hidden on screen but read by screen readers, e.g. the number after "Remove". */
export function hidden(text: string): HTMLSpanElement {
  return h('span', { class: 'aw-visually-hidden' }, text);
}

/** The element with an id, or an error naming the id: the page shell and the script must agree. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`review: #${id} is missing from the page`);
  return element as T;
}
