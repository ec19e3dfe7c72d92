import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { engineNames, hasEngine, launchChromiumBrowser, problems, useEngine, waitFor } from '../support/engines';
import { serveHostPages } from '../support/host-server';
import { serveDist, type StaticServer } from '../support/server';
import { iframeSnippet, iframeUrl, scriptSnippet } from '../../src/lib/embed/embed-snippets';

const D = Date.parse('2025-11-02T22:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;

let browser: Browser;
let site: StaticServer;
let host: StaticServer;

/** Text and state of the first (or given) <optout-countdown> on the page or frame. */
const widget = (page: Page, selector = 'optout-countdown') =>
  page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    const value = el?.shadowRoot?.querySelector('[part=value]')?.textContent;
    return value ? { state: el!.getAttribute('data-state'), value, date: el!.shadowRoot!.querySelector('[part=date]')?.textContent ?? '', sr: el!.shadowRoot!.querySelector('[part=sr]')?.textContent ?? '', status: el!.shadowRoot!.querySelector('[role=status]')?.textContent ?? '' } : null;
  }, selector).then((handle) => handle.jsonValue() as Promise<{ state: string; value: string; date: string; sr: string; status: string }>);

async function contextAt(time: number, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.clock.install({ time });
  return context;
}

const hostile = [
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '"><script>window.__pwned=1</script>',
  'x'.repeat(10_000),
  '2025-11-03',
  '2025-11-03T00:00:00',
  'it',
];

