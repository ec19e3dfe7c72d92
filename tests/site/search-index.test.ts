// The Pagefind index: built with the site, split by language, guides only.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { reservedGuideIds } from '../../src/lib/links';
import { assertBuilt, builtPages, distDir, readPage } from '../support/dist';

beforeAll(assertBuilt);
const pagefindDir = join(distDir, 'pagefind');

it('exists for both languages and holds the guide pages only', () => {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string }> };
  const guides = builtPages().filter((path) => /^\/(fr|en)\/[a-z0-9-]+\/$/.test(path) && !reservedGuideIds(languages).includes(path.split('/')[2]!));
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);
  for (const lang of ['fr', 'en']) {
    expect(entry.languages[lang]!.page_count, lang).toBe(guides.filter((p) => p.startsWith(`/${lang}/`)).length);
    expect(existsSync(join(pagefindDir, `wasm.${entry.languages[lang]!.wasm}.pagefind`)), lang).toBe(true);
  }
  expect(existsSync(join(pagefindDir, 'pagefind.js'))).toBe(true);
  // Pagefind's own interfaces are left out: the site ships its own, smaller one.
  expect(readdirSync(pagefindDir).filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
  // No file left half-written (a race once left pagefind-entry.json empty).
  const files = readdirSync(pagefindDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files.length).toBeGreaterThan(6);
  for (const f of files) expect(statSync(join(f.parentPath, f.name)).size, f.name).toBeGreaterThan(0);
});

it('is reachable from a search box in the header of every page, in its language', () => {
  for (const path of builtPages().filter((p) => /^\/(fr|en)\//.test(p))) {
    const lang = path.slice(1, 3);
    const form = readPage(path).querySelector('header form[role="search"]');
    expect(form?.getAttribute('action'), path).toBe(`/${lang}/search/`);
    expect(form?.getAttribute('method'), path).toBe('get');
    const input = form?.querySelector('input[type="search"][name="q"]');
    expect(input, path).not.toBeNull();
    expect(form?.querySelector(`label[for="${input?.getAttribute('id')}"]`)?.text.trim(), path).toMatch(/^(Rechercher dans les guides|Search the guides)$/);
  }
});
