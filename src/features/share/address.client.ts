/*
 * Addresses for people to copy (the link to a statement, its citation, the embed
 * code) are absolute on the publisher's own host. A build without the site's
 * address (arwain.config.ts `site`) cannot know that host, so it writes the path
 * and marks it `data-aw-address`; here, in the browser, the path is completed
 * from the address the page was opened at. Without JavaScript the path stays.
 */

/**
 * Completes each marked path under `root` to an absolute address on this page's host.
 * @example completeAddresses() // <code data-aw-address>/standards/3.4a/</code> → https://host/standards/3.4a/
 */
export function completeAddresses(root: ParentNode = document): void {
  // A page opened from disk (file:) has no address anyone else could use.
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  for (const element of root.querySelectorAll<HTMLElement>('[data-aw-address]')) {
    const path = element.textContent ?? '';
    if (!path.startsWith('/')) continue;
    element.textContent = new URL(path, location.href).href;
    element.removeAttribute('data-aw-address');
  }
}
