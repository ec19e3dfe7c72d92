// Lighthouse (mobile preset, the default) against Debian's Chromium, on pages of
// the built site served with its own security headers.
import lighthouse from 'lighthouse';
import { launchChromiumBrowser } from '../support/engines';
import { serveDist } from '../support/server';

export async function lighthouseScores(paths: string[]): Promise<Record<string, Record<string, number>>> {
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await launchChromiumBrowser([`--remote-debugging-port=${port}`]);
  const server = await serveDist({ headers: true });
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const path of paths) {
      const result = await lighthouse(`${server.url}${path}`, { port, output: 'json', logLevel: 'error' });
      const categories = result?.lhr.categories ?? {};
      scores[path] = Object.fromEntries(Object.values(categories).map((c) => [c.title, Math.round((c.score ?? 0) * 100)]));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return scores;
}
