// The sentence every page, feed, preview and file uses for a guide's status: "LinkedIn
// has been using this data since 3 November 2025." It stays true whatever day it is
// read. A guide without a key date gets no since/starts sentence: it says there is
// no date to wait for.
import { intlLocale, useTranslations } from '../../i18n';
import type { Lang } from '../../i18n/languages';
import type { Guide } from '../content/schemas';
import { formatDate } from '../text/format';
import { statusDate, type GuideState } from './status';

const keys = { upcoming: 'deadline.upcoming', 'in-force': 'deadline.inForce', paused: 'deadline.paused', withdrawn: 'deadline.withdrawn' } as const;

/** `date` replaces the written date, e.g. with a slot marker to wrap it in <time>. */
export function statusSentence(lang: Lang, guide: Pick<Guide, 'platform' | 'action'>, state: GuideState, date?: string): string {
  const t = useTranslations(lang);
  const day = statusDate(state);
  if (day === undefined) return t(`deadline.undated.${guide.action.kind}`);
  return t(keys[state.status], { platform: guide.platform, date: date ?? formatDate(day, intlLocale(lang)) });
}
