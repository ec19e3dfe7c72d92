// A guide id is a path segment: it must not be the name of any route or file of
// the site, or one would replace the other without a word.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { HOME_IMAGE, reservedGuideIds, routeNames } from '../../src/lib/links';
import { projectRoot } from '../support/dist';

/** Every fixed segment of every route: folder names and file names without their extensions. */
function segments(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const name = item.name.split('.')[0] ?? '';
    const own = name.startsWith('[') || name === 'index' ? [] : [name];
    return item.isDirectory() ? [...own, ...segments(join(dir, item.name))] : own;
  });
}

it('reserves the name of every route in src/pages, and nothing else of the kind', () => {
  expect([...routeNames].sort()).toEqual([...new Set(segments(join(projectRoot, 'src/pages')))].sort());
});

it('reserves the homes’ preview image and every language code', () => {
  for (const id of [HOME_IMAGE, ...languages, 'embed', 'api', 'og', 'search', 'legal', 'feed', 'translations', 'how-we-work', '404']) {
    expect(reservedGuideIds(languages)).toContain(id);
  }
});
