import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments } from '../../src/lib/search/excerpt';

describe('search excerpts', () => {
  it('splits text and marked matches', () => {
    expect(excerptSegments('l’<mark>IA</mark> générative de <mark>LinkedIn</mark>.')).toEqual([
      { text: 'l’', marked: false },
      { text: 'IA', marked: true },
      { text: ' générative de ', marked: false },
      { text: 'LinkedIn', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('never yields markup: other tags are dropped and entities become text', () => {
    const segments = excerptSegments('a <img src=x onerror=alert(1)>b &lt;script&gt; <mark>&amp;</mark>');
    expect(segments).toEqual([
      { text: 'a b <script> ', marked: false },
      { text: '&', marked: true },
    ]);
  });

  it('decodes numeric entities and leaves unknown ones as they are', () => {
    expect(decodeEntities('&#39;&#x2019;&nbsp;&bogus;&#0;')).toBe("'’\u00a0&bogus;&#0;");
  });
});
