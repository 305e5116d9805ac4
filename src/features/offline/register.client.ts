/*
 * On every page, so kept to a few hundred bytes (tests/budgets.ts): registers
 * the site's service worker (scripts/service-worker.ts) once the page has
 * loaded, and then
 * - once a worker controls the page, links the language's web app manifest (it
 *   is in the worker's precache, so it costs a first visit nothing);
 * - when a new worker is waiting while another controls the page (a new build;
 *   the first install is not one), shows "A new version of this site is
 *   available — Reload". Nothing reloads until the person chooses Reload, which
 *   lets the new worker take over (Workbox's workers wait to be told:
 *   `skipWaiting: false`) and then reloads this tab;
 *
 * It imports nothing, not even Vite's preload helper: Astro inlines it in each
 * page, and the page's CSP carries its hash (src/integrations/first-paint/).
 * The theme colour and icons are in the manifest, not in every page's head.
 */

const workers = navigator.serviceWorker;
const base = import.meta.env.BASE_URL;
const bar = document.querySelector<HTMLElement>('[data-aw-island=site-update]');

async function start(bar: HTMLElement): Promise<void> {
  // No worker (blocked, or a private window): the site works as before, online.
  const registration = await workers.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  if (!registration) return;
  let linked = false;
  const check = () => {
    if (!workers.controller) return;
    // The language's manifest: /manifest.webmanifest, or /cy/manifest.webmanifest for a Welsh page.
    if (!linked) document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: `${base}${document.documentElement.lang === 'cy' ? 'cy/' : ''}manifest.webmanifest` }));
    linked = true;
    if (registration.waiting) bar.hidden = false;
  };
  check();
  workers.oncontrollerchange = check;
  registration.onupdatefound = () => (registration.installing!.onstatechange = check);
  // The bar's one button, Reload.
  bar.querySelector('button')!.onclick = () => {
    workers.oncontrollerchange = () => location.reload();
    if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  };
}

if (bar && workers) addEventListener('load', () => void start(bar));
