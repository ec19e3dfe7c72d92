import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { publishedLanguages as languages } from '../../src/i18n/languages';
import { validateContent } from '../../src/lib/pipeline/validate';
import { assertBuilt, distDir, projectRoot, readPage } from '../support/dist';
import { buildFixture, projectFixtureRoot } from '../support/fixture-build';

const content = validateContent(join(projectRoot, 'content'), { root: projectRoot });

beforeAll(assertBuilt);

it.each(languages)('the %s feed is valid RSS with one item per guide update, linked from every page', (lang) => {
  const xml = readFileSync(join(distDir, lang, 'feed.xml'), 'utf8');
  // parse(xml, true) validates first and throws on malformed XML.
  const feed = new XMLParser().parse(xml, true).rss.channel;
  expect(feed.language).toBe(lang);
  const items = [feed.item].flat();
  expect(items.length).toBeGreaterThanOrEqual(1);
  // Every update of every guide is an item, linked to the first anchor it concerns, titled as
  // the language's locale file words it ("Aktualisiert am {{date}}: {{guide}}").
  const updated = useTranslations(lang)('feed.update', { date: '\u0001', guide: '' }).split('\u0001')[0]!;
  for (const guide of content.guides) {
    for (const update of guide.data.updates) {
      const link = new RegExp(`/${lang}/${guide.guide}/${update.anchors[0] ? `#${update.anchors[0]}` : ''}$`);
      const item = items.find((i) => String(i.title).startsWith(updated) && link.test(i.link) && new Date(i.pubDate).toISOString().slice(0, 10) === update.date);
      expect(item, `${guide.guide} ${update.date}`).toBeDefined();
    }
    expect(readPage(`/${lang}/${guide.guide}/`).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(`/${lang}/feed.xml`);
  }
  const dates = items.map((item) => new Date(item.pubDate).getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

it.each(languages)('the %s feed has one item per timeline event, its guid the event\'s stable anchor', (lang) => {
  const xml = readFileSync(join(distDir, lang, 'feed.xml'), 'utf8');
  const items = [new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel.item].flat();
  // What a feed reader shows: the description decoded as the HTML it is.
  const shown = new Map(parseFeed(xml).items.map((item) => [item.id, item.description]));
  const guids = items.map((item) => (typeof item.guid === 'string' ? item.guid : item.guid['#text']));
  expect(new Set(guids).size).toBe(guids.length);
  for (const timeline of content.timelines) {
    for (const event of timeline.data.events) {
      const item = items.find((i) => i.link.endsWith(`/${lang}/${timeline.guide}/#${event.id}`));
      expect(item, event.id).toBeDefined();
      expect(shown.get(item.guid['#text'])).toBe(event.text[lang]);
      expect(item.guid).toMatchObject({ '#text': item.link, '@_isPermaLink': 'false' });
      expect(new Date(item.pubDate).toISOString().slice(0, 7)).toBe(event.date.slice(0, 7));
    }
  }
});

describe('a feed of updates whose summaries contain markup', () => {
  const root = projectFixtureRoot();
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  // One summary per language of the fixture (content/languages.yaml: fr, en, de).
  const summaries: Record<string, string> = {
    fr: 'Renommé <b>Paramètres & confidentialité</b> ; écrire &amp; pour une esperluette.',
    en: 'Renamed <b>Settings & Privacy</b>; write &amp; for an ampersand.',
    de: 'Umbenannt in <b>Einstellungen & Datenschutz</b>; &amp; für ein Und-Zeichen.',
  };

  beforeAll(() => {
    const guideFile = join(root, 'content', 'example', 'guide.yaml');
    const yaml = readFileSync(guideFile, 'utf8').replace('fr: Première publication.', `fr: ${JSON.stringify(summaries['fr'])}`).replace('en: First publication.', `en: ${JSON.stringify(summaries['en'])}`).replace('de: Erste Veröffentlichung.', `de: ${JSON.stringify(summaries['de'])}`);
    writeFileSync(guideFile, yaml);
    const run = buildFixture(root);
    if (run.status !== 0) throw new Error(run.output);
  }, 200_000);

  it.each(Object.keys(summaries))('gives %s feed readers the summary as text, never as markup', (lang) => {
    const feed = parseFeed(readFileSync(join(root, 'dist', lang, 'feed.xml'), 'utf8'));
    const item = feed.items.find((i) => i.id?.endsWith(`/${lang}/example/#update-2025-12-01`));
    expect(item, 'the update item').toBeDefined();
    expect(item!.description).toBe(summaries[lang]);
    // Feed readers render a description as HTML: it holds text only, which reads as the summary.
    const html = parse(item!.element.findElementWithName('description')!.textContent);
    expect(html.querySelectorAll('*').map((element) => element.tagName)).toEqual([]);
    expect(html.text).toBe(summaries[lang]);
  });
});
