// The same headers for nginx, as a block to paste into a `server { … }`. nginx
// drops inherited add_header lines in a location that has its own, so each
// location repeats everything its path gets. Two settings of a stock nginx are
// wrong for this site and are set here too: redirects (/fr → /fr/) built from the
// request's Host header, and calendar files sent as application/octet-stream
// (Debian's mime.types has no .ics), which nosniff then forbids browsers to open.
import { headerRules, headersForPath, type HeaderRule } from './rules';

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function location(rule: HeaderRule): { head: string; sample: string; prefix: boolean } {
  if (rule.path.endsWith('/*')) {
    const prefix = rule.path.slice(0, -1);
    // A path only this prefix rule (and broader ones) matches.
    return { head: `location ${prefix}`, sample: `${prefix}.unknown`, prefix: true };
  }
  if (rule.path.includes('*')) throw new Error(`header rule ${rule.path}: nginx locations take an exact path or a prefix ending in "/*"`);
  return { head: `location = ${rule.path}`, sample: rule.path, prefix: false };
}

/** Served with this Content-Type whatever the server's mime.types says. */
export const calendarType = 'text/calendar; charset=utf-8';

// Nested in a prefix location, it inherits that location's add_header lines (it has none of its own).
const calendarFiles = ['  location ~ \\.ics$ {', '    types { }', `    default_type ${quote(calendarType)};`, '  }'];

/** The address docs/nginx.conf is written for; `npm run nginx` writes the block for the site's own. */
export const exampleSite = 'https://guides.example.org/';

export function nginxBlock(site: string | URL = exampleSite): string {
  const rules = headerRules(site);
  const origin = new URL(site).origin;
  const blocks = rules.map((rule) => {
    const { head, sample, prefix } = location(rule);
    const lines = Object.entries(headersForPath(sample, rules)).map(([name, value]) => `  add_header ${name} ${quote(value)} always;`);
    return [`${head} {`, ...lines, '  try_files $uri $uri/ =404;', ...(prefix ? calendarFiles : []), '}'].join('\n');
  });
  return `# Generated from src/lib/headers/ (tests/site/nginx.test.ts serves the site with it).
# Written for ${origin}: \`npm run --silent nginx\` prints it for your site's address.
# Redirects such as /fr → /fr/ keep the address the reader used, never the request's Host header.
absolute_redirect off;

${blocks.join('\n\n')}\n\nerror_page 404 /404.html;\n`;
}
