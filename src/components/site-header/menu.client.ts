/*
 * The header's "Menu" button on small screens, in the GOV.UK way: the button is
 * in the page but hidden until this script shows it, so without JavaScript the
 * navigation simply stays on view. The header's styles fold the navigation away
 * only where scripts run, and only while the button says it is closed.
 *
 * The header is on every page, so it has no JSON config block (islands/island.ts
 * needs one): it finds its root and parts by the same data-aw-* attributes.
 */

/**
 * Shows the menu button and makes it open and close the navigation; Escape
 * closes it and returns focus to the button. Does nothing on a page without the
 * header island.
 * @example start(); // on a page with <header data-aw-island="site-header">
 */
export function start(scope: ParentNode = document): void {
  const root = scope.querySelector<HTMLElement>('[data-aw-island="site-header"]');
  const button = root?.querySelector<HTMLButtonElement>('[data-aw-part="menu-button"]');
  const menu = root?.querySelector<HTMLElement>('[data-aw-part="menu"]');
  if (!root || !button || !menu) return;
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    menu.toggleAttribute('data-aw-open', open);
  };
  setOpen(false);
  button.hidden = false;
  button.addEventListener('click', () => setOpen(!isOpen()));
  root.addEventListener('keydown', (event) => {
    // Only while the button is on screen: on a wide screen the navigation is always open.
    if (event.key !== 'Escape' || !isOpen() || button.offsetParent === null) return;
    setOpen(false);
    button.focus();
  });
}
