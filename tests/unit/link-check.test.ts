import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkLinks } from '../support/link-check';

const dir = mkdtempSync(join(tmpdir(), 'optout-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, html: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), html);
};

it('finds missing files and anchors, resolves relative and same-site absolute URLs, lists external ones', () => {
  write('index.html', `<a href="/fr/">ok</a><a href="/fr/#top">ok anchor</a><a href="/fr/#nope">bad anchor</a><a href="/missing/">bad file</a>
    <a href="https://example.org/x">external</a><a href="http://site.test/fr/#top">absolute internal</a><img src="/img.png"><a href="mailto:a@b.c">mail</a>`);
  write('fr/index.html', `<h1 id="top">Top</h1><a href="../">up</a><a href="#top">self</a><a href="#gone">bad self</a>`);
  write('img.png', 'png');
  const report = checkLinks(dir, 'http://site.test');
  expect(report.broken.sort()).toEqual([
    'fr/index.html: #gone (no id "gone" in /fr/index.html)',
    'index.html: /fr/#nope (no id "nope" in /fr/index.html)',
    'index.html: /missing/ (no file /missing/index.html)',
  ]);
  expect([...report.external.keys()]).toEqual(['https://example.org/x']);
  expect(report.checked).toBe(10);
});
