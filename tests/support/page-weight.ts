// What a page costs to load: its HTML plus every same-site stylesheet and script
// it references, and every module those scripts import as they load, raw and gzip.
// Sizes are stable across runs, unlike timings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { distDir, fileForPath } from './dist';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  total: Weight;
  requests: number;
}

const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero: Weight = { raw: 0, gzip: 0 };

export const fileWeight = (sitePath: string): Weight => weigh(readFileSync(join(distDir, sitePath)));

// A static import (import … from "./x.js", import "./x.js", export … from "./x.js") is fetched
// before the script runs; a dynamic import("./x.js") only when the page asks for it.
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** `urls` and every same-site module they import, directly or not. */
function withImports(urls: string[]): string[] {
  const found = new Set<string>();
  const visit = (url: string) => {
    if (found.has(url)) return;
    found.add(url);
    const code = readFileSync(join(distDir, url), 'utf8');
    for (const [, specifier] of code.matchAll(staticImport)) visit(new URL(specifier!, `https://site${url}`).pathname);
  };
  urls.forEach(visit);
  return [...found];
}

export function pageWeight(path: string): PageWeight {
  const html = readFileSync(fileForPath(path));
  const root = parse(html.toString('utf8'));
  const local = (url: string | undefined) => (url && url.startsWith('/') && !url.startsWith('//') ? [url] : []);
  const css = root.querySelectorAll('link[rel="stylesheet"]').flatMap((el) => local(el.getAttribute('href')));
  const js = withImports(root.querySelectorAll('script[src]').flatMap((el) => local(el.getAttribute('src'))));
  const sum = (urls: string[]) => [...new Set(urls)].map((url) => fileWeight(url)).reduce(add, zero);
  const weights = { html: weigh(html), css: sum(css), js: sum(js) };
  return { ...weights, total: add(add(weights.html, weights.css), weights.js), requests: 1 + new Set(css).size + new Set(js).size };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
