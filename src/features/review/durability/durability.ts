import type { ReviewApp, Screen } from '../app';
import { h } from '../../../islands/dom';
import { lastExport } from './export-record';
import { isSafariEngine, REMIND_AFTER_DAYS, storageStatus } from './storage-status';
import { offlineTranslator } from './strings';

/*
 * "Where your reviews are kept", at the top of "Print, export and import":
 * how safe the reviews are in this browser (kept for good, or may be cleared),
 * Add to Home Screen on Safari, when they were last exported, and a reminder
 * when changes have waited too long for an export. The browser is asked to keep
 * the site's storage for good (`navigator.storage.persist()`) once there is a
 * review to keep. Loaded once the review has been drawn (review.client.ts).
 */

/**
 * The screen: draws the status on every change, and asks for persistent storage once.
 * @example app.mount(durabilityScreen(app))
 */
export function durabilityScreen(app: ReviewApp): Screen {
  const t = offlineTranslator();
  const box = h('div', { class: 'aw-notice', 'data-aw-part': 'durability' });
  app.part('keep-heading').after(box);
  let persisted = false;
  let asked = false;
  const installed = window.matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
  const draw = () => {
    const reviews = app.state.store.reviews;
    const lastChange = reviews.reduce<string | null>((latest, r) => (latest === null || r.updated > latest ? r.updated : latest), null);
    const exported = lastExport();
    const status = storageStatus({ persisted, installed, safari: isSafariEngine(navigator.userAgent), lastExport: exported, lastChange, now: new Date() });
    const date = exported ? new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'long' }).format(new Date(exported)) : '';
    box.replaceChildren(
      h('h3', {}, t('offline.durability.heading')),
      h('p', {}, t(status.safety === 'kept' ? 'offline.durability.kept' : 'offline.durability.mayClear')),
      status.explainInstall ? h('p', {}, t('offline.durability.safari')) : '',
      h('p', {}, exported ? t('offline.durability.lastExport', { date }) : t('offline.durability.neverExported')),
      status.remind ? h('p', { class: 'aw-review__remind' }, h('strong', {}, t('offline.durability.remind', { days: REMIND_AFTER_DAYS }))) : '',
    );
  };
  const storage = navigator.storage as StorageManager | undefined;
  void storage
    ?.persisted?.()
    .then((value) => {
      persisted = value;
      draw();
    })
    .catch(() => undefined);
  return (state) => {
    draw();
    if (asked || state.store.reviews.length === 0 || !storage?.persist) return;
    asked = true;
    // Asked when there is first something to keep; browsers may grant it without asking the person.
    void storage
      .persist()
      .then((granted) => {
        persisted = granted;
        draw();
      })
      .catch(() => undefined);
  };
}
