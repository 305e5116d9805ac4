/*
 * What a page does once the site's service worker controls it (loaded by
 * register.client.ts, then always from the worker's precache, so it costs no
 * visit anything from the network; built as one classic script, `?worker&url`):
 * - links the language's web app manifest (also precached);
 * - adds the bar "A new version of this site is available — Reload", shown
 *   when a new worker is waiting (a new build; the first install is not one).
 *   Nothing reloads until the person chooses Reload, which lets the new worker
 *   take over (Workbox's workers wait to be told: `skipWaiting: false`) and
 *   then reloads this tab.
 */
import { offline as cy } from '../../i18n/cy/offline';
import { offline as en } from '../../i18n/en/offline';

const workers = navigator.serviceWorker;
const base = import.meta.env.BASE_URL;
const welsh = document.documentElement.lang === 'cy';
const strings = welsh ? cy : en;

function addBar(): HTMLElement {
  const bar = Object.assign(document.createElement('div'), { className: 'aw-width-container', hidden: true });
  bar.dataset['awIsland'] = 'site-update';
  bar.setAttribute('role', 'status');
  const text = Object.assign(document.createElement('p'), { className: 'aw-notice', textContent: `${strings['offline.update.text']} ` });
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'aw-button', textContent: strings['offline.update.reload'] });
  button.dataset['awPart'] = 'reload';
  text.append(button);
  bar.append(text);
  // At the top of the page, before the site's header: the first thing after the skip link.
  const header = document.querySelector('body > header');
  if (header) header.before(bar);
  else document.body.prepend(bar);
  return bar;
}

function offerUpdates(registration: ServiceWorkerRegistration, bar: HTMLElement): void {
  const offer = () => {
    if (registration.waiting && workers.controller) bar.hidden = false;
  };
  offer();
  registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offer));
  bar.querySelector('button')!.addEventListener('click', (event) => {
    (event.currentTarget as HTMLButtonElement).disabled = true;
    workers.addEventListener('controllerchange', () => location.reload());
    if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  });
}

if (!document.querySelector('[data-aw-island="site-update"]')) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: `${base}${welsh ? 'cy/' : ''}manifest.webmanifest` }));
  const bar = addBar();
  void workers.getRegistration(base).then((registration) => registration && offerUpdates(registration, bar));
}
