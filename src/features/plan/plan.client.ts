import { findIsland } from '../../islands/island';
import { LocalReviews, problemOf, reviewKeys } from '../../lib/review/local-store';
import { siteBase } from '../../islands/storage-keys';
import { PlanApp } from './app';
import type { PlanPageData } from './server-data';
import { createTranslator } from '../../islands/translator';
import { withDays } from '../../islands/days';

/*
 * "My development plan" in the browser: reads the reviews the review page
 * keeps, draws the plan of the review shown there (`view.ts`, loaded once the
 * page is ready) and saves the person's steps with that review.
 */

function openStorage(): { storage: Storage | null; problem: ReturnType<typeof problemOf> | null } {
  try {
    return { storage: window.localStorage, problem: null };
  } catch (error) {
    return { storage: null, problem: problemOf(error) };
  }
}

async function start(): Promise<void> {
  const island = findIsland<PlanPageData>('plan');
  if (!island || typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  performance.mark('aw-plan:start');
  const { config } = island;
  const { storage, problem } = openStorage();
  const local = new LocalReviews(storage, { known: new Set(Object.keys(config.texts)), renames: config.renames }, problem, reviewKeys(siteBase()));
  const { drawPlan, listenToPlan } = await import('./view');
  const app: PlanApp = new PlanApp(island, withDays(createTranslator(config), config.months), local, () => drawPlan(app));
  listenToPlan(app);
  app.start();
  island.part('nojs').hidden = true;
  island.part('app').hidden = false;
  island.root.dataset['awReady'] = '';
  performance.mark('aw-plan:ready');
}

void start();
