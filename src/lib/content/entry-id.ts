// Collection ids keep the content path: <guide>/<lang>/<kind>/<id> (overview: <guide>/<lang>/overview).
import { isLang, type Lang } from '../../i18n/languages';

export interface EntryRef {
  guide: string;
  lang: Lang;
  id: string;
}

export function parseEntryId(entryId: string): EntryRef {
  const parts = entryId.split('/');
  const [guide, lang] = parts;
  const id = parts.length === 3 ? guide : parts[3];
  if (!guide || !isLang(lang) || !id || parts.length < 3 || parts.length > 4) {
    throw new Error(`unexpected content id "${entryId}": expected <guide>/<lang>/<kind>/<id>`);
  }
  return { guide, lang, id };
}
