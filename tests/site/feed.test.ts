import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { validateContent } from '../../src/lib/content/validate';
import { assertBuilt, distDir, projectRoot, readPage } from '../support/dist';

const content = validateContent(join(projectRoot, 'content'), { root: projectRoot });

beforeAll(assertBuilt);

it.each(languages)('the %s feed is valid RSS with one item per guide update, linked from every page', (lang) => {
  const xml = readFileSync(join(distDir, lang, 'feed.xml'), 'utf8');
  // parse(xml, true) validates first and throws on malformed XML.
  const feed = new XMLParser().parse(xml, true).rss.channel;
  expect(feed.language).toBe(lang);
  const items = [feed.item].flat();
  expect(items.length).toBeGreaterThanOrEqual(1);
  const published = items.find((item) => /^(Mise à jour du|Updated on) 22 (novembre|November) 2026/.test(item.title));
  expect(published.link).toMatch(new RegExp(`/${lang}/linkedin/#steps$`));
  expect(new Date(published.pubDate).toISOString().slice(0, 10)).toBe('2026-11-22');
  const dates = items.map((item) => new Date(item.pubDate).getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(readPage(`/${lang}/linkedin/`).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(`/${lang}/feed.xml`);
});

it.each(languages)('the %s feed has one item per timeline event, its guid the event\'s stable anchor', (lang) => {
  const xml = readFileSync(join(distDir, lang, 'feed.xml'), 'utf8');
  const items = [new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel.item].flat();
  const guids = items.map((item) => (typeof item.guid === 'string' ? item.guid : item.guid['#text']));
  expect(new Set(guids).size).toBe(guids.length);
  for (const timeline of content.timelines) {
    for (const event of timeline.data.events) {
      const item = items.find((i) => i.link.endsWith(`/${lang}/${timeline.guide}/#${event.id}`));
      expect(item, event.id).toBeDefined();
      expect(item.description).toBe(event.text[lang]);
      expect(item.guid).toMatchObject({ '#text': item.link, '@_isPermaLink': 'false' });
      expect(new Date(item.pubDate).toISOString().slice(0, 7)).toBe(event.date.slice(0, 7));
    }
  }
});
