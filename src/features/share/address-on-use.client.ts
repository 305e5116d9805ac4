import { completeAddresses } from './address.client';

/*
 * Completes the page's relative addresses (address.client.ts) at the first
 * touch, click or key press, before anyone can select or copy them, and not on
 * load: text that grew as the page loaded would move under a reader's eyes
 * (layout shift) and hold up the first paint.
 */

const FIRST_USE = ['pointerdown', 'keydown', 'focusin', 'copy'] as const;

/**
 * Listens for the first use of the page, then completes its addresses once.
 * @example completeOnFirstUse(); // a tap anywhere: <code data-aw-address>/standards/3.4a/</code> → https://host/standards/3.4a/
 */
export function completeOnFirstUse(): void {
  const complete = () => {
    for (const type of FIRST_USE) document.removeEventListener(type, complete, true);
    completeAddresses();
  };
  for (const type of FIRST_USE) document.addEventListener(type, complete, true);
}
