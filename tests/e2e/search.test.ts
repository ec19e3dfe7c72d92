// Search under the site's CSP: per language, by keyboard, on a phone-sized screen,
// in the three engines (Pagefind runs WebAssembly); in Chromium also with no
// request leaving the site, and without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedGuides } from '../support/guides';
import { engineNames, hasEngine, problems, useChromiumAndSite, useEngine, waitFor } from '../support/engines';
import { serveDist, type StaticServer } from '../support/server';

describe.skipIf(!hasEngine('chromium'))('search', () => {
  const site = useChromiumAndSite({ headers: true });

  for (const [lang, query, status] of [
    ['fr', 'IA', /Pages trouvées pour «\u00a0IA\u00a0»\u00a0: [1-9]/],
    ['en', 'AI', /Pages found for “AI”: [1-9]/],
  ] as const) {
    it(`finds both guides by searching "${query}" from the ${lang} header, by keyboard on a phone`, async () => {
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
      // The query names AI, which both guides are about.
      expect(links.some((path) => path === `/${lang}/meta/`)).toBe(true);
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

  it('lists every guide without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/fr/search/?q=IA`);
    expect(await page.textContent('[data-search-noscript]')).toContain('La recherche a besoin de JavaScript');
    for (const guide of publishedGuides) expect(await page.isVisible(`[data-search-fallback] a[href="/fr/${guide}/"]`)).toBe(true);
    await context.close();
  });
});

describe.each(engineNames.filter(hasEngine))('search in %s', (name) => {
  const browser = useEngine(name);
  let site: StaticServer;
  beforeAll(async () => {
    site = await serveDist({ headers: true, probe: true });
  });
  afterAll(() => site?.close());

  it.each([
    ['fr', 'IA', /Pages trouvées pour «\u00a0IA\u00a0»\u00a0: [1-9]/],
    ['en', 'AI', /Pages found for “AI”: [1-9]/],
  ] as const)('from the %s header, by keyboard, on a narrow screen, finds the guide for "%s"', async (lang, query, status) => {
    const page = await browser.engine.newPage({ width: 390, height: 800 });
    await page.goto(`${site.url}/${lang}/`);
    // On a phone the header shows the magnifier only; it opens the search page, its field focused.
    await page.evaluate(() => document.querySelector<HTMLElement>('header form[role="search"] button')!.focus());
    await page.press('Enter');
    await waitFor(page, () => location.pathname.endsWith('/search/') && document.activeElement?.id === 'page-search', undefined, { what: 'the search page, its field focused' });
    await page.type(query);
    await page.press('Enter');
    await waitFor(page, () => document.querySelectorAll('[data-search-results] a').length > 0, undefined, { timeout: 15_000, what: 'results' });
    expect(await page.url()).toBe(`${site.url}/${lang}/search/?q=${query}`);
    expect(await page.evaluate(() => document.querySelector('[data-search-status]')!.textContent)).toMatch(status);
    const links = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a')].map((a) => new URL(a.href).pathname));
    for (const guide of publishedGuides) expect(links).toContain(`/${lang}/${guide}/`);
    expect(await page.evaluate(() => document.querySelectorAll('[data-search-results] mark').length)).toBeGreaterThan(0);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it('says so when nothing matches, and shows every guide', async () => {
    const page = await browser.engine.newPage();
    await page.goto(`${site.url}/en/search/?q=zzzqqqxxx`);
    await waitFor(page, () => /Nothing found/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 15_000, what: 'the empty result' });
    for (const guide of publishedGuides) {
      expect(await page.evaluate((href) => Boolean(document.querySelector(`[data-search-fallback] a[href="${href}"]`)?.checkVisibility()), `/en/${guide}/`), guide).toBe(true);
    }
    expect(await problems(page)).toEqual([]);
    await page.close();
  });
});
