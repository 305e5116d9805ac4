/*
 * "A new version of this site is available — Reload": shown when a new service
 * worker is waiting. Nothing reloads by itself (a person may be typing); the
 * button lets the new worker take over, then reloads this tab.
 */

/**
 * Shows the bar; its button activates the waiting worker and reloads.
 * @example offerUpdate(bar, registration)
 */
export function offerUpdate(bar: HTMLElement, registration: ServiceWorkerRegistration): void {
  const button = bar.querySelector<HTMLButtonElement>('[data-aw-part="reload"]');
  if (!button || !bar.hidden) return;
  bar.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    const waiting = registration.waiting;
    if (!waiting) return window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    // Workbox's workers take over when told so (`skipWaiting: false`).
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}
