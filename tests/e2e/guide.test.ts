// What a reader does with a guide, in the three engines readers use (Chromium,
// Firefox, WebKit/Safari): land on a shared step, switch surfaces by keyboard,
// tick steps that stay ticked, copy a step's link, under the site's own headers.
// What needs Playwright's contexts (no JavaScript, a browser language) stays in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, useBrowserAndSite } from '../support/browser';
import { engineNames, hasEngine, problems, useEngine, waitFor, type EnginePage } from '../support/engines';
import { guideFile, publishedGuides } from '../support/guides';
import { serveDist, type StaticServer } from '../support/server';
import { defaultLang } from '../../src/i18n/languages';

let site: StaticServer;
beforeAll(async () => {
  site = await serveDist({ headers: true, probe: true });
});
afterAll(() => site?.close());

const enhanced = (page: EnginePage) =>
  waitFor(page, () => Boolean(document.querySelector('surface-tabs')?.hasAttribute('data-enhanced') && document.querySelector('step-checklist input') && document.querySelector('share-actions button')), undefined, { what: 'the guide enhanced' });

/** Where the step's top edge (its border and "you are here" badge) ends up once the page has settled. */
const landing = async (page: EnginePage, id: string) => {
  await enhanced(page);
  await new Promise((resolve) => setTimeout(resolve, 500));
  return page.evaluate((target) => {
    const el = document.getElementById(target)!;
    // Firefox reports the badge's content unresolved, as attr(data-target-label).
    const content = getComputedStyle(el, '::before').content;
    const badge = content.startsWith('attr(') ? el.getAttribute(content.slice(5, -1)) : JSON.parse(content);
    return { top: Math.round(el.getBoundingClientRect().top), margin: parseFloat(getComputedStyle(el).scrollMarginTop), badge, visible: el.getClientRects().length > 0 };
  }, id);
};