describe.skipIf(!hasEngine('chromium'))('the countdown in Chromium', () => {
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromiumBrowser(), serveDist()]);
    const widgetCases = [
      `<optout-countdown id="unknown-guide" guide="nope" lang="en"></optout-countdown>`,
      `<optout-countdown id="unknown-lang" guide="linkedin" lang="it"></optout-countdown>`,
      `<optout-countdown id="date-only" datetime="2025-11-03" lang="fr"></optout-countdown>`,
      `<optout-countdown id="custom" datetime="2030-01-01T00:00:00+01:00" href="https://example.org/steps" lang="fr"></optout-countdown>`,
      `<optout-countdown id="js-href" datetime="2030-01-01T00:00:00Z" lang="en"></optout-countdown>`,
      `<div lang="fr"><optout-countdown id="inherits" guide="linkedin"></optout-countdown></div>`,
      `<div lang="it"><optout-countdown id="page-lang-unknown" guide="linkedin"></optout-countdown></div>`,
      ...hostile.map((_, i) => `<optout-countdown id="hostile-${i}" lang="en"></optout-countdown>`),
    ].join('\n');
    host = await serveHostPages({
      '/meta': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Un journal</title></head><body>
        ${scriptSnippet(site.url, { guide: 'meta', lang: 'fr', fallback: 'Meta utilise ces données depuis le 27 mai 2025.', href: `${site.url}/fr/meta/` })}
        <optout-countdown id="meta-en" guide="meta" lang="en"></optout-countdown>
        ${iframeSnippet(iframeUrl(site.url, 'en', 'meta', {}), 'Countdown')}
      </body></html>`,
      '/widgets': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widgets</title>
        <script defer src="${site.url}/embed/countdown.js"></script></head><body>${widgetCases}
        <script>window.__hostile = ${JSON.stringify(hostile).replace(/</g, '\\u003c')};</script></body></html>`,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([site?.close(), host?.close()]);
  });

  it.each([
    ['America/Los_Angeles'],
    ['Pacific/Kiritimati'],
  ])('on the guide page before and after the deadline, in %s', async (timezoneId) => {
    const before = await contextAt(D - 3 * DAY - 5 * HOUR - 60_000, { timezoneId, locale: 'en-US' });
    const page = await before.newPage();
    await page.goto(`${site.url}/en/linkedin/`);
    const early = await widget(page);
    expect(early.state).toBe('upcoming');
    expect(early.value).toMatch(/^3 days(,| and) 5 hours left$/);
    expect(early.date).toBe('Starts on 3 November 2025');
    await before.close();

    const after = await contextAt(D + 10 * DAY + HOUR, { timezoneId, locale: 'fr-FR' });
    const late = await after.newPage();
    await late.goto(`${site.url}/fr/linkedin/`);
    const passed = await widget(late);
    expect(passed.state).toBe('passed');
    expect(passed.value.replace(/\s/g, ' ')).toBe('En vigueur depuis 10 jours');
    expect(passed.date).toBe('Depuis le 3 novembre 2025');
    await after.close();
  });

  it('counts to the start of 27 May in UTC+03:00 for <optout-countdown guide="meta">, in the element and the iframe', async () => {
    const M = Date.parse('2025-05-26T21:00:00Z');
    const before = await contextAt(M - 2 * HOUR - 60_000, { timezoneId: 'Europe/Helsinki' });
    const page = await before.newPage();
    await page.goto(`${host.url}/meta`);
    const fr = await widget(page);
    expect(fr.state).toBe('upcoming');
    expect(fr.value.replace(/\s/g, ' ')).toMatch(/^Il reste 2 heures/);
    expect(fr.date).toBe('À partir du 27 mai 2025');
    expect(await page.evaluate(() => document.querySelector('optout-countdown')!.shadowRoot!.querySelector('a')?.href)).toMatch(/\/fr\/meta\/#steps$/);
    const en = await widget(page, '#meta-en');
    expect(en.date).toBe('Starts on 27 May 2025');
    await before.close();

    const after = await contextAt(M + 60_000, { timezoneId: 'America/Los_Angeles' });
    const late = await after.newPage();
    await late.goto(`${host.url}/meta`);
    expect((await widget(late)).state).toBe('passed');
    expect((await widget(late)).date).toBe('Depuis le 27 mai 2025');
    await expect.poll(() => late.frameLocator('iframe').locator('optout-countdown').getAttribute('data-state')).toBe('passed');
    await after.close();
  });

  it('crosses the deadline on an open page once: state, event and one announcement', async () => {
    const context = await contextAt(D - 30_000);
    const page = await context.newPage();
    await page.goto(`${site.url}/en/linkedin/`);
    await widget(page);
    await page.evaluate(() => {
      (window as unknown as { crossings: number }).crossings = 0;
      document.querySelector('optout-countdown')!.addEventListener('deadline', () => (window as unknown as { crossings: number }).crossings++);
    });
    await page.clock.runFor(45_000);
    await page.clock.runFor(10 * 60_000);
    const after = await widget(page);
    expect(after.state).toBe('passed');
    expect(after.status).toBe('Now in force. You can still object.');
    expect(await page.evaluate(() => (window as unknown as { crossings: number }).crossings)).toBe(1);
    await context.close();
  });

  it('changes the screen-reader twin at most once a minute', async () => {
    const context = await contextAt(D - 10 * 60_000);
    const page = await context.newPage();
    await page.goto(`${site.url}/en/linkedin/`);
    await widget(page);
    await page.evaluate(() => {
      const sr = document.querySelector('optout-countdown')!.shadowRoot!.querySelector('[part=sr]')!;
      const times: number[] = [];
      (window as unknown as { srTimes: number[] }).srTimes = times;
      new MutationObserver(() => times.push(Date.now())).observe(sr, { childList: true, characterData: true, subtree: true });
    });
    for (let i = 0; i < 8 * 12; i++) await page.clock.runFor(5_000);
    const times = await page.evaluate(() => (window as unknown as { srTimes: number[] }).srTimes);
    expect(times.length).toBeGreaterThan(2);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(60_000);
    expect(await page.evaluate(() => document.querySelector('optout-countdown')!.shadowRoot!.querySelector('[aria-live]'))).toBeNull();
    await context.close();
  });

  it('renders a readable fallback for bad input and executes nothing', async () => {
    const context = await contextAt(D + DAY);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${host.url}/widgets`);
    // Hostile values reach every attribute the element reads.
    await page.evaluate(() => {
      const values = (window as unknown as { __hostile: string[] }).__hostile;
      values.forEach((value, i) => {
        const el = document.getElementById(`hostile-${i}`)!;
        for (const name of ['guide', 'datetime', 'href', 'lang']) el.setAttribute(name, value);
      });
      document.getElementById('js-href')!.setAttribute('href', 'javascript:window.__pwned=1');
    });
    const read = (id: string) => widget(page, `#${id}`);
    for (const id of ['unknown-guide', 'unknown-lang', 'date-only', ...[0, 1, 2, 3, 4, 5, 6].map((i) => `hostile-${i}`)]) {
      const result = await read(id);
      expect(result.state, id).toBe('invalid');
      expect(result.value, id).toMatch(/^(Countdown unavailable|Compte à rebours indisponible)$/);
    }
    expect((await read('custom')).state).toBe('upcoming');
    expect(await page.evaluate(() => document.getElementById('custom')!.shadowRoot!.querySelector('a')?.href)).toBe('https://example.org/steps');
    expect(await page.evaluate(() => document.getElementById('js-href')!.shadowRoot!.querySelector('a'))).toBeNull();
    expect((await read('inherits')).value.replace(/\s/g, ' ')).toBe('En vigueur depuis 1 jour');
    // A page in a language the site does not have (Italian) that did not ask for one gets English, not an error.
    expect((await read('page-lang-unknown')).value).toBe('In force for 1 day');
    expect(await page.evaluate(() => document.getElementById('page-lang-unknown')!.shadowRoot!.querySelector('a')?.href)).toMatch(/\/en\/linkedin\/#steps$/);
    // No link survives with a scheme other than http(s), so there is nothing to click that runs code.
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('optout-countdown')].map((el) => el.shadowRoot!.querySelector('a')?.href).filter(Boolean));
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => [...document.querySelectorAll('optout-countdown')].some((el) => el.shadowRoot!.querySelector('img,script')))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the guide and the iframe page say the date in a sentence', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/fr/linkedin/`);
    expect((await page.textContent('#deadline optout-countdown p'))?.trim()).toMatch(/^LinkedIn utilise ces données depuis le 3 novembre 2025\.$/);
    await page.goto(`${site.url}/embed/en/linkedin/countdown/`);
    expect((await page.textContent('optout-countdown p'))?.trim()).toBe('LinkedIn has been using this data since 3 November 2025.');
    expect(await page.getAttribute('optout-countdown time', 'datetime')).toBe('2025-11-03');
    await context.close();
  });
});

