import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '../../src/lib/embed/embed-options';
import { iframeSnippet, iframeUrl, listenerSnippet, scriptSnippet } from '../../src/lib/embed/embed-snippets';
import { heightMessage, isReadyMessage, linkMessage, wordpressSecret } from '../../src/lib/embed/wordpress';

const site = 'https://guides.example.org';

describe('iframe options', () => {
  it.each([
    ['?theme=dark&compact=1', { theme: 'dark', compact: true }],
    ['?theme=light', { theme: 'light', compact: false }],
    ['?theme=<script>&compact=yes&lang=de', { theme: 'auto', compact: false }],
    ['?theme=DARK', { theme: 'auto', compact: false }],
    ['', { theme: 'auto', compact: false }],
  ])('%s', (search, expected) => expect(parseEmbedOptions(search)).toEqual(expected));

  it('puts only allowed options in the URL', () => {
    expect(iframeUrl(site, 'fr', 'linkedin')).toBe('https://guides.example.org/embed/fr/linkedin/countdown/');
    expect(iframeUrl(site, 'fr', 'linkedin', { theme: 'dark', compact: true })).toBe('https://guides.example.org/embed/fr/linkedin/countdown/?theme=dark&compact=1');
    expect(iframeUrl(site, 'en', 'linkedin', { theme: '"><x>' })).toBe('https://guides.example.org/embed/en/linkedin/countdown/');
  });
});

describe('snippets', () => {
  it('the iframe has a title, lazy loading and a sandbox allowing scripts and popups only', () => {
    const html = iframeSnippet(iframeUrl(site, 'fr', 'linkedin'), `L'IA "et" <vous>`);
    expect(html).toContain('title="L&#39;IA &quot;et&quot; &lt;vous&gt;"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('sandbox="allow-scripts allow-popups"');
    expect(html).not.toContain('allow-same-origin');
  });

  it('the listener checks the sender and clamps the height', () => {
    const js = listenerSnippet(site);
    expect(js).toContain("event.origin !== 'https://guides.example.org'");
    expect(js).toContain('frame.contentWindow !== event.source');
    expect(js).toMatch(/Math\.min\(Math\.max\(height, 80\), 600\)/);
  });

  it('the script snippet escapes its values and carries a no-JavaScript fallback link', () => {
    const html = scriptSnippet(site, { guide: 'linkedin', lang: 'fr', theme: 'dark', compact: true, fallback: 'Depuis <le> 3 novembre', href: `${site}/fr/linkedin/` });
    expect(html).toContain('<script defer src="https://guides.example.org/embed/countdown.js"></script>');
    expect(html).toContain('<optout-countdown guide="linkedin" lang="fr" theme="dark" compact><a href="https://guides.example.org/fr/linkedin/">Depuis &lt;le&gt; 3 novembre</a></optout-countdown>');
  });
});

describe("WordPress's embed protocol", () => {
  it('reads the secret wp-embed.js puts in the fragment, letters and digits only', () => {
    expect(wordpressSecret('#?secret=Ab3dE5gH9k')).toBe('Ab3dE5gH9k');
    expect(wordpressSecret('#?foo=1&secret=abc')).toBe('abc');
    expect(wordpressSecret('')).toBeUndefined();
    expect(wordpressSecret('#steps')).toBeUndefined();
    expect(wordpressSecret('#?secret=a"b')).toBeUndefined();
    expect(wordpressSecret('#?secret=')).toBeUndefined();
  });

  it('says the height as WordPress reads it', () => {
    expect(heightMessage(134, 'abc')).toEqual({ message: 'height', value: '134', secret: 'abc' });
  });

  it("gives links at the frame's own address (WordPress follows no other host), never a non-http link", () => {
    const frame = 'http://127.0.0.1:4000/embed/en/linkedin/countdown/#?secret=abc';
    expect(linkMessage('https://guides.example.org/en/linkedin/#steps', frame, 'abc')).toEqual({ message: 'link', value: 'http://127.0.0.1:4000/en/linkedin/#steps', secret: 'abc' });
    expect(linkMessage('javascript:alert(1)', frame, 'abc')).toBeUndefined();
  });

  it('answers only the ready message that carries its secret', () => {
    expect(isReadyMessage({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
    expect(isReadyMessage({ message: 'ready', secret: 'xyz' }, 'abc')).toBe(false);
    expect(isReadyMessage('ready', 'abc')).toBe(false);
    expect(isReadyMessage(null, 'abc')).toBe(false);
  });
});
