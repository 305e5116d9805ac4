import type { Page } from '@playwright/test';
import type { Finding } from './in-page';

/*
 * Tabs through a whole page as a keyboard user does (2.1.1, 2.1.2, 2.4.7,
 * 2.4.11). Before the walk, how every focusable element looks unfocused is
 * noted; then a listener in the page inspects each element as the Tab key
 * focuses it: it must look different (itself, its label, or the element beside
 * or around it that draws its focus) and not be wholly covered by other
 * content. The listener does the measuring, so each Tab costs one key press and
 * no round trip.
 */

interface Walk {
  listener?: (event: FocusEvent) => void;
  first: Element | null;
  seen: Set<Element>;
  done: boolean;
  problems: string[];
}

declare global {
  interface Window {
    awFocusWalk?: Walk;
  }
}

/** Sets up the listener and puts the keyboard at the top of the page; returns how many elements take focus. */
function prepare(): number {
  const props = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color', 'border-top-color', 'text-decoration-line', 'text-decoration-thickness'];
  const snapshot = (e: Element) => {
    const s = getComputedStyle(e);
    return props.map((p) => s.getPropertyValue(p)).join('|');
  };
  const relatedTo = (e: Element) => [e, e.parentElement, e.nextElementSibling, ...((e as HTMLInputElement).labels ?? [])].filter((r): r is Element => !!r);
  const focusable = [...document.querySelectorAll<HTMLElement>('*')].filter((e) => e.tabIndex >= 0);
  const before = new Map<Element, string>();
  for (const e of focusable) for (const r of relatedTo(e)) if (!before.has(r)) before.set(r, snapshot(r));
  if (window.awFocusWalk?.listener) document.removeEventListener('focusin', window.awFocusWalk.listener);
  const walk: Walk = { first: null, seen: new Set(), done: false, problems: [] };
  window.awFocusWalk = walk;

  const inspect = (e: Element): string | undefined => {
    const name = `${e.tagName.toLowerCase()} “${(e.textContent || e.getAttribute('aria-label') || (e as HTMLInputElement).name || '').trim().slice(0, 40)}”`;
    if (walk.seen.has(e)) {
      walk.done = true;
      return `the Tab key came back to ${name} before reaching the end of the page (a keyboard trap)`;
    }
    walk.seen.add(e);
    // \`some\` stops at the first that changed: usually the element itself.
    if (!relatedTo(e).some((r) => before.has(r) && before.get(r) !== snapshot(r))) return `${name} looks the same with and without focus`;
    // Where the browser will scroll it to, at the latest: into view.
    e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = e.getBoundingClientRect();
    const [left, right] = [Math.max(box.left, 0), Math.min(box.right, window.innerWidth)];
    const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, window.innerHeight)];
    if (right - left < 1 || bottom - top < 1) return `${name} has focus but is off screen`;
    // The middle first: where it shows, no other point need be tried.
    const points = [
      [(left + right) / 2, (top + bottom) / 2],
      [left + 1, top + 1],
      [right - 1, top + 1],
      [left + 1, bottom - 1],
      [right - 1, bottom - 1],
    ] as const;
    const labels = [...((e as HTMLInputElement).labels ?? [])];
    const shows = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return !!hit && (e.contains(hit) || labels.some((l) => l.contains(hit)));
    });
    return shows ? undefined : `${name} has focus but is covered by other content`;
  };
  const listener = (event: FocusEvent) => {
    const e = event.target as Element;
    // Past the last element the focus leaves the page; back at the first, the walk has gone round.
    if (walk.done || e === walk.first) {
      walk.done = true;
      return;
    }
    walk.first ??= e;
    const problem = inspect(e);
    if (problem && walk.problems.length < 10) walk.problems.push(problem);
  };
  // Focus the body for a moment so that the next Tab starts from the top of the page.
  document.body.tabIndex = -1;
  document.body.focus();
  document.body.removeAttribute('tabindex');
  walk.listener = listener;
  document.addEventListener('focusin', listener);
  return focusable.length;
}

/** What the walk found, and the visible links and controls it never reached (a radio group counts once, as the keyboard treats it). */
function results(): Finding[] {
  const walk = window.awFocusWalk!;
  const reachedGroups = new Set([...walk.seen].flatMap((e) => ((e as HTMLInputElement).type === 'radio' ? [(e as HTMLInputElement).name] : [])));
  const unreached = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary')]
    .filter((e) => !walk.seen.has(e) && e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && !e.closest('[inert]'))
    .filter((e) => e.checkVisibility({ visibilityProperty: true }))
    .filter((e) => !((e as HTMLInputElement).type === 'radio' && reachedGroups.has((e as HTMLInputElement).name)))
    .map((e) => `the Tab key never reached ${e.tagName.toLowerCase()} “${(e.textContent || (e as HTMLInputElement).name || '').trim().slice(0, 40)}”`);
  const left = walk.done || document.activeElement === document.body ? [] : ['the Tab key never left the page'];
  return [...walk.problems, ...left, ...unreached.slice(0, 5)];
}

/**
 * Tabs from the top of the page to the end and out, and returns what went wrong.
 * @example expect.soft(await walkFocus(page)).toEqual([]);
 */
export async function walkFocus(page: Page): Promise<Finding[]> {
  const focusable = await page.evaluate(prepare);
  // Each focusable element once, and two more Tabs: out of the page and back to its start.
  // The key presses go straight to Chromium, all at once: it handles them in order,
  // and the listener in the page does the measuring, so no press waits on the last.
  const cdp = await page.context().newCDPSession(page);
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  const presses = Array.from({ length: focusable + 2 }, () => [cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }), cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key })]);
  await Promise.all(presses.flat());
  await cdp.detach();
  return page.evaluate(results);
}
