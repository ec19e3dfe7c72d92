// The site's languages. Content folders, routes and UI strings all follow this list.
export const languages = ['fr', 'en'] as const;
export type Lang = (typeof languages)[number];

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/** The other language, for alternates and the language switch (two languages today). */
export const otherLangs = (lang: Lang): Lang[] => languages.filter((l) => l !== lang);

/** The `lang` attribute a text needs inside a page: none when it is the page's own language. */
export const langAttribute = (text: Lang, page: Lang): Lang | undefined => (text === page ? undefined : text);
