// Hostile values in the iframe's query string and in every attribute the widget
// reads: nothing runs, nothing overflows, unknown values fall back to defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hostileValues } from '../fixtures/hostile-values';
import { hasEngine, launchChromiumBrowser } from '../support/engines';
import { serveHostPages } from '../support/host-server';
import { serveDist, type StaticServer } from '../support/server';

let browser: Browser;
let site: StaticServer;
let host: StaticServer;

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

describe.skipIf(!hasEngine('chromium'))('hostile input', () => {
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromiumBrowser(), serveDist({ headers: true })]);
    host = await serveHostPages({
      '/widgets': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widgets</title>
        <script defer src="${site.url}/embed/countdown.js"></script></head>
        <body style="margin:0"><div id="box" style="width:360px"></div></body></html>`,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([site?.close(), host?.close()]);
  });

  it('has at least 50 values to try', () => expect(hostileValues.length).toBeGreaterThanOrEqual(50));

  it('the iframe page ignores hostile query parameters', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const problems = watch(page);
    for (const hostile of hostileValues) {
      // URLs are capped by servers (Node: 16 KB of headers), so very long values are cut to 300 characters here (the element test below takes them whole).
      const value = hostile.slice(0, 300);
      const query = new URLSearchParams({ theme: value, compact: value, [value.slice(0, 100) || 'empty']: value, lang: value, guide: value });
      await page.goto(`${site.url}/embed/fr/linkedin/countdown/?${query}`);
      await page.waitForFunction(() => document.querySelector('optout-countdown')?.hasAttribute('data-state'));
      const state = await page.evaluate(() => {
        const el = document.querySelector('optout-countdown')!;
        return {
          attrs: el.getAttributeNames().sort(),
          lang: el.getAttribute('lang'),
          guide: el.getAttribute('guide'),
          state: el.getAttribute('data-state'),
          overflow: document.documentElement.scrollWidth > window.innerWidth,
          pwned: (window as unknown as { __pwned?: number }).__pwned,
        };
      });
      expect(state.attrs, value).toEqual(['data-state', 'guide', 'lang']);
      expect(state).toMatchObject({ lang: 'fr', guide: 'linkedin', state: 'passed', overflow: false });
      expect(state.pwned, value).toBeUndefined();
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('the custom element shows text or a fallback for every hostile attribute value', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const problems = watch(page);
    await page.goto(`${host.url}/widgets`);
    await page.waitForFunction(() => customElements.get('optout-countdown'));
    const results = await page.evaluate((values) => {
      const box = document.getElementById('box')!;
      const out: { value: string; attribute: string; state: string | null; text: string; width: number; links: string[]; markup: boolean }[] = [];
      for (const attribute of ['guide', 'datetime', 'href', 'lang', 'theme']) {
        for (const value of values) {
          box.replaceChildren();
          const el = document.createElement('optout-countdown');
          if (attribute !== 'guide') el.setAttribute('guide', 'linkedin');
          if (attribute === 'href') {
            el.removeAttribute('guide');
            el.setAttribute('datetime', '2030-01-01T00:00:00Z');
          }
          el.setAttribute('lang', 'en');
          el.setAttribute(attribute, value);
          box.append(el);
          const root = el.shadowRoot!;
          out.push({
            value: value.slice(0, 40),
            attribute,
            state: el.getAttribute('data-state'),
            text: root.querySelector('[part=value]')?.textContent ?? '',
            width: el.getBoundingClientRect().width,
            links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
            markup: !!root.querySelector('img, script, iframe, svg, [onerror], [onload], [style]'),
          });
        }
      }
      return out;
    }, hostileValues);
    for (const r of results) {
      const where = `${r.attribute}=${JSON.stringify(r.value)}`;
      expect(r.text.length, where).toBeGreaterThan(0);
      expect(r.width, where).toBeLessThanOrEqual(360);
      expect(r.markup, where).toBe(false);
      for (const href of r.links) expect(href, where).toMatch(/^https?:\/\//);
      if (r.attribute === 'theme') expect(r.state, where).toBe('passed');
      if (r.attribute === 'guide' || r.attribute === 'datetime') expect(['invalid', 'passed'], where).toContain(r.state);
    }
    expect(results.filter((r) => r.attribute === 'guide' && r.state !== 'invalid').map((r) => r.value)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
