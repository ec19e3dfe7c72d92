// The glossary's rules applied to every text, per language: words to avoid
// outside quotations, one spelling per interface label and guide, and the law of
// UK and Swiss readers named wherever a page addressed to them cites the GDPR.
// Each hit is a problem: file:line, field, the words found and what to write.
import type { Problem } from '../validation/problems';
import { findPhrases, shown, within, type Match } from './patterns';
import { quotedSpans, type Span } from './quotes';
import type { AvoidRule, Glossary, LabelRule, LanguageGlossary, LawRule } from './schema';
import type { GlossaryRead } from './read';
import type { GlossaryText } from './texts';

const problemAt = (text: GlossaryText, offset: number, message: string): Problem => {
  const line = text.lineAt(offset);
  return { file: text.file, ...(line ? { line } : {}), field: text.field, message };
};

/** Platform labels are the platform's words: a guide's step labels and its declared spellings. */
function platformLabels(texts: GlossaryText[], glossary: Glossary): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  const add = (key: string, label: string) => labels.set(key, [...(labels.get(key) ?? []), label]);
  for (const text of texts) if (text.kind === 'label' && text.guide) add(`${text.guide}/${text.lang}`, text.prose.trim());
  for (const [lang, block] of Object.entries(glossary.languages)) {
    for (const [guide, rules] of Object.entries(block.labels)) for (const rule of rules) add(`${guide}/${lang}`, rule.label);
  }
  return labels;
}

function avoided(text: GlossaryText, rules: AvoidRule[], block: LanguageGlossary, exempt: Span[]): Problem[] {
  return rules.flatMap((rule) =>
    findPhrases(text.prose, rule.forms ?? [rule.term], rule.matchCase)
      .filter((match) => !within(match, exempt))
      .map((match) => {
        const use = rule.use ?? block.terms[rule.notion] ?? '';
        const why = rule.why ? `: ${rule.why}` : '';
        return problemAt(text, match.start, `"${shown(match.found)}": write "${use}" instead (glossary, ${text.lang}, not "${rule.term}"${why}; a quotation may keep it)`);
      }),
  );
}

/** Sentences end at . ! ? followed by a space or the end, and at paragraph breaks. */
function sentenceOf(prose: string, offset: number): Span {
  const ends = [...prose.matchAll(/[.!?…](?=\s|$)|\n[ \t]*\n/g)].map((m) => m.index + m[0].length);
  const end = ends.find((e) => e > offset) ?? prose.length;
  const start = [...ends].reverse().find((e) => e <= offset) ?? 0;
  return { start, end };
}

function misspelledLabels(text: GlossaryText, rules: LabelRule[], guide: string): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    const exact = findPhrases(text.prose, [rule.label], true);
    // Variants are found in any case; the label exactly as declared is never one (a variant may differ only in case).
    const others = findPhrases(text.prose, rule.variants).filter((match) => !exact.some((e) => e.start === match.start && e.end === match.end));
    for (const match of others) {
      // A sentence that gives both spellings is telling readers about the other one.
      const sentence = sentenceOf(text.prose, match.start);
      if (exact.some((e) => e.start >= sentence.start && e.end <= sentence.end)) continue;
      problems.push(problemAt(text, match.start, `"${shown(match.found)}": the ${guide} guide spells this label "${rule.label}" in ${text.lang} (glossary, labels); give another spelling only beside it, in the same sentence`));
    }
  }
  return problems;
}

interface Mention {
  text: GlossaryText;
  match: Match;
}

/**
 * A page that cites the general law (the GDPR) and names readers who have their
 * own (it says "UK" or "Switzerland") must name their law too. A citation in a
 * sentence that limits it to where the general law applies ("In the EU, …") and
 * does not name those readers is not said to them. Quoted words do not cite or
 * address anyone; the readers' law counts wherever the page names it.
 */
function lawProblems(page: GlossaryText[], law: LawRule, quotes: Glossary['quotes']): Problem[] {
  const unquoted = (text: GlossaryText, matches: Match[]) => {
    const spans = quotedSpans(text.prose, quotes);
    return matches.filter((m) => !within(m, spans));
  };
  const regional = law.readers.flatMap((r) => r.forms);
  const general: Mention[] = page.flatMap((text) => {
    const inRegional = findPhrases(text.prose, regional);
    return unquoted(text, findPhrases(text.prose, law.forms).filter((m) => !within(m, inRegional))).map((match) => ({ text, match }));
  });
  const says = (mention: Mention, phrases: readonly string[]) => {
    const sentence = sentenceOf(mention.text.prose, mention.match.start);
    return findPhrases(mention.text.prose.slice(sentence.start, sentence.end), phrases).length > 0;
  };
  const problems: Problem[] = [];
  for (const readers of law.readers) {
    const [first] = general.filter((mention) => !says(mention, law.scope) || says(mention, readers.named));
    const [name] = page.flatMap((text) => unquoted(text, findPhrases(text.prose, readers.named)).map((match) => ({ text, match })));
    if (!first || !name || page.some((text) => findPhrases(text.prose, readers.forms).length > 0)) continue;
    const where = name.text.lineAt(name.match.start);
    problems.push(
      problemAt(
        first.text,
        first.match.start,
        `"${shown(first.match.found)}" on a page addressed to ${readers.readers} (it says "${shown(name.match.found)}"${where ? `, line ${where}` : ''}): name ${readers.law} too (glossary, ${first.text.lang}: never ${law.general} alone to ${readers.readers})`,
      ),
    );
  }
  return problems;
}

/** Every glossary problem of `texts`. A language without a block in the glossary has no rules. */
export function glossaryProblems(texts: GlossaryText[], glossary: Glossary): Problem[] {
  const problems: Problem[] = [];
  const labels = platformLabels(texts, glossary);
  const pages = new Map<string, GlossaryText[]>();
  for (const text of texts) {
    const block = glossary.languages[text.lang];
    if (!block) continue;
    const spellings = text.guide ? block.labels[text.guide] ?? [] : [];
    if (text.guide) problems.push(...misspelledLabels(text, spellings, text.guide));
    if (text.kind === 'label') continue;
    const own = text.guide ? labels.get(`${text.guide}/${text.lang}`) ?? [] : [];
    const exempt = [...quotedSpans(text.prose, glossary.quotes), ...findPhrases(text.prose, own, true)];
    problems.push(...avoided(text, block.avoid, block, exempt));
    pages.set(text.page, [...(pages.get(text.page) ?? []), text]);
  }
  for (const page of pages.values()) {
    const law = glossary.languages[(page[0] as GlossaryText).lang]?.law;
    if (law) problems.push(...lawProblems(page, law, glossary.quotes));
  }
  return problems;
}

/** Label spellings are declared per guide: a guide id that names no guide folder is a typo. */
export function unknownGuides(read: GlossaryRead, guides: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const [lang, block] of Object.entries(read.glossary?.languages ?? {})) {
    for (const guide of Object.keys(block.labels)) {
      if (guides.includes(guide)) continue;
      const path = ['languages', lang, 'labels', guide];
      const line = read.lineOf?.(path);
      problems.push({ file: read.file, ...(line ? { line } : {}), field: path.join('.'), message: `no guide "${guide}": expected the id of a guide folder (${guides.join(', ') || 'none'})` });
    }
  }
  return problems;
}
