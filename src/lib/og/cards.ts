// Every preview image the site publishes, with its text, from the content.
import { languages } from '../../i18n/languages';
import { useTranslations } from '../../i18n';
import { listGuides, loadGuide } from '../content/collections';
import { statusSentence } from '../guide/status-sentence';
import { typeset } from '../text/typography';
import { ogImagePath, rootOgImagePath } from '../links';
import type { OgCard } from './render';
import { siteSettings } from '../site/settings';

export async function ogCards(): Promise<{ path: string; card: OgCard }[]> {
  const guides = await listGuides();
  const cards: { path: string; card: OgCard }[] = [];
  const site = siteSettings();
  const [first, ...others] = languages;
  const names = languages.map((lang) => site.name[lang]).join(' · ');
  cards.push({ path: rootOgImagePath, card: { kicker: names, title: site.tagline[first], footer: others.map((lang) => site.tagline[lang]).join(' '), siteName: names } });
  for (const lang of languages) {
    const t = useTranslations(lang);
    const siteName = site.name[lang];
    cards.push({ path: ogImagePath(lang), card: { kicker: siteName, title: siteName, footer: site.tagline[lang], siteName } });
    for (const entry of guides) {
      const { guide, overview, surfaces } = await loadGuide(entry.id, lang);
      const { platform } = guide.data;
      const footer = statusSentence(lang, guide.data, guide.state);
      cards.push({ path: ogImagePath(lang, entry.id), card: { kicker: platform, title: typeset(overview.contentLang, overview.data.title), footer, siteName } });
      for (const { where, steps } of surfaces) {
        for (const step of steps) {
          const position = t('share.position', { n: step.data.order, total: steps.length, surface: where });
          cards.push({ path: ogImagePath(lang, entry.id, step.anchor), card: { kicker: `${platform} · ${position}`, title: typeset(step.contentLang, step.data.title), footer, siteName } });
        }
      }
    }
  }
  return cards;
}
