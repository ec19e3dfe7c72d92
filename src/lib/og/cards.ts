// Every preview image the site publishes, with its text, from the content.
import { languages } from '../../i18n/languages';
import { useTranslations } from '../../i18n';
import { listGuides, loadGuide } from '../content/collections';
import { deadlineSentence } from '../countdown/deadline-sentence';
import { ogImagePath } from '../links';
import { typeset } from '../text/typography';
import type { OgCard } from './render';

export async function ogCards(): Promise<{ path: string; card: OgCard }[]> {
  const guides = await listGuides();
  const cards: { path: string; card: OgCard }[] = [];
  for (const lang of languages) {
    const t = useTranslations(lang);
    const siteName = t('site.name');
    cards.push({ path: ogImagePath(lang), card: { kicker: siteName, title: t('home.title'), footer: t('site.tagline'), siteName } });
    for (const entry of guides) {
      const { guide, overview, surfaces } = await loadGuide(entry.id, lang);
      const { platform } = guide.data;
      const footer = deadlineSentence(lang, guide.data);
      cards.push({ path: ogImagePath(lang, entry.id), card: { kicker: platform, title: typeset(overview.contentLang, overview.data.title), footer, siteName } });
      for (const { surface, steps } of surfaces) {
        for (const step of steps) {
          const position = t('share.position', { n: step.data.order, total: steps.length, surface: t(`share.where.${surface}`) });
          cards.push({ path: ogImagePath(lang, entry.id, step.anchor), card: { kicker: `${platform} · ${position}`, title: typeset(step.contentLang, step.data.title), footer, siteName } });
        }
      }
    }
  }
  return cards;
}
