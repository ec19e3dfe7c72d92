// Quotations in prose: labels and other people's words keep their own terms, so
// the words between quotation marks are exempt from the terms to avoid.
import type { QuotePair } from './schema';

export interface Span {
  start: number;
  end: number;
}

/** A quotation ends with its paragraph: an unclosed mark never exempts the rest of a text. */
const paragraphEnd = /\n[ \t]*\n/g;

/**
 * The quoted spans of `text`, marks included, outermost only. Nested quotation
 * marks of the same kind are counted, so « a « b » c » is one span.
 */
export function quotedSpans(text: string, pairs: readonly QuotePair[]): Span[] {
  const spans: Span[] = [];
  const breaks = [...text.matchAll(paragraphEnd)].map((m) => m.index);
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    const closers = pairs.filter((pair) => pair.open === char).map((pair) => pair.close);
    const end = closers.length ? closingIndex(text, index, char, closers, breaks.find((b) => b > index) ?? text.length) : -1;
    if (end === -1) {
      index += 1;
      continue;
    }
    spans.push({ start: index, end: end + 1 });
    index = end + 1;
  }
  return spans;
}

function closingIndex(text: string, open: number, opener: string, closers: string[], limit: number): number {
  let depth = 0;
  for (let index = open + 1; index < limit; index++) {
    const char = text[index] as string;
    if (closers.includes(char)) {
      if (depth === 0) return index;
      depth -= 1;
    } else if (char === opener) depth += 1;
  }
  return -1;
}
