// Astro collections over content/, filled from the one validated read of it
// (src/lib/pipeline/loader.ts). The schemas come from src/lib/content/schemas.ts and
// give the collections their types; drafts are left out, so no page, API entry or
// feed item can reach them.
import { defineCollection } from 'astro:content';
import { contentDir } from './lib/content-dir';
import { contentLoader } from './lib/pipeline/loader';
import { dataCategorySchema, faqSchema, guideSchema, guideTimelineSchema, legalSchema, overviewSchema, stepSchema } from './lib/content/schemas';

const dir = contentDir();

export const collections = {
  guides: defineCollection({ loader: contentLoader('guides', dir), schema: guideSchema }),
  timelines: defineCollection({ loader: contentLoader('timelines', dir), schema: guideTimelineSchema }),
  overviews: defineCollection({ loader: contentLoader('overviews', dir), schema: overviewSchema }),
  steps: defineCollection({ loader: contentLoader('steps', dir), schema: stepSchema }),
  data: defineCollection({ loader: contentLoader('data', dir), schema: dataCategorySchema }),
  exclusions: defineCollection({ loader: contentLoader('exclusions', dir), schema: dataCategorySchema }),
  legal: defineCollection({ loader: contentLoader('legal', dir), schema: legalSchema }),
  faq: defineCollection({ loader: contentLoader('faq', dir), schema: faqSchema }),
};
