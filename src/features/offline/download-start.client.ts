/*
 * "Make this site available offline" (OfflineDownload.astro), on the home pages
 * only: shown once the site's service worker is active (without one, nothing
 * could be kept). The code that downloads (offline-download.client.ts) loads
 * when the button is first pressed. It is built as a script of its own
 * (`?worker&url`: one file, its imports bundled in), so this script imports
 * nothing, not even Vite's preload helper, and Astro inlines it in the page.
 */
import downloadCode from './offline-download.client.ts?worker&url';

const section = document.querySelector<HTMLElement>('[data-aw-island=offline-download]');
void navigator.serviceWorker?.ready.then(() => {
  if (!section) return;
  section.hidden = false;
  section.querySelector<HTMLButtonElement>('[data-aw-part=start]')!.onclick = () => document.head.append(Object.assign(document.createElement('script'), { src: downloadCode }));
});
