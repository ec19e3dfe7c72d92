// The published guides and the countdown strings, as the widget bundle carries them.
import { intlLocale, resources } from '../../i18n';
import { languages } from '../../i18n/languages';
import type { WidgetData } from '../../widget/data';
import { listGuides } from '../content/collections';
import { absoluteUrl, anchorPath } from '../links';

export async function widgetData(site: URL): Promise<WidgetData> {
  const guides = await listGuides();
  return {
    strings: Object.fromEntries(languages.map((lang) => [lang, { ...resources[lang].countdown, locale: intlLocale[lang] }])),
    guides: Object.fromEntries(
      guides.map((guide) => [
        guide.id,
        {
          date: guide.data.deadline.date,
          instant: guide.data.deadline.instant,
          langs: Object.fromEntries(languages.map((lang) => [lang, absoluteUrl(anchorPath(lang, guide.id, 'steps'), site)])),
        },
      ]),
    ),
  };
}
