// axe-core, WCAG 2.2 A and AA rules, on every page of the sitemap and on the embed
// pages, in light and dark colour schemes, on a phone and on a desktop.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideFile, perGuideAndLang, publishedGuides } from '../support/guides';
import { languages } from '../../src/i18n/languages';
import { hasEngine, useChromiumAndSite } from '../support/engines';
import { distDir } from '../support/dist';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function sitemapPaths(): string[] {
  const xml = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(distDir, f), 'utf8')).join('');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

const variants = [
  { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  { name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
  { name: 'desktop, light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
  { name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
];


describe.skipIf(!hasEngine('chromium'))('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const site = useChromiumAndSite();

  it.each(variants)('every page has no violation: $name', async ({ viewport, colorScheme }) => {
    // Search pages are out of the sitemap; they are checked in every language with their results
    // shown, for a word every language's index holds: a guide's platform name.
    const query = encodeURIComponent(guideFile(publishedGuides[0]!).data.platform);
    const searches = languages.map((lang) => `/${lang}/search/?q=${query}`);
    const paths = [...sitemapPaths(), ...perGuideAndLang('/embed/{lang}/{guide}/countdown/'), '/embed/en/linkedin/countdown/?theme=dark', ...searches];
    expect(paths.length).toBeGreaterThan(20);
    // axe is injected as an inline script, which every page's meta CSP forbids: bypassed for the audit only.
    const context = await site.browser.newContext({ viewport, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.server.url}${path}`);
      await page.waitForLoadState('load');
      if (path.includes('?q=')) await page.waitForSelector('[data-search-results] a');
      await page.addScriptTag({ content: axeSource });
      const results = await page.evaluate((runTags) => (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ passes: unknown[]; violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: runTags } }), tags);
      // A run that checked nothing would pass silently.
      expect(results.passes.length, path).toBeGreaterThan(5);
      for (const v of results.violations) violations.push(`${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
    await context.close();
    expect(violations, violations.join('\n')).toEqual([]);
  }, 180_000);
});