// The states a reader sees, in the three engines: each page gets its own clock
// (Playwright's, a shifted Date in Firefox, libfaketime in WebKit).
describe.each(engineNames.filter(hasEngine))('the countdown in %s', (name) => {
  const browser = useEngine(name);
  let probed: StaticServer;
  beforeAll(async () => {
    probed = await serveDist({ headers: true, probe: true });
  });
  afterAll(() => probed?.close());

  const read = () => {
    const el = document.querySelector('optout-countdown');
    const part = (p: string) => el?.shadowRoot?.querySelector(`[part=${p}]`)?.textContent ?? '';
    return part('value') ? { state: el!.getAttribute('data-state'), value: part('value').replace(/\s/g, ' '), date: part('date').replace(/\s/g, ' ') } : null;
  };

  it.each([
    ['en', D - 3 * DAY - 5 * HOUR - 60_000, { state: 'upcoming', value: expect.stringMatching(/^3 days(,| and) 5 hours left$/), date: 'Starts on 3 November 2025' }],
    ['fr', D + 10 * DAY + HOUR, { state: 'passed', value: 'En vigueur depuis 10 jours', date: 'Depuis le 3 novembre 2025' }],
  ] as const)('on the %s guide page, before or after the deadline', async (lang, now, expected) => {
    const page = await browser.engine.newPage({ now });
    await page.goto(`${probed.url}/${lang}/linkedin/`);
    expect(await waitFor(page, read, undefined, { what: 'the countdown' })).toEqual(expected);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it('on the iframe page, before and after, with only the allowlisted options', async () => {
    for (const [now, state] of [[D - 2 * DAY, 'upcoming'], [D + 2 * DAY, 'passed']] as const) {
      const page = await browser.engine.newPage({ now });
      await page.goto(`${probed.url}/embed/fr/linkedin/countdown/?theme=dark&compact=1&lang=en&onload=alert(1)`);
      expect((await waitFor(page, read, undefined, { what: 'the countdown' })).state).toBe(state);
      const attrs = await page.evaluate(() => document.querySelector('optout-countdown')!.getAttributeNames().sort());
      expect(attrs).toEqual(['compact', 'data-state', 'guide', 'lang', 'theme']);
      expect(await page.evaluate(() => document.querySelector('optout-countdown')!.getAttribute('lang'))).toBe('fr');
      expect(await problems(page)).toEqual([]);
      await page.close();
    }
  });
});
