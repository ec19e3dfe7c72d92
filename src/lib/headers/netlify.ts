// dist/_headers, the format Netlify and Cloudflare Pages read.
import type { HeaderRule } from './rules';

export function headersFile(rules: HeaderRule[]): string {
  const head = [
    '# Generated from src/lib/headers/ by the build: edit the rules there, not this file.',
    '# Netlify and Cloudflare Pages read it; docs/nginx.conf is the nginx equivalent.',
    '# A path gets every rule that matches it, broadest first.',
  ];
  const blocks = rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${[head.join('\n'), ...blocks].join('\n\n')}\n`;
}
