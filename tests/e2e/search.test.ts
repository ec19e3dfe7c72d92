// Search in real Chromium, under the site's CSP: per language, by keyboard, on a
// phone-sized screen, with no request leaving the site, and without JavaScript.
import { describe, expect, it } from 'vitest';
import { hasChromium, useBrowserAndSite } from '../support/browser';

describe.skipIf(!hasChromium)('search', () => {
  const site = useBrowserAndSite({ headers: true });

  for (const [lang, query, status] of [
    ['fr', 'IA', /Pages trouvées pour «\u00a0IA\u00a0»\u00a0: [1-9]/],
    ['en', 'AI', /Pages found for “AI”: [1-9]/],
  ] as const) {
    it(`finds the LinkedIn guide by searching "${query}" from the ${lang} header, by keyboard on a phone`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
      const origins = new Set<string>();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${site.server.url}/${lang}/`);
      // On a phone the header shows the magnifier only; it opens the search page, its field focused.
      expect(await page.isVisible('#header-search')).toBe(false);
      await page.focus('header form[role="search"] button');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/${lang}/search/\\?q=$`));
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-search');
      await page.keyboard.type(query);
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/${lang}/search/\\?q=${query}$`));
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length > 0, undefined, { timeout: 15_000 });
      expect(await page.textContent('[data-search-status]')).toMatch(status);
      const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.some((path) => path === `/${lang}/linkedin/`)).toBe(true);
      expect(await page.inputValue('#page-search')).toBe(query);
      expect(await page.isHidden('[data-search-fallback]')).toBe(true);
      // Matches are marked as text, never as markup from the index.
      expect(await page.$$eval('[data-search-results] mark', (marks) => marks.length)).toBeGreaterThan(0);
      expect(await page.$$eval('[data-search-results] script, [data-search-results] img', (nodes) => nodes.length)).toBe(0);
      expect([...origins]).toEqual([site.server.url]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('searches from the header field on a desktop', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}/en/`);
    await page.fill('#header-search', 'AI');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length > 0, undefined, { timeout: 15_000 });
    expect(await page.inputValue('#page-search')).toBe('AI');
    await page.close();
  });

  it('says so when nothing matches, and shows every guide', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/en/search/?q=zzzqqqxxx`);
    await page.waitForFunction(() => /Nothing found/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 15_000 });
    expect(await page.isVisible('[data-search-fallback] a[href="/en/linkedin/"]')).toBe(true);
    await page.close();
  });

  it('lists every guide without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/fr/search/?q=IA`);
    expect(await page.textContent('[data-search-noscript]')).toContain('La recherche a besoin de JavaScript');
    expect(await page.isVisible('[data-search-fallback] a[href="/fr/linkedin/"]')).toBe(true);
    await context.close();
  });
});
