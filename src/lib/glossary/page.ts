// GLOSSARY.md, the page editors and translators read, written from the same data
// the check enforces, so the page and the rules never disagree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_FIELD, type Problem } from '../validation/problems';
import { GLOSSARY_FILE, GLOSSARY_PAGE } from './file';
import type { GlossaryRead } from './read';
import type { Glossary, LanguageGlossary } from './schema';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const list = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');
const orList = (words: readonly string[]) => (words.length > 1 ? `${list(words.slice(0, -1))} or ${list(words.slice(-1))}` : list(words));

function termsTable(glossary: Glossary, blocks: [string, LanguageGlossary][]): string {
  const rows = glossary.notions.map((notion) => [
    notion.notion,
    ...blocks.map(([, block]) => block.terms[notion.id] ?? '—'),
    notion.note ?? '',
  ]);
  return table(['Notion', ...blocks.map(([, block]) => block.name), 'Notes'], rows);
}

function avoidTable(glossary: Glossary, blocks: [string, LanguageGlossary][]): string {
  const notion = (id: string) => glossary.notions.find((n) => n.id === id)?.notion ?? id;
  const rows = blocks.flatMap(([, block]) =>
    block.avoid.map((rule) => {
      const others = (rule.forms ?? []).filter((form) => form !== rule.term);
      const forms = others.length ? ` (also ${others.join(', ')})` : '';
      const why = [rule.why, rule.matchCase ? 'this case only' : undefined].filter(Boolean).join('; ');
      return [block.name, `${rule.term}${forms}`, rule.use ?? block.terms[rule.notion] ?? '', `${notion(rule.notion)}${why ? `: ${why}` : ''}`];
    }),
  );
  return rows.length ? table(['Language', 'Avoid (forms checked)', 'Write instead', 'Notion, why'], rows) : 'No language has words to avoid yet.';
}

function labelsTable(blocks: [string, LanguageGlossary][]): string {
  const rows = blocks.flatMap(([, block]) =>
    Object.entries(block.labels).flatMap(([guide, labels]) =>
      labels.map((label) => [guide, block.name, label.label, label.variants.join(', ') || '—', label.note ?? '']),
    ),
  );
  return rows.length ? table(['Guide', 'Language', 'Label', 'Not', 'Note'], rows) : 'No label spelling is declared yet.';
}

function lawList(blocks: [string, LanguageGlossary][]): string {
  const items = blocks.flatMap(([, block]) => {
    const law = block.law;
    if (!law) return [];
    const readers = law.readers.map((r) => `a page that says ${orList(r.named)} is addressed to ${r.readers} and also names ${r.law} (${orList(r.forms)})`);
    const scope = law.scope.length ? ` A sentence that says ${orList(law.scope)}, and does not name those readers, cites ${law.general} for others.` : '';
    return [`- **${block.name}**: ${law.general} (${orList(law.forms)}) is never alone to the readers who have their own law: ${readers.join('; ')}.${scope}`];
  });
  return items.length ? items.join('\n') : 'No language declares its law yet.';
}

/** The whole of GLOSSARY.md. */
export function glossaryPage(glossary: Glossary): string {
  const blocks = Object.entries(glossary.languages);
  const marks = glossary.quotes.map((q) => `${q.open} … ${q.close}`).join(', ');
  const typography = [
    ...glossary.typography.map((rule) => `- ${rule}`),
    ...blocks.flatMap(([, block]) => block.typography.map((rule) => `- **${block.name}**: ${rule}`)),
  ];
  return [
    '# Glossary for editors and translators',
    `<!-- Written from ${GLOSSARY_FILE} by \`npm run glossary\`: edit that file, then run it. Do not edit this page. -->`,
    glossary.intro,
    termsTable(glossary, blocks),
    '## Words to avoid',
    `\`npm run check\` and the build refuse these words outside quotation marks (${marks}) and say what to write instead: a quoted label or someone's own words keep theirs. Forms are matched as whole words, in any case unless noted, across line breaks.`,
    avoidTable(glossary, blocks),
    '## Interface labels',
    'One spelling for each label a guide quotes, per language. The spellings listed under “Not” are refused in any case (the label exactly as given is always right), except in a sentence that also gives the label, which tells readers about the other spelling.',
    labelsTable(blocks),
    '## UK and Swiss readers',
    'A page is addressed to UK or Swiss readers when it names them or their country outside a quotation. Such a page that cites the GDPR also names their own law, so that nobody is told the GDPR alone is theirs; a citation in a sentence that limits it to the EU (“In the EU, …”) and does not name them is not said to them. Each text of guide.yaml, timeline.yaml and the UI is a page of its own; an MDX entry is one page with its title.',
    lawList(blocks),
    '## Typography',
    typography.join('\n'),
    `A language adds its own block to \`${GLOSSARY_FILE}\` (its terms, words to avoid, labels, law and typography); a language without one has no rules.`,
  ].join('\n\n') + '\n';
}

/** A warning when GLOSSARY.md is not the page `npm run glossary` writes from the glossary read. */
export function stalePage(read: GlossaryRead, contentDir: string): Problem | undefined {
  if (!read.glossary) return undefined;
  const file = read.file.replace(/[^/]*$/, GLOSSARY_PAGE);
  let page: string | undefined;
  try {
    page = readFileSync(join(contentDir, GLOSSARY_PAGE), 'utf8');
  } catch {
    page = undefined;
  }
  if (page === glossaryPage(read.glossary)) return undefined;
  return { file, field: FILE_FIELD, message: `${page === undefined ? 'missing' : 'out of date'}: run \`npm run glossary\` to write it from ${read.file}` };
}
