import { describe, expect, it } from 'vitest';
import { hasEngine, useChromiumAndSite } from '../support/engines';


describe.skipIf(!hasEngine('chromium'))('sharing one step, on a phone', () => {
  const site = useChromiumAndSite();

  it.each([
    ['linkedin', 'mobile', 'web', 'mobile-data-privacy'],
    ['meta', 'instagram-app', 'facebook-app', 'instagram-app-ai-at-meta'],
  ])('opens the linked app step (%s), highlights it, copies its link, and keeps it across languages', async (guide, surface, other, step) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/fr/${guide}/#${step}`);
    await page.waitForFunction(() => document.querySelector('surface-tabs')?.hasAttribute('data-enhanced'));
    expect(await page.isVisible(`#${surface}`)).toBe(true);
    expect(await page.isHidden(`#${other}`)).toBe(true);
    const box = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, step);
    expect(box).toBeGreaterThanOrEqual(0);
    expect(box).toBeLessThan(844);
    // Highlighted by a thick border and a text badge, not by colour alone.
    const highlight = await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      return { border: getComputedStyle(el).borderTopWidth, badge: getComputedStyle(el, '::before').content };
    }, step);
    expect(highlight.border).toBe('4px');
    expect(highlight.badge).toBe('"Vous êtes ici"');

    await page.locator(`#${step} share-actions button`).first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`/fr/${guide}/steps/${step}/$`));
    await expect.poll(() => page.textContent('#share-status')).toBe('Lien copié');

    await page.click('a[data-keep-hash][hreflang="en"]');
    await page.waitForURL(new RegExp(`/en/${guide}/#${step}$`));
    await page.waitForFunction(() => document.querySelector('surface-tabs')?.hasAttribute('data-enhanced'));
    expect(await page.isVisible(`#${step}`)).toBe(true);
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, step);
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
