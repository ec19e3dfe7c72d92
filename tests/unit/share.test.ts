import { describe, expect, it } from 'vitest';
import { anchorPath, ogImagePath, stepSharePath } from '../../src/lib/links';
import { plainText } from '../../src/lib/text/plain-text';
import { breadcrumbList, jsonLd } from '../../src/lib/seo/structured-data';
import { drawOgImage, OG_HEIGHT, OG_WIDTH, ogImageInputs } from '../../src/lib/og/render';
import { pngSize } from '../support/png';

describe('share links', () => {
  it('builds the same language-neutral paths in every language', () => {
    expect(stepSharePath('fr', 'linkedin', 'mobile-switch-off')).toBe('/fr/linkedin/steps/mobile-switch-off/');
    expect(stepSharePath('en', 'linkedin', 'mobile-switch-off')).toBe('/en/linkedin/steps/mobile-switch-off/');
    expect(anchorPath('en', 'linkedin', 'web-ai-setting')).toBe('/en/linkedin/#web-ai-setting');
    expect(ogImagePath('fr')).toBe('/og/fr/home.png');
    expect(ogImagePath('fr', 'linkedin')).toBe('/og/fr/linkedin.png');
    expect(ogImagePath('en', 'linkedin', 'web-switch-off')).toBe('/og/en/linkedin/web-switch-off.png');
  });
});

describe('plain text for descriptions', () => {
  it('drops Markdown and markup, keeps the words', () => {
    expect(plainText('Tap **« Préférences »**, then\n[the link](https://x.org) <Cite id="a" />.')).toBe('Tap « Préférences », then the link .');
  });
  it('cuts long text at a word', () => {
    const text = plainText('word '.repeat(100), 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text.endsWith('word…')).toBe(true);
  });
});

describe('structured data', () => {
  it('numbers breadcrumbs and never lets text close its script element', () => {
    const data = breadcrumbList([{ name: '</script><script>alert(1)</script>', url: 'https://x.org/' }]);
    const json = jsonLd(data);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).itemListElement[0].name).toBe('</script><script>alert(1)</script>');
  });
});

describe('preview images', () => {
  it('renders a 1200×630 PNG from text, with no network', async () => {
    const png = await drawOgImage(ogImageInputs({ lang: 'fr', kicker: 'LinkedIn · Étape 2 sur 4', title: 'Allez dans « Confidentialité des données »', footer: 'Depuis le 3 novembre 2025', siteName: 'Guides du droit d’opposition' }));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
  });
});
