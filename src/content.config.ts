// Astro collections over content/. The schemas come from src/lib/content/schemas.ts;
// ids keep the path (<guide>/<lang>/<kind>/<id>), parsed back by lib/content/entries.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { publishedGuideIds } from './lib/content/drafts';
import { contentDir } from './lib/content/location';
import { dataCategorySchema, faqSchema, guideSchema, legalSchema, overviewSchema, stepSchema, timelineSchema } from './lib/content/schemas';

const base = contentDir();
// Drafts are left out here, so no page, API entry or feed item can reach them.
const published = publishedGuideIds(base);
const inGuides = (pattern: string) => (published.length ? published.map((guide) => `${guide}/${pattern}`) : [`.none/${pattern}`]);
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');
const kind = (folder: string) => glob({ base, pattern: inGuides(`*/${folder}/*.mdx`), generateId: pathId });

export const collections = {
  guides: defineCollection({ loader: glob({ base, pattern: inGuides('guide.yaml'), generateId: ({ entry }) => entry.split('/')[0] ?? entry }), schema: guideSchema }),
  timelines: defineCollection({ loader: glob({ base, pattern: inGuides('timeline.yaml'), generateId: ({ entry }) => entry.split('/')[0] ?? entry }), schema: timelineSchema }),
  overviews: defineCollection({ loader: glob({ base, pattern: inGuides('*/overview.mdx'), generateId: pathId }), schema: overviewSchema }),
  steps: defineCollection({ loader: kind('steps'), schema: stepSchema }),
  data: defineCollection({ loader: kind('data'), schema: dataCategorySchema }),
  exclusions: defineCollection({ loader: kind('exclusions'), schema: dataCategorySchema }),
  legal: defineCollection({ loader: kind('legal'), schema: legalSchema }),
  faq: defineCollection({ loader: kind('faq'), schema: faqSchema }),
};
