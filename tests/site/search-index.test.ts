// The Pagefind index: built with the site, split by language, guides only.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { languages } from '../../src/i18n/languages';
import { reservedGuideIds } from '../../src/lib/links';
import { assertBuilt, builtPages, distDir, readPage } from '../support/dist';

beforeAll(assertBuilt);
const pagefindDir = join(distDir, 'pagefind');

// Every built language is indexed (a draft's search page serves its editors), each with its own stemming.
it('exists for every language and holds the guide pages only', () => {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string }> };
  const guides = builtPages().filter((path) => languages.includes(path.split('/')[1]!) && /^\/[^/]+\/[a-z0-9-]+\/$/.test(path) && !reservedGuideIds(languages).includes(path.split('/')[2]!));
  expect(Object.keys(entry.languages).sort()).toEqual([...languages].sort());
  for (const lang of languages) {
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
  for (const path of builtPages().filter((p) => languages.includes(p.split('/')[1]!))) {
    const lang = path.split('/')[1]!;
    const form = readPage(path).querySelector('header form[role="search"]');
    expect(form?.getAttribute('action'), path).toBe(`/${lang}/search/`);
    expect(form?.getAttribute('method'), path).toBe('get');
    const input = form?.querySelector('input[type="search"][name="q"]');
    expect(input, path).not.toBeNull();
    expect(form?.querySelector(`label[for="${input?.getAttribute('id')}"]`)?.text.trim(), path).toBe(useTranslations(lang)('search.label'));
  }
});
