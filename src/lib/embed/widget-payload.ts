// What the widget bundle carries, generated at build time from the content and
// the UI strings (see src/lib/embed/widget-data.ts).
import type en from '../../i18n/locales/en.json';

export type CountdownStrings = (typeof en)['countdown'] & { locale: string };

export interface WidgetData {
  /** Every language of the site (content/languages.yaml) by code. */
  strings: Record<string, CountdownStrings>;
  /** The site's default language: what a page in another language reads. */
  lang: string;
  /** The site's address, ending in "/": a guide's steps are at {site}{lang}/{guide}/#steps. */
  site: string;
  /**
   * Each published guide's deadline instant (ms since the epoch), by guide id, or null for a
   * guide with no countdown (no key date, or a change paused or withdrawn): the widget then
   * shows its fallback and the link. Nothing else per guide: the announced date and the
   * links are derived (widget-data.ts checks both).
   */
  guides: Record<string, number | null>;
}

/** Where the widget links for a guide, in a language: built, not carried. */
export const stepsUrl = (data: Pick<WidgetData, 'site'>, lang: string, guide: string) => `${data.site}${lang}/${guide}/#steps`;
