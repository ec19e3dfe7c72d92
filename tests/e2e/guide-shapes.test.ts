// The guide shapes in the three engines, on the fixture built at a set clock
// (tests/site/guide-shapes.test.ts checks its files): the widget given a guide with
// nothing to count shows its fallback and link, never "NaN" or an empty box, on
// another site and in its iframe; the guide page has no countdown; the embed builder
// offers only guides with one, and its preview counts.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iframeSnippet, iframeUrl, scriptSnippet } from '../../src/lib/embed/embed-snippets';
import { buildFixture, canSetClock, projectFixtureRoot } from '../support/fixture-build';
import { engineNames, hasEngine, launchChromiumBrowser, problems, useEngine, waitFor, waitInFrame } from '../support/engines';
import { serveHostPages } from '../support/host-server';
import { serveDist, type StaticServer } from '../support/server';

/** Before the example's key date (2026-03-02): it counts down; check-now has no key date. */
const BEFORE = Date.parse('2026-02-01T12:00:00Z');
const hasClock = canSetClock();

let root: string;
let site: StaticServer;
let host: StaticServer;

/** What a widget shows: its state, the text a reader sees (slotted or in the shadow), its link, its box. */
const shown = (selector: string) => {
  const el = document.querySelector(selector);
  if (!el?.getAttribute('data-state')) return null;
  const shadow = el.shadowRoot!;
  const slot = shadow.querySelector('slot:not([name])') as HTMLSlotElement | null;
  const slotted = slot ? slot.assignedNodes().map((node) => node.textContent ?? '').join('') : '';
  const link = (shadow.querySelector('a[part=link]') ?? (slot ? el.querySelector('a') : null)) as HTMLAnchorElement | null;
  const box = el.getBoundingClientRect();
  return {
    state: el.getAttribute('data-state'),
    text: `${slotted}${[...shadow.querySelectorAll('[part]')].map((part) => part.textContent).join('')}`.replace(/\s+/g, ' ').trim(),
    link: link ? { href: link.href, text: link.textContent, visible: link.getBoundingClientRect().height > 0 } : null,
    height: Math.round(box.height),
  };
};

