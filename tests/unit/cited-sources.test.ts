// A guide page lists the sources its texts cite, in the guide's order: a language's own
// sources (German regulators) are not listed on the pages of the other languages.
import { expect, it } from 'vitest';
import { citedSources } from '../../src/lib/content/cited-sources';
import type { Source } from '../../src/lib/content/schemas';

const source = (title: string, lang: string): Source => ({ title, url: `https://example.org/${title}`, publisher: 'P', kind: 'press', lang });
const all = { a: source('a', 'en'), b: source('b', 'fr'), c: source('c', 'de'), d: source('d', 'de') };

it('keeps the cited sources in the guide order, whatever order they are cited in', () => {
  expect(Object.keys(citedSources(all, ['b', 'a', 'b']))).toEqual(['a', 'b']);
});

it('keeps a source a body links to by its anchor', () => {
  expect(Object.keys(citedSources(all, ['a'], ['Siehe [die Quelle](#source-d).']))).toEqual(['a', 'd']);
  expect(Object.keys(citedSources(all, ['a'], ['[elsewhere](#source-dx), [again](#source-d-2)']))).toEqual(['a']);
});

it('leaves out the sources nothing on the page cites, and ids the guide does not declare', () => {
  expect(citedSources(all, ['c', 'unknown'])).toEqual({ c: all.c });
  expect(citedSources(all, [])).toEqual({});
});
