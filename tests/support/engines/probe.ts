// In-page listeners for what a reader's browser would complain about: script
// errors, failed loads and Content-Security-Policy violations. The test servers
// put this script first in every HTML page they serve (`probe` option), so it
// runs in every engine and every frame before the page's own scripts, and a
// frame where it did not run is itself reported: its scripts were refused.
import type { EnginePage } from './engine';

export const probePath = '/__probe.js';

export const probeScript = `(() => {
  const problems = (window.__problems = []);
  addEventListener('error', (event) => {
    const target = event.target;
    problems.push(target && target !== window ? 'failed to load ' + (target.src || target.href || target.tagName) : 'error: ' + event.message);
  }, true);
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + event.reason));
  document.addEventListener('securitypolicyviolation', (event) => problems.push('CSP ' + event.effectiveDirective + ' refused ' + event.blockedURI));
})();`;

/** Puts the probe first in the document's <head>. */
export const withProbe = (html: string) => html.replace(/<head([^>]*)>/i, `<head$1><script src="${probePath}"></script>`);

type Probed = { __problems?: string[] };

/** Problems seen in the top document and in each of its iframes; throws if the top page was not probed. */
export async function problems(page: EnginePage): Promise<string[]> {
  const top = await page.evaluate(() => (window as Probed).__problems ?? null);
  if (!top) throw new Error('this page was not served with the probe (serveDist/serveHostPages { probe: true })');
  const frames = await page.evaluate(() => [...document.querySelectorAll('iframe')].map((frame, i) => ((frame.dataset['probe'] = String(i)), frame.src)));
  const inFrames = await Promise.all(
    frames.map(async (src, i) => {
      const found = await page.evaluateInFrame(`iframe[data-probe="${i}"]`, () => (window as Probed).__problems ?? null);
      return found ? found.map((problem) => `${src}: ${problem}`) : [`${src}: the probe did not run (its scripts were refused)`];
    }),
  );
  return [...top, ...inFrames.flat()];
}
