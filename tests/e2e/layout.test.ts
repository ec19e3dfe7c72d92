// The first screen, measured on a 390×844 phone and a 1280×800 desktop: every published
// guide, in every language, shows its primary action without scrolling; the phone header
// stays within 64 px; heading anchors sit on their heading's line. In Chromium, in both
// colour schemes, nothing shifts once the page has loaded (layout-shift entries, which
// only Chromium reports); Firefox and WebKit (Safari's engine) check the rest, in the
// window size they give. Screenshots of each first screen go to test-results/layout/
// (not committed) for a reviewer to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { hasChromium, useBrowserAndSite } from '../support/browser';
import { engineNames, hasEngine, useEngine, waitFor } from '../support/engines';
import { serveDist, type StaticServer } from '../support/server';
import { distDir, projectRoot } from '../support/dist';

const shotsDir = join(projectRoot, 'test-results', 'layout');

const viewports = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
];
const schemes = ['light', 'dark'] as const;

/** The published guides, as the site lists them: version 2 lists every guide, version 1 only those with a key date. */
const guideIds = (): string[] => (JSON.parse(readFileSync(join(distDir, 'api/v2/guides.json'), 'utf8')) as { guides: { id: string }[] }).guides.map((g) => g.id);

// Collects layout shifts from the first paint on (buffered). All of them: the test makes no
// input, yet emulated touch marks some shifts as following one (hadRecentInput).
const recordShifts = `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__shifts.push({ value: entry.value, sources: (entry.sources || []).map((s) => s.node && s.node.nodeName + (s.node.id ? '#' + s.node.id : '') + (s.node.className ? '.' + String(s.node.className).split(' ')[0] : '')) });
  }
}).observe({ type: 'layout-shift', buffered: true });`;

interface Measures {
  header: { height: number };
  action: { top: number; bottom: number; left: number; right: number; text: string } | null;
  anchors: { id: string; line: { top: number; bottom: number }; link: { top: number; bottom: number } }[];
  /** Chromium only. */
  shifts?: { value: number; sources: string[] }[];
  viewport: { width: number; height: number };
}

// A string, not a function: the test runner's transform would add helpers the page lacks.
const measure = `(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
  const action = document.querySelector('[data-primary-action]');
  const anchors = [];
  for (const wrapper of document.querySelectorAll('.anchored')) {
    const heading = wrapper.querySelector(':scope > h2, :scope > h3, :scope > h4');
    const link = wrapper.querySelector(':scope > .self-link');
    const lines = heading ? [...heading.getClientRects()].filter((r) => r.width > 1) : [];
    // Headings not laid out (a hidden tab's, or one kept for screen readers only) have no line to share.
    if (!link || !lines.length || heading.getBoundingClientRect().width < 2) continue;
    const last = lines[lines.length - 1];
    anchors.push({ id: heading.id, line: { top: last.top, bottom: last.bottom }, link: box(link) });
  }
  return {
    header: { height: document.querySelector('body > header').getBoundingClientRect().height },
    action: action && { ...box(action), text: action.textContent.trim() },
    anchors,
    shifts: window.__shifts,
    viewport: { width: document.documentElement.clientWidth, height: innerHeight },
  };
})()`;

/** What is wrong with a first screen: an empty list when it answers and acts. */
function firstScreenProblems(path: string, m: Measures, phone: boolean): string[] {
  const problems: string[] = [];
  const { width, height } = m.viewport;
  if (!m.action) problems.push(`${path}: no primary action ([data-primary-action])`);
  else if (m.action.top < 0 || m.action.bottom > height || m.action.left < 0 || m.action.right > width) {
    problems.push(`${path}: primary action "${m.action.text}" at y ${Math.round(m.action.top)}–${Math.round(m.action.bottom)}, outside the first ${width}×${height} px`);
  }
  if (phone && m.header.height > 64) problems.push(`${path}: header ${m.header.height} px high (at most 64)`);
  if (m.anchors.length < 5) problems.push(`${path}: only ${m.anchors.length} anchored headings measured`);
  for (const { id, line, link } of m.anchors) {
    const middle = (link.top + link.bottom) / 2;
    if (middle < line.top || middle > line.bottom) problems.push(`${path}: the self-link of #${id} is not on its heading's last line`);
  }
  const cls = (m.shifts ?? []).reduce((sum, s) => sum + s.value, 0);
  if (cls > 0) problems.push(`${path}: layout shifts after load, ${cls.toFixed(4)} in all, from ${[...new Set((m.shifts ?? []).flatMap((s) => s.sources))].join(', ')}`);
  return problems;
}

// A string, like `measure`: a guide without a key date has no countdown to wait for.
const enhanced = `Boolean((!document.querySelector('optout-countdown') || document.querySelector('optout-countdown[data-state]')) && document.querySelector('share-actions button'))`;

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  // The countdown, if the guide has one, has replaced its server-rendered sentence, and the enhancements have run.
  await page.waitForFunction(enhanced);
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))))');
}

describe.skipIf(!hasChromium)('layout of the first screen', () => {
  const site = useBrowserAndSite();
  mkdirSync(shotsDir, { recursive: true });

  it('finds the published guides to measure', () => {
    expect(guideIds().length).toBeGreaterThan(0);
  });

  for (const { name, viewport, isMobile, hasTouch } of viewports) {
    for (const colorScheme of schemes) {
      it(`${name} (${viewport.width}×${viewport.height}), ${colorScheme}: every guide in every language answers and acts in the first screen`, async () => {
        const context = await site.browser.newContext({ viewport, isMobile, hasTouch, colorScheme });
        await context.addInitScript(recordShifts);
        // Scripts arrive after the first paint, as on a slow phone: whatever they change is then measured.
        await context.route(/\.js(\?|$)/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        });
        const page = await context.newPage();
        const problems: string[] = [];
        for (const guide of guideIds()) {
          for (const lang of languages) {
            const path = `/${lang}/${guide}/`;
            await page.goto(`${site.server.url}${path}`);
            await settle(page);
            const m = (await page.evaluate(measure)) as Measures;
            await page.screenshot({ path: join(shotsDir, `${guide}-${lang}-${name}-${colorScheme}-chromium.png`) });
            problems.push(...firstScreenProblems(path, m, name === 'phone'));
          }
        }
        await context.close();
        expect(problems, problems.join('\n')).toEqual([]);
      }, 120_000);
    }
  }
});

// The other engines, through the three-engine harness: no colour-scheme emulation there,
// and no layout-shift entries, so the light scheme and the geometry only.
describe.each(engineNames.filter((name) => name !== 'chromium' && hasEngine(name)))('layout of the first screen in %s', (engineName) => {
  const browser = useEngine(engineName);
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(() => server?.close());

  it.each(viewports)('$name: every guide in every language answers and acts in the first screen', async ({ name, viewport }) => {
    const page = await browser.engine.newPage(viewport);
    const problems: string[] = [];
    for (const guide of guideIds()) {
      for (const lang of languages) {
        const path = `/${lang}/${guide}/`;
        await page.goto(`${server.url}${path}`);
        await waitFor(page, new Function(`return ${enhanced}`) as () => boolean, undefined, { what: 'the page enhanced' });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const m = await page.evaluate(new Function(`return ${measure}`) as () => Measures);
        await page.screenshot(join(shotsDir, `${guide}-${lang}-${name}-light-${engineName}.png`));
        problems.push(...firstScreenProblems(`${path} (${m.viewport.width}×${m.viewport.height})`, m, name === 'phone'));
      }
    }
    await page.close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);
});
