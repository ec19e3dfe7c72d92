// The site talks to no one else, sets no cookie, stores only the documented
// preferences, and stays readable without JavaScript.
import { describe, expect, it } from 'vitest';
import { hasEngine, useChromiumAndSite } from '../support/engines';
import { builtPages } from '../support/dist';
import { content, firstStep, guideFile, perGuideAndLang, publishedGuides } from '../support/guides';

/** What the site may keep in the browser, and why: see CONTRIBUTING.md, "Privacy". */
const allowedStorageKeys = ['optout:checklist', 'optout:surface'];

describe.skipIf(!hasEngine('chromium'))('privacy and resilience in Chromium', () => {
  const site = useChromiumAndSite();

  it('no page requests another origin, sets a cookie or writes storage', async () => {
    const context = await site.browser.newContext();
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin !== site.server.url) {
        foreign.push(url);
        return route.abort();
      }
      return route.continue();
    });
    const page = await context.newPage();
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(25);
    for (const path of pages) {
      await page.goto(`${site.server.url}${path}`);
      await page.waitForLoadState('networkidle');
      const state = await page.evaluate(() => ({ cookie: document.cookie, local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
      expect(state, path).toEqual({ cookie: '', local: [], session: [] });
    }
    expect((await context.cookies()).length).toBe(0);
    expect(foreign).toEqual([]);
    await context.close();
  }, 120_000);

  it.each([
    ['linkedin', 'mobile', 'mobile-open-settings'],
    ['meta', 'instagram-app', 'instagram-app-open-settings'],
  ])('stores only the documented preferences: the chosen surface and the ticked steps (%s)', async (guide, surface, step) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/en/${guide}/`);
    await page.click(`#${surface}-tab`);
    await page.check(`#${step} input[type=checkbox]`);
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(allowedStorageKeys);
    expect(await page.evaluate(() => localStorage.getItem('optout:surface'))).toBe(surface);
    await page.close();
  });

  it('keeps ticked steps across visits, announces them, and clears them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/fr/linkedin/`);
    await page.click('#web-tab');
    const clear = page.getByRole('button', { name: 'Effacer mes coches' });
    expect(await clear.isVisible()).toBe(false);
    await page.check('#web-switch-off input[type=checkbox]');
    await expect.poll(() => page.textContent('#share-status')).toBe('Fait\u00a0: Désactivez le paramètre');
    expect(await clear.isVisible()).toBe(true);
    await page.reload();
    expect(await page.isChecked('#web-switch-off input[type=checkbox]')).toBe(true);
    expect(await page.isChecked('#web-open-settings input[type=checkbox]')).toBe(false);
    await page.getByRole('button', { name: 'Effacer mes coches' }).click();
    await expect.poll(() => page.textContent('#share-status')).toBe('Toutes les coches sont effacées.');
    expect(await page.isChecked('#web-switch-off input[type=checkbox]')).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('optout:checklist'))).toBeNull();
    // The button hides once used; focus moves to the first box, not to the page.
    expect(await clear.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    await page.close();
  });

  it.each(perGuideAndLang('{lang} {guide}').map((pair) => pair.split(' ')))('without JavaScript the %s %s guide is whole: steps, sections, deadline, working links', async (lang, guide) => {
    const file = guideFile(guide!);
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/${lang}/${guide}/`);
    for (const id of ['summary', 'deadline', 'steps', ...file.data.surfaces.map((s) => s.id), 'data', 'exclusions', 'effects', 'legal', 'faq', 'sources']) {
      expect(await page.isVisible(`#${id}`), id).toBe(true);
    }
    expect(await page.locator('li.step').count()).toBe(content.entries.filter((e) => e.guide === guide && e.lang === lang && e.kind === 'steps').length);
    for (const step of await page.locator('li.step').all()) expect(await step.isVisible()).toBe(true);
    const date = file.data.statusOverride?.since ?? file.data.deadline?.date;
    if (date) expect(await page.getAttribute('#deadline time', 'datetime')).toBe(date);
    else expect(await page.locator('#deadline time').count()).toBe(0);
    const step = firstStep(guide!);
    await page.click(`a[href="/${lang}/${guide}/steps/${step}/"]`);
    await page.waitForURL(new RegExp(`/${lang}/${guide}/steps/${step}/$`));
    await page.click(`a[href="/${lang}/${guide}/#${step}"]`);
    await page.waitForURL(new RegExp(`/${lang}/${guide}/#${step}$`));
    await context.close();
  });

  it.each(publishedGuides)('reaches every control of the %s guide by keyboard, each with a visible focus', async (guide) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/en/${guide}/`);
    await page.waitForFunction(() => document.querySelector('surface-tabs')?.hasAttribute('data-enhanced'));
    const seen: { label: string; outline: string }[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        let el = document.activeElement as HTMLElement | null;
        // Focus inside a widget's shadow root is reported on its host: look inside.
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { label: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} ${el.textContent?.trim().slice(0, 40) ?? ''}`, outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      if (!focused) break;
      seen.push(focused);
    }
    const labels = seen.map((s) => s.label);
    expect(labels.some((l) => l.startsWith('a Skip to content'))).toBe(true);
    expect(labels.some((l) => l.startsWith('a Lire en français'))).toBe(true);
    expect(labels.some((l) => l.startsWith('button[role=tab]'))).toBe(true);
    expect(labels.filter((l) => l.startsWith('button Copy link')).length).toBeGreaterThan(8);
    // The header's search field, then the checklist boxes of the shown surface (as many as its steps).
    const shownBoxes = await page.locator('[role=tabpanel]:visible input[type=checkbox]').count();
    expect(shownBoxes).toBeGreaterThan(1);
    expect(labels.filter((l) => l.startsWith('input')).length).toBe(1 + shownBoxes);
    expect(labels.some((l) => l.startsWith('button Search'))).toBe(true);
    // Nothing is ticked yet: there is nothing to clear, so no button to reach.
    expect(labels.some((l) => l.startsWith('button Clear my ticks'))).toBe(false);
    for (const { label, outline } of seen) expect(outline, label).not.toMatch(/^none/);
    await page.close();
  });
});
