import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useBrowserAndSite } from '../support/browser';


/** True when the element's top edge is inside the viewport. */
const inView = (page: Page, id: string) =>
  page.evaluate((target) => {
    const rect = document.getElementById(target)!.getBoundingClientRect();
    return rect.top >= 0 && rect.top < window.innerHeight && rect.height > 0;
  }, id);

describe.skipIf(!hasChromium)('the guide in Chromium', () => {
  const site = useBrowserAndSite();

  it('opens on a linked app step and keeps it across the language switch', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}/en/linkedin/#mobile-ai-setting`);
    await page.waitForFunction(() => document.querySelector('surface-tabs')?.hasAttribute('data-enhanced'));
    expect(await page.isVisible('#mobile-ai-setting')).toBe(true);
    expect(await inView(page, 'mobile-ai-setting')).toBe(true);
    expect(await page.getAttribute('#mobile-tab', 'aria-selected')).toBe('true');

    await page.click('a[data-keep-hash][hreflang="fr"]');
    await page.waitForURL(/\/fr\/linkedin\/#mobile-ai-setting$/);
    await page.waitForFunction(() => document.querySelector('surface-tabs')?.hasAttribute('data-enhanced'));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.isVisible('#mobile-ai-setting')).toBe(true);
    expect(await inView(page, 'mobile-ai-setting')).toBe(true);
    await page.close();
  });

  it('switches surfaces with the arrow keys and remembers the choice', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/fr/linkedin/`);
    await page.focus('[role="tab"][aria-selected="true"]');
    const first = await page.getAttribute('[role="tab"][aria-selected="true"]', 'id');
    await page.keyboard.press('ArrowRight');
    const second = await page.getAttribute('[role="tab"][aria-selected="true"]', 'id');
    expect(second).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(second);
    expect(await page.isHidden(`#${first!.replace('-tab', '')}`)).toBe(true);
    await page.reload();
    expect(await page.getAttribute('[role="tab"][aria-selected="true"]', 'id')).toBe(second);
    await page.close();
  });

  it('shows every step without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/en/linkedin/#web-switch-off`);
    for (const id of ['web-open-settings', 'web-switch-off', 'mobile-open-settings', 'mobile-switch-off']) {
      expect(await page.isVisible(`#${id}`), id).toBe(true);
    }
    expect(await page.textContent('#deadline time')).toBe('3 November 2025');
    await context.close();
  });

  it('sends the root to the browser language, and serves the 404 page', async () => {
    const context = await site.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    await page.waitForURL(/\/fr\/$/);
    const response = await page.goto(`${site.server.url}/nope/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('Page introuvable');
    await context.close();
  });
});
