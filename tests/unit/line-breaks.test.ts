// The source line breaks of guide text are written as spaces, with Sätteri (Astro's
// Markdown processor) and the site's plugins in the order astro.config.mjs gives them.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sourceLineBreaksPlugin } from '../../src/lib/text/line-breaks';
import { typographyPlugin } from '../../src/lib/text/typography';
import { siteLanguages } from '../../src/lib/languages/site';
import { contentDir } from '../../src/lib/content-dir';

// The renderer ends the document with a line break of its own. (A result is a promise
// only for a plugin that is async, which these are not.)
const html = async (source: string) => (await markdownToHtml(source, { hastPlugins: [sourceLineBreaksPlugin] })).html.trimEnd();

describe('source line breaks', () => {
  it('become one space in paragraphs, emphasis, links and list items', async () => {
    expect(await html('One line\nand the next,  \t\n  with *stressed\nwords*\nand [a\nlink](https://example.org/).\n\n- an item\n  wrapped\n')).toBe(
      '<p>One line and the next, with <em>stressed words</em> and <a href="https://example.org/">a link</a>.</p> <ul> <li>an item wrapped</li> </ul>',
    );
  });

  it('keep their lines in preformatted text, and stay breaks where Markdown writes <br>', async () => {
    expect(await html('```\nline 1\n  line 2\n```\n')).toContain('<pre><code>line 1\n  line 2\n</code></pre>');
    expect(await html('first\\\nsecond\n')).toBe('<p>first<br> second</p>');
  });

  it('are spaces in MDX too, inside elements, after the French no-break spaces are set', async () => {
    const { languages } = siteLanguages();
    const fileURL = pathToFileURL(join(contentDir(), 'linkedin/fr/faq/example.mdx'));
    const { code } = await mdxToJs('Vous pouvez\n: <span lang="en">a quoted\nlabel</span>.\n', {
      fileURL,
      hastPlugins: [typographyPlugin({ languages, contentDir: contentDir() }), sourceLineBreaksPlugin],
    });
    // The compiled module writes the no-break space as an escape.
    expect(code).toContain('"Vous pouvez\\xA0: "');
    expect(code).toContain('"a quoted label"');
  });
});
