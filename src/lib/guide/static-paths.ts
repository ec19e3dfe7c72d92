// getStaticPaths of the routes with pages per guide: one per language, or one per
// language and step. Each path carries its guide's pages key (page-key.ts), so that
// Astro's incremental build reuses the pages of every guide that did not change.
import { languages } from '../../i18n/languages';
import { listGuides, loadGuide } from './collections';
import { guidePagesKey } from './page-key';

/** One page per guide and language. */
export async function guideLangPaths() {
  const guides = await Promise.all((await listGuides()).map(async (guide) => ({ id: guide.id, cacheKey: await guidePagesKey(guide.id) })));
  return languages.flatMap((lang) => guides.map(({ id, cacheKey }) => ({ params: { lang, guide: id }, cacheKey })));
}

/** One page per guide, language and step (a step is named by its anchor). */
export async function guideStepPaths() {
  const paths = [];
  for (const { params, cacheKey } of await guideLangPaths()) {
    const { surfaces } = await loadGuide(params.guide, params.lang);
    for (const { steps } of surfaces) for (const step of steps) paths.push({ params: { ...params, step: step.anchor }, cacheKey });
  }
  return paths;
}
