import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/robots';

// robots.txt: everything may be crawled; the sitemap's address when the site's is known.
export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
