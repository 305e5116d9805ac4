import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  caseStudySchema,
  continuumSchema,
  keyAreaSchema,
  pageSchema,
  pathwaySchema,
  recommendationSchema,
  sourceSchema,
} from './schemas/content';
import { glossaryTermSchema } from './schemas/glossary';

/*
 * The content collections. Content lives in `content/<locale>/<collection>/` so an
 * entry has the same relative path in each language; its id is `<locale>/<name>`.
 * The fields are defined once, in src/schemas/content.ts.
 */

/** Loads `content/*\/<folder>/*.<ext>`, with ids such as `en/rct-aspiring-leaders`. */
function localised(folder: string, ext = 'mdx') {
  return glob({
    base: './content',
    pattern: `*/${folder}/*.${ext}`,
    generateId: ({ entry }) => {
      const [locale, , name] = entry.split('/');
      return `${locale}/${name!.replace(/\.[^.]+$/, '')}`;
    },
  });
}

export const collections = {
  keyAreas: defineCollection({ loader: localised('key-areas'), schema: keyAreaSchema }),
  caseStudies: defineCollection({ loader: localised('case-studies'), schema: caseStudySchema }),
  recommendations: defineCollection({ loader: localised('recommendations'), schema: recommendationSchema }),
  pages: defineCollection({ loader: localised('pages'), schema: pageSchema }),
  pathways: defineCollection({ loader: localised('pathways'), schema: pathwaySchema }),
  continuum: defineCollection({
    loader: glob({ base: './content', pattern: '*/continuum.yaml', generateId: ({ entry }) => `${entry.split('/')[0]}/continuum` }),
    schema: continuumSchema,
  }),
  sources: defineCollection({ loader: glob({ base: './content/sources', pattern: '*.yaml' }), schema: sourceSchema }),
  glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryTermSchema }),
};
