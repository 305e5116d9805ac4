import { completeAddresses } from './address.client';

/*
 * Shows the copy buttons on a statement page and copies the address or the
 * citation as plain text, saying so in a polite status message. First it
 * completes the page's relative addresses (see address.client.ts), so a
 * statement page needs this one script only.
 */
export function start(): void {
  completeAddresses();
  const root = document.querySelector<HTMLElement>('[data-aw-share]');
  if (!root || !navigator.clipboard) return;
  const status = root.querySelector<HTMLElement>('[data-aw-share-status]')!;
  const messages = JSON.parse(root.querySelector('[data-aw-share-messages]')?.textContent ?? '{}') as { copied: string; failed: string };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-aw-copy]')) {
    const source = root.querySelector<HTMLElement>(`[data-aw-share-text="${button.dataset.awCopy}"]`);
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(source.textContent?.trim() ?? '').then(
        () => (status.textContent = messages.copied),
        () => (status.textContent = messages.failed),
      );
    });
  }
}
