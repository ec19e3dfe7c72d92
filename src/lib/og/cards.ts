// Every preview image the site publishes, with its text, from the content.
import { defaultLang, languages, publishedLanguages, siteLangs } from '../../i18n/languages';
import { useTranslations } from '../../i18n';
import { listGuides, loadGuide } from '../guide/collections';
import { statusSentence } from '../guide/status-sentence';
import { typeset } from '../text/typography';
import { ogImagePath, rootOgImagePath } from '../links';
import type { OgCard } from './render';
import { siteSettings } from '../site/settings';
import { localized } from '../languages/site';

export async function ogCards(): Promise<{ path: string; card: OgCard }[]> {
  const guides = await listGuides();
  const cards: { path: string; card: OgCard }[] = [];
  const site = siteSettings();
  // The chooser's image speaks every published language, the default one first.
  const others = publishedLanguages.filter((lang) => lang !== defaultLang);
  const tagline = (lang: string) => typeset(localized(site.tagline, lang).lang, localized(site.tagline, lang).text);
  // The kicker names the languages in themselves ("Français · English · Deutsch") and the brand line
  // gives the site's name in the default language: when both named the site in every language, a
  // third language's lines pushed the taglines off the card.
  const languageNames = publishedLanguages.map((lang) => siteLangs.entry(lang).name).join(' · ');
  const siteName = localized(site.name, defaultLang).text;
  cards.push({ path: rootOgImagePath, card: { lang: defaultLang, kicker: languageNames, title: tagline(defaultLang), footer: others.map(tagline).join(' '), siteName } });
  for (const lang of languages) {
    const t = useTranslations(lang);
    const siteName = localized(site.name, lang).text;
    cards.push({ path: ogImagePath(lang), card: { lang, kicker: siteName, title: siteName, footer: tagline(lang), siteName } });
    for (const entry of guides) {
      const { guide, overview, surfaces } = await loadGuide(entry.id, lang);
      const { platform } = guide.data;
      const footer = statusSentence(lang, guide.data, guide.state);
      cards.push({ path: ogImagePath(lang, entry.id), card: { lang, kicker: platform, title: typeset(overview.contentLang, overview.data.title), footer, siteName } });
      for (const { where, steps } of surfaces) {
        for (const step of steps) {
          const position = t('share.position', { n: step.data.order, total: steps.length, surface: where.text });
          cards.push({ path: ogImagePath(lang, entry.id, step.anchor), card: { lang, kicker: `${platform} · ${position}`, title: typeset(step.contentLang, step.data.title), footer, siteName } });
        }
      }
    }
  }
  return cards;
}
