// What the widget bundle carries, generated at build time from the content and
// the UI strings (see src/lib/embed/widget-data.ts).
import type en from '../i18n/locales/en.json';

export type CountdownStrings = (typeof en)['countdown'] & { locale: string };

export interface WidgetGuide {
  /** The announced date (YYYY-MM-DD), shown as such. */
  date: string;
  /** What the countdown measures to. */
  instant: string;
  /** Per language: the absolute URL of the guide's steps. */
  langs: Record<string, string>;
}

export interface WidgetData {
  strings: Record<string, CountdownStrings>;
  guides: Record<string, WidgetGuide>;
}
