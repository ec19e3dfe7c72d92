// The countdown embedded on other sites, in the three engines readers use: the
// documented iframe (sandboxed, opaque origin) and script snippets, the widget
// loaded as a module or with crossorigin, another site's scripts reading the
// public files, WordPress's own embed script hosting the oEmbed iframe, and the
// embed builder's previews. The site is served with its own headers; every page
// and frame must report no script error and no CSP violation.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iframeSnippet, iframeUrl, listenerSnippet, scriptSnippet } from '../../src/lib/embed/embed-snippets';
import { clickInFrame, engineNames, hasEngine, problems, useEngine, waitFor, waitInFrame, type EnginePage } from '../support/engines';
import { builtSiteUrl, distDir } from '../support/dist';
import { serveHostPages } from '../support/host-server';
import { serveDist, type StaticServer } from '../support/server';

const wpEmbedPath = '/usr/share/wordpress/wp-includes/js/wp-embed.js';
const hasWordPress = (() => {
  try {
    readFileSync(wpEmbedPath);
    return true;
  } catch {
    const message = `WordPress's wp-embed.js not found at ${wpEmbedPath}: the WordPress embed test ${process.env['CI'] ? 'cannot run' : 'is skipped'} (apt-get install -y wordpress)`;
    if (process.env['CI']) throw new Error(message);
    console.warn(message);
    return false;
  }
})();

const D = Date.parse('2025-11-02T22:00:00Z');
const DAY = 86_400_000;
const after = D + 40 * DAY;

let site: StaticServer;
let host: StaticServer;

/**
 * What WordPress (wp_filter_oembed_result, WordPress 6) makes of an oEmbed iframe from a
 * provider it does not know: only src, width, height, title and a few frame attributes
 * survive (no sandbox of ours, style or loading); a secret goes into the fragment and
 * data-secret; then class, sandbox="allow-scripts" and security="restricted".
 */
function asWordPressWould(html: string, secret: string): string {
  const iframe = /<iframe[^>]*><\/iframe>/.exec(html)?.[0];
  if (!iframe) throw new Error('the oEmbed HTML has no iframe');
  const kept = [...iframe.matchAll(/\s([a-z-]+)="([^"]*)"/g)].filter(([, name]) => ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'].includes(name!));
  const attributes = kept.map(([, name, value]) => (name === 'src' ? ` src="${value}#?secret=${secret}" data-secret="${secret}"` : ` ${name}="${value}"`)).join('');
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"${attributes}></iframe>`;
}

/** A theme's narrow column, where the countdown wraps and the frame must grow to fit it. */
const column = '<style>main{max-width:200px} iframe{max-width:100%}</style>';