describe.each(engineNames.filter(hasEngine))('the guide in %s', (name) => {
  const browser = useEngine(name);

  it.each([
    ['fr', 'linkedin', 'mobile-switch-off', 'mobile', 'Vous êtes ici'],
    ['en', 'linkedin', 'web-switch-off', 'web', 'You are here'],
    ['fr', 'meta', 'instagram-app-send-form', 'instagram-app', 'Vous êtes ici'],
    ['en', 'meta', 'facebook-web-objection-request', 'facebook-web', 'You are here'],
  ])('a link to /%s/%s/#%s lands on the step, whole, on its tab', async (lang, guide, id, surface, here) => {
    const page = await browser.engine.newPage({ width: 1024, height: 700 });
    await page.goto(`${site.url}/${lang}/${guide}/#${id}`);
    const landed = await landing(page, id);
    expect(landed.visible).toBe(true);
    expect(landed.badge).toBe(here);
    // At its scroll margin, give or take a pixel: neither cut off nor pushed down.
    expect(Math.abs(landed.top - landed.margin), `top ${landed.top}px`).toBeLessThanOrEqual(2);
    expect(await page.evaluate((tab) => document.getElementById(`${tab}-tab`)?.getAttribute('aria-selected'), surface)).toBe('true');
    await page.screenshot(`test-results/guide-${lang}-${id}-${name}.png`);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  // A stray "%" made decodeURIComponent throw: no tab was selected and every panel showed.
  it.each([
    ['instagram-app-send-form%', 'a malformed escape'],
    ['%69nstagram-app-send-form', 'a percent-encoded id'],
  ])('a link to /en/meta/#%s (%s) selects one tab, that of the step, without an error', async (fragment) => {
    const page = await browser.engine.newPage({ width: 1024, height: 700 });
    await page.goto(`${site.url}/en/meta/#${fragment}`);
    await enhanced(page);
    const tabs = await page.evaluate(() => ({
      selected: [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map((tab) => tab.id),
      shown: [...document.querySelectorAll<HTMLElement>('surface-tabs > [role="tabpanel"]')].filter((panel) => !panel.hidden).map((panel) => panel.id),
    }));
    expect(tabs.selected).toHaveLength(1);
    expect(tabs.shown).toEqual([tabs.selected[0]!.replace(/-tab$/, '')]);
    if (fragment.startsWith('%')) expect(tabs.selected).toEqual(['instagram-app-tab']);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it('keeps the linked step across the language switch', async () => {
    const page = await browser.engine.newPage();
    await page.goto(`${site.url}/en/linkedin/#mobile-ai-setting`);
    await enhanced(page);
    await page.click('a[data-keep-hash][hreflang="fr"]');
    await waitFor(page, () => document.documentElement.lang === 'fr' && location.hash === '#mobile-ai-setting');
    const landed = await landing(page, 'mobile-ai-setting');
    expect(Math.abs(landed.top - landed.margin), `top ${landed.top}px`).toBeLessThanOrEqual(2);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  // Every guide with more than one surface has tabs.
  it.each(publishedGuides.filter((id) => guideFile(id).data.surfaces.length > 1))('switches surfaces with the arrow keys and remembers the choice (%s)', async (guide) => {
    const page = await browser.engine.newPage();
    await page.goto(`${site.url}/fr/${guide}/`);
    await enhanced(page);
    await page.evaluate(() => localStorage.clear());
    const first = await page.evaluate(() => {
      const tab = document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
      tab.focus();
      return tab.id;
    });
    await page.press('ArrowRight');
    const second = await page.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')!.id);
    expect(second).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(second);
    expect(await page.evaluate((panel) => document.getElementById(panel)!.hidden, first.replace('-tab', ''))).toBe(true);
    await page.reload();
    await enhanced(page);
    expect(await page.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')!.id)).toBe(second);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it('keeps ticked steps after a reload, and clears them', async () => {
    const page = await browser.engine.newPage();
    await page.goto(`${site.url}/en/linkedin/#web-switch-off`);
    await enhanced(page);
    await page.evaluate(() => localStorage.clear());
    await page.click('#web-switch-off step-checklist input, #web-switch-off input[type="checkbox"]');
    await waitFor(page, () => /ticked|marked|done/i.test(document.getElementById('share-status')?.textContent ?? ''), undefined, { what: 'the tick announced' });
    await page.reload();
    await enhanced(page);
    const ticked = () => [...document.querySelectorAll<HTMLInputElement>('step-checklist input:checked')].map((box) => box.value);
    expect(await page.evaluate(ticked)).toEqual(['web-switch-off']);
    await page.click('step-checklist > p button');
    expect(await page.evaluate(ticked)).toEqual([]);
    await page.reload();
    await enhanced(page);
    expect(await page.evaluate(ticked)).toEqual([]);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it("copies a step's link", async () => {
    const page = await browser.engine.newPage();
    await page.goto(`${site.url}/en/linkedin/steps/web-switch-off/`);
    await waitFor(page, () => Boolean(document.querySelector('share-actions button')));
    await page.click('share-actions button');
    await waitFor(page, () => document.getElementById('share-status')?.textContent, undefined, { what: 'the copy announced' });
    expect(await page.evaluate(() => document.getElementById('share-status')!.textContent)).toBe('Link copied');
    expect(await page.evaluate(() => document.querySelector('share-actions button span')!.textContent)).toBe('Link copied');
    expect(await problems(page)).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the guide in Chromium, without JavaScript or with a browser language', () => {
  const chromium = useBrowserAndSite();

  it('shows every step without JavaScript', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.server.url}/en/linkedin/#web-switch-off`);
    for (const id of ['web-open-settings', 'web-switch-off', 'mobile-open-settings', 'mobile-switch-off']) {
      expect(await page.isVisible(`#${id}`), id).toBe(true);
    }
    expect(await page.textContent('#deadline time')).toBe('3 November 2025');
    // Meta: three surfaces over two products, every step in the page, the form's main button first.
    await page.goto(`${chromium.server.url}/fr/meta/`);
    for (const id of ['facebook-app-open-settings', 'facebook-web-privacy-center', 'instagram-app-send-form']) expect(await page.isVisible(`#${id}`), id).toBe(true);
    expect(await page.textContent('#summary a.button')).toBe('Ouvrir le formulaire d’opposition via le Centre de confidentialité de Meta');
    expect(await page.textContent('#deadline time')).toBe('27 mai 2025');
    await context.close();
  });

  it('opens a form-based guide with several products on the first app on a touch screen, the first website otherwise', async () => {
    for (const [touch, expected] of [[true, 'facebook-app'], [false, 'facebook-web']] as const) {
      const context = await chromium.browser.newContext({ hasTouch: touch, isMobile: touch, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${chromium.server.url}/en/meta/`);
      await page.waitForFunction(() => document.querySelector('surface-tabs')?.hasAttribute('data-enhanced'));
      expect(await page.getAttribute('[role="tab"][aria-selected="true"]', 'id')).toBe(`${expected}-tab`);
      expect(await page.getAttribute('[role="tablist"]', 'aria-label')).toBe('Where do you use Facebook or Instagram?');
      await context.close();
    }
  });

  it('sends the root to the browser language, and serves the 404 page', async () => {
    const context = await chromium.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${chromium.server.url}/`);
    await page.waitForURL(/\/fr\/$/);
    const response = await page.goto(`${chromium.server.url}/nope/`);
    expect(response?.status()).toBe(404);
    // Every published language, the default one (content/languages.yaml) first.
    expect(await page.getAttribute('html', 'lang')).toBe(defaultLang);
    expect(await page.textContent('section[lang="fr"] h1')).toBe('Page introuvable');
    expect(await page.textContent('section[lang="en"] h1')).toBe('Page not found');
    await context.close();
  });
});
