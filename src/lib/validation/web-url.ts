// The one rule for every URL content gives (YAML fields and links in MDX bodies):
// an absolute https:// address, without characters that could end an HTML
// attribute or hide where it leads, stored as the WHATWG parser writes it.
// Normalising means a page only ever prints what `new URL()` printed.

// Quotes and angle brackets end attributes and open tags; backslashes are read as
// slashes by browsers; spaces and controls hide the rest of the address.
const UNSAFE = /["<>\\`\s\u0000-\u001F\u007F-\u009F]/;

const names: Record<string, string> = { '"': 'a double quote (")', '<': 'an angle bracket (<)', '>': 'an angle bracket (>)', '\\': 'a backslash (\\)', '`': 'a backtick (`)' };
const describe = (char: string) => names[char] ?? (/\s/.test(char) ? 'a space or line break' : 'a control character');

/** What is wrong with `raw` as a web address, or undefined when it is acceptable. */
export function webUrlProblem(raw: string, options: { allowHttp?: boolean } = {}): string | undefined {
  const unsafe = UNSAFE.exec(raw);
  if (unsafe) {
    return `expected a URL without ${describe(unsafe[0])} (it could end the link's HTML attribute): copy the address from the browser's address bar, where such characters are encoded (%20, %22, %3C…)`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'expected an absolute URL such as https://example.org/page';
  }
  if (url.protocol === 'http:' && !options.allowHttp) return 'expected an https:// URL (http is not accepted): write the https:// address the source gives';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `expected an https:// URL, not a ${url.protocol} address`;
  if (url.username || url.password) return 'expected a URL without a user name or password before "@": remove them';
  return undefined;
}

/** The address as published: scheme and host in lower case, non-ASCII characters encoded (unchanged when it does not parse, and is refused). */
export const normaliseWebUrl = (raw: string): string => (URL.canParse(raw) ? new URL(raw).href : raw);
