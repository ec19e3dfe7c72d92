// Each published language's prose, on every built page, follows that language's own
// typography as content/languages.yaml and its locale state it: its quotation marks and
// no other language's, a space before : ; ! ? only where its rules put one (French), and
// dates as its locale writes them ("3. November 2025", not "3 November 2025"). A German
// page with French or English typography left in it fails, and so would a fourth language.
// Text is read with the language it is marked in: a French source title on a German page
// (lang="fr") is French prose. Straight quotes: typography.test.ts, every page.
import { parse, type Node } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedLanguages, siteLangs, type Lang } from '../../src/i18n/languages';
import { assertBuilt, builtPages, fileForPath } from '../support/dist';

beforeAll(assertBuilt);

const notProse = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea']);
const read = (html: string) => parse(html, { blockTextElements: { script: true, style: true } });
const base = (tag: string) => tag.split('-')[0]!.toLowerCase();
const SPACES = ' \t\n\u00a0\u202f';
const escape = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

interface Rules {
  lang: Lang;
  /** Quotation marks of the other languages that are not this one's. */
  foreignQuotes: string;
  /** Marks this language writes with no space before them. */
  noSpaceBefore: string;
  months: string[];
  /** What separates the day from the month in this locale's dates ("." then a space in German). */
  daySeparator: string;
  dayFirst: boolean;
}

export function rulesOf(lang: Lang): Rules {
  const own = siteLangs.entry(lang);
  const ownQuotes = new Set(own.typography.quotes);
  const foreignQuotes = [...new Set(siteLangs.all.flatMap((other) => siteLangs.entry(other).typography.quotes))].filter((mark) => !ownQuotes.has(mark)).join('');
  const spaced = own.typography.nbspBefore + own.typography.narrowNbspBefore;
  const noSpaceBefore = [...':;!?'].filter((mark) => !spaced.includes(mark)).join('');
  const months = Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat(own.locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, month, 15)));
  const parts = new Intl.DateTimeFormat(own.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2025, 10, 3));
  const day = parts.findIndex((part) => part.type === 'day');
  const month = parts.findIndex((part) => part.type === 'month');
  const between = parts.slice(Math.min(day, month) + 1, Math.max(day, month)).map((part) => part.value).join('');
  return { lang, foreignQuotes, noSpaceBefore, months, daySeparator: between.replace(/[\u00a0\u202f]/g, ' '), dayFirst: day < month };
}

/** The text of `node` in each language, by the lang attributes around it; code, scripts and styles left out. */
export function textByLanguage(node: Node, lang: string, found = new Map<string, string[]>()): Map<string, string[]> {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      const key = base(lang);
      found.set(key, [...(found.get(key) ?? []), child.text]);
    } else if (child.nodeType === 1) {
      const element = child as unknown as { rawTagName?: string; getAttribute: (name: string) => string | undefined };
      if (notProse.has(element.rawTagName?.toLowerCase() ?? '')) continue;
      textByLanguage(child, element.getAttribute('lang') || lang, found);
    }
  }
  return found;
}

/** What in `text` (prose in `rules.lang`) another language's typography left behind, each with a few words around it. */
export function foreignTypography(text: string, rules: Rules): string[] {
  const flat = text.replace(/\s+/g, ' ');
  const around = (index: number) => flat.slice(Math.max(0, index - 30), index + 30).trim();
  const problems: string[] = [];
  const flag = (pattern: RegExp, what: string) => {
    for (const match of flat.matchAll(pattern)) problems.push(`${what}: …${around(match.index)}…`);
  };
  if (rules.foreignQuotes) flag(new RegExp(`[${escape(rules.foreignQuotes)}]`, 'g'), 'quotation mark of another language');
  if (rules.noSpaceBefore) flag(new RegExp(`[${SPACES}][${escape(rules.noSpaceBefore)}](?=[${SPACES}]|$)`, 'g'), 'space before punctuation');
  const months = rules.months.join('|');
  const separator = rules.daySeparator.replace(/[.]/g, '\\.');
  if (rules.dayFirst) {
    for (const match of flat.matchAll(new RegExp(`\\b\\d{1,2}(\\.?[${SPACES}]+)(?:${months})\\b`, 'g'))) {
      if (!new RegExp(`^${separator}$`).test(match[1]!.replace(/[\u00a0\u202f]/g, ' '))) problems.push(`date not written as the locale writes it: …${around(match.index)}…`);
    }
    flag(new RegExp(`\\b(?:${months})[${SPACES}]+\\d{1,2},`, 'g'), 'month before day');
  }
  return problems;
}

describe('the checker', () => {
  it('finds French and English typography in German prose, and leaves text in other languages alone', () => {
    const page = read(
      '<html lang="de"><body><p>Ab dem 3 November 2025 gilt : « Aus ». Siehe “Settings”!</p><p>Am 3. November 2025 „Aus“: fertig!</p><p lang="fr">Le 3 novembre 2025 : « Non ».</p><code>a ; b</code></body></html>',
    );
    const texts = textByLanguage(page, 'de');
    expect(texts.get('fr')).toEqual(['Le 3 novembre 2025 : « Non ».']);
    const problems = foreignTypography(texts.get('de')!.join(''), rulesOf('de'));
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'quotation mark of another language',
      'quotation mark of another language',
      'quotation mark of another language',
      'space before punctuation',
      'date not written as the locale writes it',
    ]);
  });
});

describe.each(publishedLanguages)('prose in %s on every built page', (lang) => {
  it('uses its own quotation marks, punctuation spacing and dates', () => {
    const rules = rulesOf(lang);
    const pages = builtPages();
    expect(pages.filter((path) => path.startsWith(`/${lang}/`)).length).toBeGreaterThan(3);
    const problems = pages.flatMap((path) => {
      const page = read(readFileSync(fileForPath(path), 'utf8'));
      const pageLang = page.querySelector('html')?.getAttribute('lang') ?? '';
      const text = textByLanguage(page, pageLang).get(base(lang)) ?? [];
      return foreignTypography(text.join(''), rules).map((problem) => `${path}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});
