import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedLanguages as languages } from '../../src/i18n/languages';
import { ogImagePath, stepSharePath } from '../../src/lib/links';
import { pngSize } from '../support/png';
import { assertBuilt, builtSiteUrl, distDir, projectRoot, readPage } from '../support/dist';
import { content, firstStep, perGuideAndLang, publishedGuides } from '../support/guides';

const steps = content.entries.filter((e) => e.kind === 'steps');
beforeAll(assertBuilt);

const meta = (path: string, key: string) => {
  const html = readPage(path);
  return (html.querySelector(`meta[property="${key}"]`) ?? html.querySelector(`meta[name="${key}"]`))?.getAttribute('content');
};

describe('share pages', () => {
  it('exist for every step of every guide in every language', () => {
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(existsSync(join(distDir, stepSharePath(step.lang, step.guide, step.id), 'index.html')), step.file).toBe(true);
  });

  // The second step of each guide's last surface: its position names the surface in the guide's own words.
  it.each([
    ['fr', 'linkedin', 'mobile-data-privacy', /Confidentialité des données.*Étape 2 sur 4, dans l’application/],
    ['en', 'linkedin', 'mobile-data-privacy', /Go to Data privacy.*Step 2 of 4, in the app/],
    ['fr', 'meta', 'instagram-app-ai-at-meta', /IA chez Meta.*Étape 2 sur 4, dans l’application Instagram/],
    ['en', 'meta', 'instagram-app-ai-at-meta', /AI at Meta.*Step 2 of 4, in the Instagram app/],
  ] as const)('carry their own preview in %s (%s)', (lang, guide, step, titlePattern) => {
    const path = stepSharePath(lang, guide, step);
    const html = readPage(path);
    const title = html.querySelector('title')!.text;
    expect(title).toMatch(titlePattern);
    expect(meta(path, 'og:title')).toBe(title);
    expect(meta(path, 'og:url')).toMatch(new RegExp(`${path}$`));
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${path}$`));
    expect(meta(path, 'og:image')).toMatch(new RegExp(`^https?://.+${ogImagePath(lang, guide, step)}$`));
    expect(meta(path, 'og:image:width')).toBe('1200');
    expect(meta(path, 'og:image:height')).toBe('630');
    expect(meta(path, 'twitter:card')).toBe('summary_large_image');
    expect(meta(path, 'og:description')).toMatch(lang === 'fr' ? /Confidentialité des données|IA chez Meta/ : /Data privacy|AI at Meta/);
    for (const other of languages) {
      expect(html.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href')).toMatch(new RegExp(`${stepSharePath(other, guide, step)}$`));
    }
    expect(html.querySelector(`a[href="/${lang}/${guide}/#${step}"]`)).not.toBeNull();
    expect(html.querySelector('figure.print-only svg')).not.toBeNull();
  });

  it('show a step\'s link with its kind and what to expect afterwards', () => {
    const html = readPage(stepSharePath('fr', 'meta', 'facebook-web-objection-request'));
    const link = html.querySelector('article a.button[data-link-kind="reported"]');
    expect(link?.getAttribute('href')).toBe('https://www.facebook.com/help/contact/712876720715583');
    expect(link?.text).toContain('lien direct signalé en 2025');
    expect(html.querySelector('article')?.text).toContain('Signalé par des tiers en 2025');
    expect(readPage(stepSharePath('en', 'meta', 'facebook-app-send-form')).querySelector('article .step-after')?.text).toMatch(/What to expect next[\s\S]*confirmation email/);
  });

  it.each(publishedGuides)('carry a BreadcrumbList (%s)', (guide) => {
    const html = readPage(stepSharePath('en', guide, firstStep(guide)));
    const data = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
  });
});

describe('preview images', () => {
  it('exist at 1200×630 for every home, guide and step in every language', () => {
    const paths = [...languages.map((l) => ogImagePath(l)), ...perGuideAndLang('{lang}/{guide}').map((p) => ogImagePath(p.split('/')[0] as 'fr', p.split('/')[1])), ...steps.map((s) => ogImagePath(s.lang, s.guide, s.id))];
    for (const path of paths) {
      const file = join(distDir, path);
      expect(existsSync(file), path).toBe(true);
      expect(pngSize(readFileSync(file)), path).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = () => readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(distDir, f), 'utf8')).join('');

  it('lists every page with its alternates in each language', () => {
    const xml = sitemap();
    const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      // The search page has no content of its own and stays out of the sitemap.
      .filter((f) => f.endsWith('index.html') && languages.includes(f.split('/')[0]!) && f.split('/')[1] !== 'search')
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const entry = new RegExp(`<url><loc>[^<]*${page}</loc>(.*?)</url>`).exec(xml);
      expect(entry, page).not.toBeNull();
      for (const lang of languages) expect(entry![1], `${page} ${lang}`).toMatch(new RegExp(`hreflang="${lang}" href="[^"]*${page.replace(/^\/[^/]+\//, `/${lang}/`)}"`));
    }
    expect(xml).not.toMatch(new RegExp(`/embed/(${languages.join('|')})/`));
    expect(xml).not.toMatch(new RegExp(`/(${languages.join('|')})/search/`));
  });

  it('lists the language chooser, and gives every page its x-default and the day it last changed', () => {
    const xml = sitemap();
    const site = builtSiteUrl();
    const entries = [...xml.matchAll(/<url><loc>([^<]*)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => ({ loc: loc!, rest: rest! }));
    const root = entries.find((entry) => entry.loc === site);
    expect(root, 'the root is in the sitemap').toBeDefined();
    for (const lang of languages) expect(root!.rest).toContain(`hreflang="${lang}" href="${site}${lang}/"`);
    for (const { loc, rest } of entries) {
      expect(rest, loc).toContain(`hreflang="x-default" href="${site}"`);
      expect(rest, loc).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
      // The root is the chooser, never a page's alternate in one language.
      expect(rest, loc).not.toMatch(new RegExp(`hreflang="(${languages.join('|')})" href="${site}"`));
    }
    const lastVerified = /^lastVerified: (\S+)$/m.exec(readFileSync(join(projectRoot, 'content/linkedin/guide.yaml'), 'utf8'))![1];
    expect(xml).toContain(`<loc>${site}en/linkedin/</loc><lastmod>${lastVerified}`);
  });

  it('is announced in robots.txt', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
