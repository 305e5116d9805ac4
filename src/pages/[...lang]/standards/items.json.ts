import type { APIRoute } from 'astro';
import { getStandards } from '../../../data/content';
import { localeParams } from '../../../data/routes';
import { pageLocale } from '../../../lib/locales/locales';

// Every statement and action's number and text in one language, for the
// standards filter of the other language: it fetches this only when a query
// matches nothing on its own page, to offer matches in this language instead.
export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async (context) => {
  const standards = await getStandards(pageLocale(context));
  const items = standards.items.map((item) => ({ number: item.number, text: item.text, area: item.area, group: item.group }));
  return new Response(JSON.stringify(items), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
