import type { APIRoute } from 'astro';
import { DATA_FILES } from '../../data/exports';

// The machine-readable files: /data/standards.json, /data/standards.cy.csv and the
// rest, listed in src/data/exports.ts. One address each, whatever the language.
export function getStaticPaths() {
  return DATA_FILES.map((file) => ({ params: { file: file.name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = DATA_FILES.find((f) => f.name === params.file)!;
  return new Response(await file.build(site), { headers: { 'content-type': file.contentType } });
};
