import type { APIRoute } from 'astro';
import { buildFeed } from '../../data/feed';
import { localeParams } from '../../data/routes';
import { pageLocale } from '../../lib/locales/locales';

// The Atom feed of new and updated guidance: /feed.xml and /cy/feed.xml.
export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async (context) => new Response(await buildFeed(pageLocale(context), context.site), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
