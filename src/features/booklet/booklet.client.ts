import { findIsland } from '../../islands/island';

/*
 * The booklet's one enhancement: a Print button (the page already says how to
 * print without it), and the booklet's own address on its cover, which the
 * build cannot know wherever the site is hosted.
 */

/** The address of this page without its query or fragment: what a printed copy should point back to. */
export function ownAddress(location: Pick<Location, 'href'>): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}

export function start(): void {
  const island = findIsland<Record<string, never>>('booklet');
  if (!island) return;
  for (const address of island.parts('address')) address.textContent = ownAddress(window.location);
  const button = island.part<HTMLButtonElement>('print');
  button.addEventListener('click', () => window.print());
  button.hidden = false;
}
