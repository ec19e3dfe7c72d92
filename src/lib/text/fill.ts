// i18next-style {{name}} placeholders, filled in the browser (the widget, search
// and the checklist carry their strings as data, without i18next).

/** Fills {{name}} placeholders; values are text, never markup; unknown names become empty. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
