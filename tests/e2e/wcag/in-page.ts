/*
 * Checks that run inside the page, each in one `page.evaluate` so a page is
 * measured in a single round trip. Playwright sends each function's source to
 * the browser, so every function here is self-contained: no imports, no
 * helpers from outside its own body.
 */

/** A problem found on the page: what and where, for the test's message. */
export type Finding = string;

/**
 * Reflow (1.4.10): the page is no wider than the window. Lists the elements that
 * stick out, widest first, so a failure says what to fix.
 */
export function reflowProblems(): Finding[] {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
  const sticking = [...document.querySelectorAll('body *')]
    .map((e) => ({ e, right: e.getBoundingClientRect().right + window.scrollX }))
    .filter(({ right }) => right > width + 0.5)
    .sort((a, b) => b.right - a.right)
    .slice(0, 5)
    .map(({ e, right }) => `${describe(e)} reaches ${Math.round(right)} px`);
  return [`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window: ${sticking.join('; ')}`];
}

/**
 * Target size (2.5.8): every link, button and form control is at least 24 × 24
 * CSS px, or its 24 px circle touches no other target (the spacing exception).
 * Links inside a sentence are exempt (the inline exception), as are targets the
 * page has hidden or moved off screen.
 */
export function targetSizeProblems(): Finding[] {
  const MIN = 24;
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const describe = (e: Element) => `${e.tagName.toLowerCase()} “${(e.textContent || e.getAttribute('aria-label') || (e as HTMLInputElement).name || '').trim().slice(0, 40)}”`;
  const isHidden = (e: Element) => {
    for (let n: Element | null = e; n; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (s.visibility === 'hidden' || s.clipPath === 'inset(50%)' || s.getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)') return true;
    }
    return false;
  };
  // A link is inline in a sentence when it flows in text that is not itself a link.
  const inSentence = (e: Element) => {
    if (e.tagName !== 'A' || getComputedStyle(e).display !== 'inline') return false;
    let block = e.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return false;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.parentElement?.closest('a') && /\p{L}/u.test(text.textContent ?? '')) return true;
    }
    return false;
  };
  // A box checked or chosen through its label: the label is the target a finger uses.
  const shownBy = (e: Element): Element => {
    const input = e as HTMLInputElement;
    return (['checkbox', 'radio'].includes(input.type) ? input.labels?.[0] : undefined) ?? e;
  };
  const docHeight = document.documentElement.scrollHeight;
  const targets = [...document.querySelectorAll(selector)]
    .filter((e) => !(e as HTMLElement).closest('[inert]') && e.checkVisibility() && !isHidden(e))
    // The box, and its pieces when a link wraps from one line to the next.
    .map((e) => ({ e, box: shownBy(e).getBoundingClientRect(), pieces: [...shownBy(e).getClientRects()], inline: inSentence(e) }))
    .filter(({ box }) => box.bottom + window.scrollY > 0 && box.top + window.scrollY < docHeight && box.right > -1);
  const small = targets.filter((t) => !t.inline && (t.box.width < MIN - 0.5 || t.box.height < MIN - 0.5));
  const centre = (b: DOMRect) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
  const distanceToBox = (p: { x: number; y: number }, b: DOMRect) => Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));
  const problems: Finding[] = [];
  for (const t of small) {
    const c = centre(t.box);
    const crowded = targets.find((o) => {
      if (o === t || o.e.contains(t.e) || t.e.contains(o.e)) return false;
      if (o.box.width === 0 || o.box.height === 0) return false;
      const undersized = small.includes(o);
      return undersized ? Math.hypot(centre(o.box).x - c.x, centre(o.box).y - c.y) < MIN - 0.5 : Math.min(...o.pieces.map((b) => distanceToBox(c, b))) < MIN / 2 - 0.5;
    });
    if (crowded) problems.push(`${describe(t.e)} is ${Math.round(t.box.width)} × ${Math.round(t.box.height)} px and too close to ${describe(crowded.e)}`);
  }
  return problems;
}

/**
 * Renders what the browser leaves unrendered while it is off screen
 * (`content-visibility: auto`, the review's cards): such content keeps the size
 * it last had (at another width or zoom) until it is scrolled to, so it is
 * rendered before measuring: what is measured is what a reader sees once it is
 * on screen. A constructed style sheet, since the page's Content-Security-Policy
 * allows no injected <style>.
 */
export function renderOffScreenContent(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Text spacing (1.4.12): applies the criterion's spacing to every element, as a
 * reader's style sheet or bookmarklet would (see renderOffScreenContent for why
 * off-screen content is rendered too).
 */
