/*
 * On every page, so kept to a couple of hundred bytes (tests/budgets.ts; Astro
 * inlines it and the page's CSP carries its hash): registers the site's service
 * worker (scripts/service-worker.ts) once the page has loaded. Once a worker
 * controls the page (at once on later visits; on a first visit when the new
 * worker claims it), it loads site-update.client.ts from the worker's precache:
 * the manifest link and the "new version" bar. So a first visit fetches none of
 * that from the network, and this script imports nothing, not even Vite's
 * preload helper: the other script is built as a file of its own (`?worker&url`).
 */
import siteUpdate from './site-update.client.ts?worker&url';

const workers = navigator.serviceWorker;
const base = import.meta.env.BASE_URL;
const controlled = () => document.head.append(Object.assign(document.createElement('script'), { src: siteUpdate }));

if (workers)
  addEventListener('load', () => {
    void workers.register(`${base}sw.js`, { scope: base }).then(
      () => (workers.controller ? controlled() : workers.addEventListener('controllerchange', controlled, { once: true })),
      // No worker (blocked, or a private window): the site works as before, online.
      () => undefined,
    );
  });