beforeAll(async () => {
  site = await serveDist({ headers: true, probe: true });
  // The built pages name the public address; the host pages use where it is served.
  const local = (text: string) => text.replaceAll(new URL(builtSiteUrl()).origin, site.url);
  const oembed = JSON.parse(local(readFileSync(`${distDir}/en/linkedin/oembed.json`, 'utf8'))) as { html: string };
  const widget = `${site.url}/embed/countdown.js`;
  const fallback = `<optout-countdown guide="linkedin" lang="en"><a href="${site.url}/en/linkedin/">LinkedIn has been using this data since 3 November 2025.</a></optout-countdown>`;
  const page = (title: string, body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;
  host = await serveHostPages(
    {
      '/article': page('A newspaper', `${iframeSnippet(iframeUrl(site.url, 'fr', 'linkedin', { theme: 'dark' }), 'Compte à rebours')}\n${listenerSnippet(site.url)}\n${scriptSnippet(site.url, { guide: 'linkedin', lang: 'en', fallback: 'LinkedIn has been using this data since 3 November 2025.', href: `${site.url}/en/linkedin/` })}`),
      '/module': page('Module', fallback, `<script type="module" src="${widget}"></script>`),
      '/crossorigin': page('Crossorigin', fallback, `<script defer crossorigin="anonymous" src="${widget}"></script>`),
      '/reader': page('Reader', '<p>Reads the public files.</p>'),
      '/wordpress': page('An association on WordPress', `${column}<p>Our campaign:</p>${asWordPressWould(oembed.html, 'Wp4Secret7')}<script>${readFileSync(wpEmbedPath, 'utf8')}</script>`),
    },
    { probe: true },
  );
});
afterAll(async () => {
  await Promise.all([site?.close(), host?.close()]);
});

type State = { state: string | null; value: string };
const readWidget = () => {
  const el = document.querySelector('optout-countdown');
  const value = el?.shadowRoot?.querySelector('[part=value]')?.textContent;
  return value ? { state: el!.getAttribute('data-state'), value } : null;
};
const widgetIn = (page: EnginePage): Promise<State> => waitFor(page, readWidget, undefined, { what: 'the countdown' });
const widgetInFrame = (page: EnginePage, frame = 'iframe'): Promise<State> => waitInFrame(page, frame, readWidget, undefined, { what: 'the countdown in the frame' });
const frameHeight = (page: EnginePage) => page.evaluate(() => document.querySelector('iframe')!.getAttribute('height'));

describe.each(engineNames.filter(hasEngine))('embedding the countdown in %s', (name) => {
  const browser = useEngine(name);

  it('the sandboxed iframe and the script snippet work on another site; the frame reports its height', async () => {
    const page = await browser.engine.newPage({ now: after });
    await page.goto(`${host.url}/article`);
    expect((await widgetIn(page)).value).toBe('In force for 40 days');
    expect((await widgetInFrame(page)).state).toBe('passed');
    const height = Number(await waitFor(page, () => document.querySelector('iframe')!.getAttribute('height') !== '200' && document.querySelector('iframe')!.getAttribute('height'), undefined, { what: 'the height message' }));
    expect(height).toBeGreaterThanOrEqual(80);
    expect(height).toBeLessThanOrEqual(600);
    // The frame's own stylesheet applied (WebKit refused it under 'self' alone).
    expect(await page.evaluateInFrame('iframe', () => getComputedStyle(document.body).marginTop)).toBe('0px');
    await page.screenshot(`test-results/embed-iframe-${name}.png`);
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it.each(['module', 'crossorigin'])('the widget loads on another site as a %s script (CORS)', async (kind) => {
    const page = await browser.engine.newPage({ now: after });
    await page.goto(`${host.url}/${kind}`);
    expect(await widgetIn(page)).toEqual({ state: 'passed', value: 'In force for 40 days' });
    expect(await problems(page)).toEqual([]);
    await page.close();
  });

  it("another site's scripts read the API, the oEmbed JSON, the feeds and the calendar files", async () => {
    const page = await browser.engine.newPage();
    await page.goto(`${host.url}/reader`);
    // Calendar files exist only while a deadline is ahead: every one that was built.
    const calendars = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ics')).map((file) => `/${file}`);
    const paths = ['/api/v1/guides.json', '/api/v1/guides/linkedin.json', '/api/v2/guides.json', '/api/v2/guides/linkedin.json', '/en/linkedin/oembed.json', '/fr/feed.xml', ...calendars];
    const read = await page.evaluate(
      ({ base, paths }) => Promise.all(paths.map((path) => fetch(base + path).then((r) => r.text().then((text) => `${path} ${r.status} ${text.length > 100}`), (error: unknown) => `${path} ${String(error)}`))),
      { base: site.url, paths },
    );
    expect(read).toEqual(paths.map((path) => `${path} 200 true`));
    await page.close();
  });

  it.skipIf(!hasWordPress)("in WordPress, wp-embed.js sizes the oEmbed frame from its height message, and the link opens the guide", async () => {
    const page = await browser.engine.newPage({ now: after });
    await page.goto(`${host.url}/wordpress`);
    expect((await widgetInFrame(page)).state).toBe('passed');
    // wp-embed.js sets the height it is told, between 200 and 1000 px; the frame's content then fits.
    await waitFor(page, () => document.querySelector('iframe')!.getAttribute('height') !== '200', undefined, { what: "wp-embed.js's resize", timeout: 5000 }).catch(() => undefined);
    const content = await page.evaluateInFrame('iframe', () => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(Number(await frameHeight(page))).toBe(Math.min(1000, Math.max(200, content)));
    expect(content).toBeGreaterThan(200);
    // WordPress drops style: frameborder="0" is what keeps the frame borderless there.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('iframe')!).borderTopWidth)).toBe('0px');
    await page.screenshot(`test-results/embed-wordpress-${name}.png`);
    expect(await problems(page)).toEqual([]);
    // A real click on the widget's link: the frame (sandboxed without popups) asks
    // wp-embed.js, which opens links on the frame's own host in the top window.
    await clickInFrame(page, 'iframe', ['optout-countdown', 'a']);
    await waitFor(page, (url) => location.href === url, `${site.url}/en/linkedin/#steps`, { what: 'the guide in the top window' });
    await page.close();
  });

  it("the embed builder previews both snippets", async () => {
    const page = await browser.engine.newPage({ now: after });
    await page.goto(`${site.url}/fr/embed/`);
    await page.click('input[value="script"]');
    await waitFor(page, () => document.querySelector('[data-preview] optout-countdown')?.getAttribute('data-state'), undefined, { what: 'the script preview' });
    await page.click('input[value="iframe"]');
    // The preview frame loads lazily, as the reader scrolls to it.
    await page.evaluate(() => document.querySelector('[data-preview]')!.scrollIntoView());
    expect((await widgetInFrame(page, '[data-preview] iframe')).state).toBe('passed');
    expect(await page.evaluateInFrame('[data-preview] iframe', () => getComputedStyle(document.body).marginTop)).toBe('0px');
    expect(await problems(page)).toEqual([]);
    await page.close();
  });
});
