// Reads a Netlify / Cloudflare Pages `_headers` file and says which headers a path
// gets: every matching rule applies, "*" matching any run of characters.
export type HeaderRules = { pattern: RegExp; source: string; headers: [string, string][] }[];

export function parseHeaders(text: string): HeaderRules {
  const rules: HeaderRules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim();
      rules.push({ source, pattern: new RegExp(`^${source.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`), headers: [] });
    } else {
      const rule = rules.at(-1);
      const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
      if (!rule || !match) throw new Error(`_headers: cannot read "${line}"`);
      rule.headers.push([match[1]!, match[2]!]);
    }
  }
  return rules;
}

/** Header values for a path; a name set by several rules is listed once per rule. */
export function headersFor(rules: HeaderRules, path: string): [string, string][] {
  return rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);
}
