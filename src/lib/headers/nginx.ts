// The same headers for nginx, as a block to paste into a `server { … }`. nginx
// drops inherited add_header lines in a location that has its own, so each
// location repeats everything its path gets.
import { headerRules, headersForPath, type HeaderRule } from './rules';

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function location(rule: HeaderRule): { head: string; sample: string } {
  if (rule.path.endsWith('/*')) {
    const prefix = rule.path.slice(0, -1);
    // A path only this prefix rule (and broader ones) matches.
    return { head: `location ${prefix}`, sample: `${prefix}.unknown` };
  }
  if (rule.path.includes('*')) throw new Error(`header rule ${rule.path}: nginx locations take an exact path or a prefix ending in "/*"`);
  return { head: `location = ${rule.path}`, sample: rule.path };
}

/** The address the README's block is written for; a publisher puts their own in its place. */
export const exampleSite = 'https://guides.example.org/';

export function nginxBlock(site: string | URL = exampleSite): string {
  const rules = headerRules(site);
  const origin = new URL(site).origin;
  const blocks = rules.map((rule) => {
    const { head, sample } = location(rule);
    const lines = Object.entries(headersForPath(sample, rules)).map(([name, value]) => `  add_header ${name} ${quote(value)} always;`);
    return [`${head} {`, ...lines, '  try_files $uri $uri/ =404;', '}'].join('\n');
  });
  return `# Generated from src/lib/headers/ (tests/site/nginx.test.ts serves the site with it).
# Written for ${origin}: put your site's address (url in content/site.yaml) in its place.\n${blocks.join('\n\n')}\n\nerror_page 404 /404.html;\n`;
}
