/*
 * Registers the site's service worker (scripts/service-worker.ts) once the page
 * has loaded, and shows the "new version" bar when a new worker is waiting; the
 * bar's code is loaded only then. Kept tiny: it runs on every page.
 */
const bar = document.querySelector<HTMLElement>('[data-aw-island="site-update"]');
const base = import.meta.env.BASE_URL;

if (bar && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(
      (registration?: ServiceWorkerRegistration) => {
        // Where workers are blocked, some browsers resolve with nothing.
        if (!registration) return;
        // A worker waiting while another controls the page is a new version; the first install is not.
        const offer = () => registration.waiting && navigator.serviceWorker.controller && void import('./update-prompt').then((m) => m.offerUpdate(bar, registration));
        offer();
        registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offer));
      },
      // No worker (blocked, or a private window): the site works as before, online.
      () => undefined,
    );
  });
}