export function applyTextSpacing(): void {
  // Self-contained: page.evaluate sends only this function's own text.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; content-visibility: visible !important; }
    p { margin-bottom: 2em !important; }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Text that is cut off or overlaps other text (1.4.12, and 1.4.4 at 200% zoom):
 * an element that hides its overflow while its text needs more room, or two
 * lines of text drawn over each other.
 */
export function clippedOrOverlappingText(): Finding[] {
  const describe = (e: Element) =>
    `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''} “${(e.textContent ?? '').trim().slice(0, 40)}”`;
  const hiddenCache = new Map<Element, boolean>();
  // Visually hidden text (for screen readers) is clipped on purpose.
  const visuallyHidden = (e: Element | null): boolean => {
    if (!e) return false;
    const cached = hiddenCache.get(e);
    if (cached !== undefined) return cached;
    const s = getComputedStyle(e);
    const box = e.getBoundingClientRect();
    const hidden =
      s.clipPath === 'inset(50%)' ||
      s.getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)' ||
      s.visibility === 'hidden' ||
      (box.width <= 1 && box.height <= 1 && s.overflow === 'hidden') ||
      visuallyHidden(e.parentElement);
    hiddenCache.set(e, hidden);
    return hidden;
  };
  const problems: Finding[] = [];
  const skip = 'script, style, noscript, template, select, option, textarea, svg';
  for (const e of document.querySelectorAll<HTMLElement>('body *')) {
    if (e.matches(skip) || !e.textContent?.trim() || !e.checkVisibility() || visuallyHidden(e)) continue;
    const s = getComputedStyle(e);
    const clipsX = ['hidden', 'clip'].includes(s.overflowX);
    const clipsY = ['hidden', 'clip'].includes(s.overflowY);
    if ((clipsX && e.scrollWidth > e.clientWidth + 1) || (clipsY && e.scrollHeight > e.clientHeight + 1)) {
      problems.push(`${describe(e)} cuts off its text (${e.scrollWidth} × ${e.scrollHeight} px of text in ${e.clientWidth} × ${e.clientHeight} px)`);
    }
  }
  // Every line of text on the page, then any two from different text nodes that cross.
  const lines: { node: Text; box: DOMRect }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || parent.closest(skip) || !parent.checkVisibility() || visuallyHidden(parent)) continue;
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) if (box.width > 1 && box.height > 1) lines.push({ node, box });
  }
  lines.sort((a, b) => a.box.top - b.box.top);
  const TOLERANCE = 2;
  for (let i = 0; i < lines.length && problems.length < 10; i += 1) {
    const a = lines[i]!;
    for (let j = i + 1; j < lines.length && lines[j]!.box.top < a.box.bottom - TOLERANCE; j += 1) {
      const b = lines[j]!;
      if (b.node === a.node) continue;
      const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (across > TOLERANCE && down > TOLERANCE) {
        problems.push(`“${a.node.textContent.trim().slice(0, 30)}” overlaps “${b.node.textContent.trim().slice(0, 30)}”`);
        break;
      }
    }
  }
  return problems;
}

/**
 * Controls cut off (1.4.4 at 200% zoom): every visible link, button and form
 * control lies inside the window across, and no ancestor that hides its
 * overflow cuts it off. Controls in a box that scrolls (a wide table) are
 * reachable by scrolling it, so they count as shown.
 */
export function controlsCutOff(): Finding[] {
  const describe = (e: Element) => `${e.tagName.toLowerCase()} “${(e.textContent || e.getAttribute('aria-label') || (e as HTMLInputElement).name || '').trim().slice(0, 40)}”`;
  const problems: Finding[] = [];
  for (const e of document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
    if (!e.checkVisibility() || e.closest('[inert]')) continue;
    const hidden = (n: Element) => {
      const s = getComputedStyle(n);
      return s.visibility === 'hidden' || s.clipPath === 'inset(50%)' || s.getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)';
    };
    let visuallyHidden = false;
    for (let n: Element | null = e; n && !visuallyHidden; n = n.parentElement) visuallyHidden = hidden(n);
    if (visuallyHidden) continue;
    const box = e.getBoundingClientRect();
    // Off the top of the page on purpose: the skip link until it has focus.
    if (box.bottom + window.scrollY < 0) continue;
    let scrolls = false;
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      const as = getComputedStyle(a);
      if (['auto', 'scroll'].includes(as.overflowX)) {
        scrolls = true;
        break;
      }
      if (['hidden', 'clip'].includes(as.overflowX) || ['hidden', 'clip'].includes(as.overflowY)) {
        const r = a.getBoundingClientRect();
        if (box.left < r.left - 1 || box.right > r.right + 1 || box.top < r.top - 1 || box.bottom > r.bottom + 1) {
          problems.push(`${describe(e)} is cut off by its container`);
          break;
        }
      }
    }
    if (!scrolls && (box.left < -1 || box.right > document.documentElement.clientWidth + 1)) problems.push(`${describe(e)} is partly outside the window`);
  }
  return problems;
}
