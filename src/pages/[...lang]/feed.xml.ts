import type { APIRoute } from 'astro';
import { buildFeed } from '../../data/feed';
import { localeOf, localeParams } from '../../data/routes';

// The Atom feed of new and updated guidance: /feed.xml and /cy/feed.xml.
export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await buildFeed(localeOf(params.lang), site), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
