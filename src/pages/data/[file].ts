import type { APIRoute } from 'astro';
import { buildDataFile } from '../../data/exports';
import { DATA_FILES } from '../../lib/open-data/export';

// The machine-readable files: /data/standards.json, /data/standards.cy.csv and the
// rest, listed in src/lib/open-data/export.ts. One address each, whatever the language.
export function getStaticPaths() {
  return DATA_FILES.map((file) => ({ params: { file: file.name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = DATA_FILES.find((f) => f.name === params.file)!;
  return new Response(await buildDataFile(file.name, site), { headers: { 'content-type': file.contentType } });
};