beforeAll(async () => {
  if (!hasClock) return;
  root = projectFixtureRoot();
  const run = buildFixture(root, {}, undefined, { at: BEFORE });
  if (run.status !== 0) throw new Error(run.output);
  site = await serveDist({ dir: join(root, 'dist'), headers: true, probe: true });
  const fallback = 'No date to wait for: check this setting now. How to object';
  const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
  host = await serveHostPages(
    {
      '/undated': page(
        'A newspaper',
        [
          scriptSnippet(site.url, { guide: 'check-now', lang: 'en', fallback, href: `${site.url}/en/check-now/#steps` }).replace('<optout-countdown ', '<optout-countdown id="snippet" '),
          '<optout-countdown id="bare" guide="check-now" lang="fr"></optout-countdown>',
          '<optout-countdown id="blank" guide="check-now" lang="en">\n  \n</optout-countdown>',
          iframeSnippet(iframeUrl(site.url, 'en', 'check-now'), 'Chatly'),
        ].join('\n'),
      ),
    },
    { probe: true },
  );
}, 240_000);
afterAll(async () => {
  await Promise.all([site?.close(), host?.close()]);
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.each(engineNames.filter((name) => hasClock && hasEngine(name)))('guide shapes in %s', (name) => {
  const browser = useEngine(name);

  it('the widget given a guide with no key date shows the fallback and its link, or the link alone, never NaN or an empty box', async () => {
    const page = await browser.engine.newPage({ now: BEFORE });
    await page.goto(`${host.url}/undated`);
    const snippet = await waitFor(page, shown, '#snippet', { what: 'the snippet widget' });
    expect(snippet).toMatchObject({ state: 'none', text: 'No date to wait for: check this setting now. How to object', link: { href: `${site.url}/en/check-now/#steps`, visible: true } });
    for (const [id, lang, text] of [['bare', 'fr', 'Comment s’opposer'], ['blank', 'en', 'How to object']] as const) {
      const alone = await waitFor(page, shown, `#${id}`, { what: `the ${id} widget` });
      expect(alone, id).toMatchObject({ state: 'none', text, link: { href: `https://fixture-guides.example.net/${lang}/check-now/#steps`, text, visible: true } });
      expect(alone.height, id).toBeGreaterThan(20);
    }
    const framed = await waitInFrame(page, 'iframe', shown, 'optout-countdown', { what: 'the widget in the frame' });
    // The frame's own fallback: the sentence and the link, as two paragraphs.
    expect(framed).toMatchObject({ state: 'none', text: expect.stringMatching(/^No date to wait for: check this setting now\. ?How to object$/), link: { visible: true } });
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/NaN|Invalid/);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it('the guide with no key date has no countdown: its first screen says so and acts', async () => {
    const page = await browser.engine.newPage({ now: BEFORE });
    await page.goto(`${site.url}/fr/check-now/`);
    const card = await waitFor(page, () => {
      const el = document.getElementById('deadline');
      return el && { text: el.innerText.replace(/\s+/g, ' '), countdowns: document.querySelectorAll('optout-countdown').length, action: el.querySelector('a[data-primary-action]')?.getAttribute('href') };
    });
    expect(card.countdowns).toBe(0);
    expect(card.text).toContain('Aucune date à attendre');
    expect(card.text).not.toMatch(/NaN|depuis|commencera/);
    expect(card.action).toBe('https://chatly.example.org/settings/data');
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it('the embed builder offers only the guides with a countdown, and its preview counts down to the key date ahead', async () => {
    // Half an hour before BEFORE: 28 days, 10 hours and 30 minutes before the instant.
    const page = await browser.engine.newPage({ now: BEFORE - 30 * 60_000 });
    await page.goto(`${site.url}/en/embed/`);
    expect(await page.evaluate(() => [...document.querySelectorAll('#embed-guide option')].map((o) => o.getAttribute('value')))).toEqual(['example', 'objection-form']);
    await page.click('input[value="script"]');
    const preview = await waitFor(page, () => {
      const el = document.querySelector('[data-preview] optout-countdown');
      const value = el?.shadowRoot?.querySelector('[part=value]')?.textContent;
      return value ? { state: el!.getAttribute('data-state'), guide: el!.getAttribute('guide'), value } : null;
    }, undefined, { what: 'the script preview' });
    expect(preview).toMatchObject({ state: 'upcoming', guide: 'example' });
    expect(preview.value).toMatch(/^28 days(,| and) 10 hours left$/);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });
});

// The same axe-core rules as tests/e2e/a11y.test.ts, on the pages each shape changes.
describe.skipIf(!hasClock || !hasEngine('chromium'))('guide shapes are accessible (axe-core, WCAG 2.2 AA)', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const paths = ['/en/', '/fr/check-now/', '/de/check-now/', '/en/example/', '/fr/objection-form/', '/en/embed/', '/embed/en/check-now/countdown/'];

  it.each([
    { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
    { name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
  ])('has no violation on the pages of each shape: $name', async ({ viewport, colorScheme }) => {
    const browser = await launchChromiumBrowser();
    // axe is injected as an inline script, which every page's meta CSP forbids: bypassed for the audit only.
    const context = await browser.newContext({ viewport, colorScheme, bypassCSP: true });
    await context.clock.install({ time: BEFORE });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('load');
      await page.addScriptTag({ content: axeSource });
      const results = await page.evaluate((runTags) => (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ passes: unknown[]; violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: runTags } }), tags);
      expect(results.passes.length, path).toBeGreaterThan(5);
      for (const v of results.violations) violations.push(`${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
    await browser.close();
    expect(violations, violations.join('\n')).toEqual([]);
  }, 120_000);
});
