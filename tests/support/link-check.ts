// Checks every link of a built site: each internal URL must resolve to a file and
// each #fragment to an id on the target page. External URLs are listed, not fetched.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

export interface LinkReport {
  broken: string[];
  external: Map<string, string[]>;
  checked: number;
}

const attributes: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
];

/** `siteOrigin` is the built site's public origin: absolute URLs on it are internal. */
export function checkLinks(dir: string, siteOrigin: string): LinkReport {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const root = parse(readFileSync(file, 'utf8'));
      set = new Set([...root.querySelectorAll('[id]').map((el) => el.id), ...root.querySelectorAll('a[name]').map((el) => el.getAttribute('name')!)]);
      ids.set(file, set);
    }
    return set;
  };
  const fileFor = (pathname: string) => {
    const path = join(dir, decodeURIComponent(pathname));
    if (pathname.endsWith('/')) return join(path, 'index.html');
    return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  };
  const report: LinkReport = { broken: [], external: new Map(), checked: 0 };
  for (const page of pages) {
    const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, siteOrigin);
    const root = parse(readFileSync(join(dir, page), 'utf8'));
    for (const [selector, attribute] of attributes) {
      for (const el of root.querySelectorAll(selector)) {
        const raw = el.getAttribute(attribute) ?? '';
        if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
        const url = new URL(raw, pageUrl);
        report.checked++;
        if (url.origin !== new URL(siteOrigin).origin) {
          report.external.set(url.href, [...(report.external.get(url.href) ?? []), page]);
          continue;
        }
        const file = fileFor(url.pathname);
        if (!existsSync(file)) {
          report.broken.push(`${page}: ${raw} (no file ${file.slice(dir.length)})`);
        } else if (url.hash.length > 1 && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) {
          report.broken.push(`${page}: ${raw} (no id "${url.hash.slice(1)}" in ${file.slice(dir.length)})`);
        }
      }
    }
  }
  return report;
}
