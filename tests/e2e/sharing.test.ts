import { describe, expect, it } from 'vitest';
import { hasChromium, useBrowserAndSite } from '../support/browser';


describe.skipIf(!hasChromium)('sharing one step, on a phone', () => {
  const site = useBrowserAndSite();

  it('opens the linked app step, highlights it, copies its link, and keeps it across languages', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/fr/linkedin/#mobile-data-privacy`);
    await page.waitForFunction(() => document.querySelector('surface-tabs')?.hasAttribute('data-enhanced'));
    expect(await page.isVisible('#mobile')).toBe(true);
    expect(await page.isHidden('#web')).toBe(true);
    const box = await page.evaluate(() => document.getElementById('mobile-data-privacy')!.getBoundingClientRect().top);
    expect(box).toBeGreaterThanOrEqual(0);
    expect(box).toBeLessThan(844);
    // Highlighted by a thick border and a text badge, not by colour alone.
    const highlight = await page.evaluate(() => {
      const el = document.getElementById('mobile-data-privacy')!;
      return { border: getComputedStyle(el).borderTopWidth, badge: getComputedStyle(el, '::before').content };
    });
    expect(highlight.border).toBe('4px');
    expect(highlight.badge).toBe('"Vous êtes ici"');

    await page.locator('#mobile-data-privacy share-actions button').first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/fr\/linkedin\/steps\/mobile-data-privacy\/$/);
    await expect.poll(() => page.textContent('#share-status')).toBe('Lien copié');

    await page.click('a[data-keep-hash][hreflang="en"]');
    await page.waitForURL(/\/en\/linkedin\/#mobile-data-privacy$/);
    await page.waitForFunction(() => document.querySelector('surface-tabs')?.hasAttribute('data-enhanced'));
    expect(await page.isVisible('#mobile-data-privacy')).toBe(true);
    const top = await page.evaluate(() => document.getElementById('mobile-data-privacy')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844);
    await context.close();
  });

  it('the copy button works by keyboard', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/en/linkedin/steps/web-switch-off/`);
    await page.locator('share-actions button').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/linkedin\/steps\/web-switch-off\/$/);
    await expect.poll(() => page.textContent('#share-status')).toBe('Link copied');
    await context.close();
  });
});
