// The length limits of the content schemas are those that fit a preview image
// (1200×630): a title at its limit, in the widest letters, with the longest kicker
// and the site's name at theirs, stays inside the card's margins.
import { expect, it } from 'vitest';
import { publishedLanguages, siteLangs } from '../../src/i18n/languages';
import { textLimits } from '../../src/lib/content/schemas';
import { siteTextLimits } from '../../src/lib/site/schema';
import { OG_HEIGHT, ogImageInputs, ogSvg, type OgCard } from '../../src/lib/og/render';

const svgOf = (card: Omit<OgCard, 'lang'>) => ogSvg(ogImageInputs({ lang: 'en', ...card }));

const MARGIN = 60;
/** The boxes satori laid out inside the card's padding, top to bottom: kicker, title, footer… */
const boxes = (svg: string) =>
  [...svg.matchAll(/<rect x="72" y="(\d+(?:\.\d+)?)" width="\d+(?:\.\d+)?" height="(\d+(?:\.\d+)?)"/g)].map((m) => ({ top: Number(m[1]), bottom: Number(m[1]) + Number(m[2]) }));

const atLimit = (word: string) => `${word} `.repeat(Math.ceil(textLimits.previewTitle / (word.length + 1))).slice(0, textLimits.previewTitle).trim();

it.each([
  ['wide capitals', atLimit('WWWWWWWW')],
  ['one unbroken word', 'M'.repeat(textLimits.previewTitle)],
  ['French with quotes', atLimit('« Paramètres et confidentialité »')],
])('fits a title of %s at the limit', async (shape, title) => {
  expect(title.length).toBeLessThanOrEqual(textLimits.previewTitle);
  const svg = await svgOf({
    kicker: `${'P'.repeat(textLimits.platform)} · Step 12 of 12, in the app on a phone or a tablet`,
    title,
    footer: 'Since 27 May 2025, the platform has been using this data; objecting still protects what you post from now on.',
    siteName: 'S'.repeat(60),
  });
  const [kicker, titleBox, ...footer] = boxes(svg);
  expect(kicker && titleBox && footer.length).toBeTruthy();
  expect(titleBox!.top).toBeGreaterThanOrEqual(kicker!.bottom);
  for (const box of footer) expect(box.top).toBeGreaterThanOrEqual(titleBox!.bottom);
  expect(Math.max(...footer.map((box) => box.bottom))).toBeLessThanOrEqual(OG_HEIGHT - MARGIN);
  // A word wider than the card wraps instead of running off its edge.
  if (shape === 'one unbroken word') expect(titleBox!.bottom - titleBox!.top).toBeGreaterThan(100);
});

it('fits the language chooser’s card: the languages’ names, the site’s name and every tagline at their limits', async () => {
  const name = atLimit('Wwwwwww').slice(0, siteTextLimits.name);
  const tagline = atLimit('Wwwwwww ').padEnd(siteTextLimits.tagline, 'w').slice(0, siteTextLimits.tagline);
  // As lib/og/cards.ts lays it out: the first tagline as title, the others under it.
  const languageNames = publishedLanguages.map((lang) => siteLangs.entry(lang).name).join(' · ');
  const svg = await svgOf({ kicker: languageNames, title: tagline, footer: publishedLanguages.slice(1).map(() => tagline).join(' '), siteName: name });
  const all = boxes(svg);
  expect(Math.max(...all.map((box) => box.bottom))).toBeLessThanOrEqual(OG_HEIGHT - MARGIN);
});

it('would not fit a title much longer than the limit: the limit is what the card holds', async () => {
  const svg = await svgOf({ kicker: 'Platform', title: atLimit('WWWWWWWW').repeat(2), footer: 'Footer', siteName: 'Site' });
  const [, titleBox] = boxes(svg);
  expect(titleBox!.bottom).toBeGreaterThan(OG_HEIGHT - MARGIN - 140);
});
