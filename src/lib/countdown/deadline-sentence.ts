// The sentence every page, feed and file uses for a guide's deadline: "LinkedIn has
// been using this data since 3 November 2025." It stays true whatever day it is read.
import { intlLocale, useTranslations } from '../../i18n';
import type { Lang } from '../../i18n/languages';
import type { Guide } from '../content/schemas';
import { formatDate } from '../text/format';

/** `date` replaces the written date, e.g. with a slot marker to wrap it in <time>. */
export function deadlineSentence(lang: Lang, guide: Pick<Guide, 'status' | 'platform' | 'deadline'>, date = formatDate(guide.deadline.date, intlLocale(lang))): string {
  return useTranslations(lang)(guide.status === 'in-force' ? 'deadline.inForce' : 'deadline.upcoming', { platform: guide.platform, date });
}
