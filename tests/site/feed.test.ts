import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { assertBuilt, distDir, readPage } from '../support/dist';

beforeAll(assertBuilt);

it.each(languages)('the %s feed is valid RSS with one item per guide update, linked from every page', (lang) => {
  const xml = readFileSync(join(distDir, lang, 'feed.xml'), 'utf8');
  // parse(xml, true) validates first and throws on malformed XML.
  const feed = new XMLParser().parse(xml, true).rss.channel;
  expect(feed.language).toBe(lang);
  const items = [feed.item].flat();
  expect(items.length).toBeGreaterThanOrEqual(1);
  expect(items[0].title).toMatch(lang === 'fr' ? /^LinkedIn · Publication du guide/ : /^LinkedIn · Guide published/);
  expect(items[0].link).toMatch(new RegExp(`/${lang}/linkedin/#steps$`));
  expect(new Date(items[0].pubDate).toISOString().slice(0, 10)).toBe('2026-11-22');
  expect(readPage(`/${lang}/linkedin/`).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(`/${lang}/feed.xml`);
});
