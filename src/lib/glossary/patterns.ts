// How a glossary phrase is found in prose: as whole words, whatever the line
// wrapping or the apostrophe (’ or '), in any case unless the rule says otherwise.

export interface Match {
  /** Offset of the first character in the text searched. */
  start: number;
  end: number;
  /** The words as written in the text. */
  found: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A letter or digit next to the phrase makes it part of another word; so does a hyphen
// before it ("e-mail" is not "mail"), but not after it: French joins pronouns with one ("coupez-le").
const before = '(?<![\\p{L}\\p{N}\\-])';
const after = '(?![\\p{L}\\p{N}])';

// Every text is searched for the same phrases: each pattern is built once.
const patterns = new Map<string, RegExp>();

/** A regular expression that finds `phrase` as whole words (matchAll copies it, so it is shared safely). */
export function phrasePattern(phrase: string, matchCase = false): RegExp {
  const key = `${matchCase ? 'case' : 'any'}:${phrase}`;
  const cached = patterns.get(key);
  if (cached) return cached;
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((word) => escape(word).replace(/['’]/g, "['’]"))
    .join('\\s+');
  const pattern = new RegExp(`${before}${body}${after}`, matchCase ? 'gu' : 'giu');
  patterns.set(key, pattern);
  return pattern;
}

/** Every occurrence of any of `phrases` in `text`, in text order, overlapping ones merged into the longest. */
export function findPhrases(text: string, phrases: readonly string[], matchCase = false): Match[] {
  const matches = phrases.flatMap((phrase) =>
    [...text.matchAll(phrasePattern(phrase, matchCase))].map((m) => ({ start: m.index, end: m.index + m[0].length, found: m[0] })),
  );
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** Whether [start, end) overlaps any of `spans`. */
export const within = (match: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean =>
  spans.some((span) => match.start < span.end && span.start < match.end);

/** The matched words on one line, for messages. */
export const shown = (found: string): string => found.replace(/\s+/g, ' ');
