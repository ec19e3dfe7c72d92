// The published guides and the countdown strings, as the widget bundle carries them.
import { intlLocale, useTranslations } from '../../i18n';
import { defaultLang, languages } from '../../i18n/languages';
import { localeKeys } from '../languages/locales';
import { stepsUrl, type CountdownStrings, type WidgetData } from './widget-payload';
import { announcedDate } from '../countdown/deadline';
import { listGuides } from '../guide/collections';
import { hasCountdown } from '../guide/status';
import { absoluteUrl, anchorPath } from '../links';

const COUNTDOWN = 'countdown.';

/** The countdown strings of a language, as its pages show them (a draft's missing ones from its chain). */
function countdownStrings(lang: string): CountdownStrings {
  const t = useTranslations(lang);
  const keys = localeKeys.filter((key) => key.startsWith(COUNTDOWN));
  return { ...Object.fromEntries(keys.map((key) => [key.slice(COUNTDOWN.length), t(key)])), locale: intlLocale(lang) } as CountdownStrings;
}

/** Every guide's share of the widget's bytes is its id and instant (or null): the rest is derived, and checked here. */
export async function widgetData(site: URL): Promise<WidgetData> {
  const guides = await listGuides();
  const data: WidgetData = {
    // Every built language: a draft's iframe pages use the widget too.
    strings: Object.fromEntries(languages.map((lang) => [lang, countdownStrings(lang)])),
    lang: defaultLang,
    site: new URL('/', site).href,
    guides: Object.fromEntries(guides.map(({ id, state }) => [id, hasCountdown(state) ? Date.parse(state.deadline.instant) : null])),
  };
  for (const guide of guides) {
    if (hasCountdown(guide.state)) {
      const { date, instant } = guide.state.deadline;
      const derived = announcedDate(Date.parse(instant));
      if (derived !== date) throw new Error(`${guide.id}: the widget would show ${derived} for deadline.date ${date} (instant ${instant})`);
    }
    for (const lang of languages) {
      const expected = absoluteUrl(anchorPath(lang, guide.id, 'steps'), site);
      if (stepsUrl(data, lang, guide.id) !== expected) throw new Error(`${guide.id}: the widget would link to ${stepsUrl(data, lang, guide.id)}, not ${expected}`);
    }
  }
  return data;
}
