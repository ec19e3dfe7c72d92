// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { atomicOutput } from './src/lib/build/integration';
import { reuseGuard } from './src/lib/build/reuse-guard';
import { contentCheck } from './src/lib/pipeline/integration';
import { contentDir } from './src/lib/content-dir';
import { designTokens } from './src/lib/design/integration';
import { securityHeaders } from './src/lib/headers/integration';
import { ogImageCache } from './src/lib/og/integration';
import { sitemapSerializer } from './src/lib/seo/sitemap';
import { searchIndex } from './src/lib/search/integration';
import { sourceLineBreaksPlugin } from './src/lib/text/line-breaks';
import { typographyPlugin } from './src/lib/text/typography';
import { siteLanguages } from './src/lib/languages/site';
import { siteCheck } from './src/lib/site/integration';
import { configuredSiteUrl } from './src/lib/site/url';

const site = configuredSiteUrl(contentDir());
// content/languages.yaml: which languages exist, which are published and the default.
const { languages } = siteLanguages();

export default defineConfig({
  // Astro's cache and the preview images (src/lib/og/integration.ts). Test and bench builds
  // against other content keep their own (tests/support/fixture-build.ts).
  ...(process.env.OPTOUT_CACHE_DIR ? { cacheDir: process.env.OPTOUT_CACHE_DIR } : {}),
  // Absolute URLs (canonical, previews, feeds, API) need the public address: `url` in
  // content/site.yaml, SITE_URL, or `astro build --site`. siteCheck refuses a build without one.
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External files only: a strict Content-Security-Policy then needs no inline hashes.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  // A rebuild copies from the last one every page whose code and data are unchanged,
  // instead of rendering it: the per-guide routes and the preview images give Astro a key
  // of their data (src/lib/guide/page-key.ts, src/lib/og/cache-key.ts); every other page
  // is rendered each time. The copies live in cacheDir; `astro build --force` renders all.
  experimental: { incrementalBuild: true },
  markdown: {
    processor: satteri({
      // Keep quotes and apostrophes as written: UI labels are quoted exactly as the platform writes them.
      features: { smartPunctuation: false },
      // Each content file typeset by the rules of its language (no-break spaces in French).
      // Source line breaks written as the spaces they are shown as.
      hastPlugins: [typographyPlugin({ languages, contentDir: contentDir() }), sourceLineBreaksPlugin],
    }),
  },
  integrations: [
    designTokens(),
    siteCheck(contentDir()),
    contentCheck(contentDir()),
    mdx(),
    sitemap({
      // Published languages only: a draft's pages are built but not offered.
      i18n: { defaultLocale: languages.default, locales: Object.fromEntries(languages.published.map((lang) => [lang, lang])) },
      // The iframe pages are parts of other sites' pages; the search page has no content of its own.
      filter: (page) => {
        const [, first, second] = new URL(page).pathname.split('/');
        return first !== 'embed' && !(languages.isLang(first) && languages.isDraft(first)) && second !== 'search';
      },
      serialize: sitemapSerializer(contentDir()),
    }),
    ogImageCache(),
    reuseGuard(),
    searchIndex(),
    securityHeaders(),
    // Last: moves the finished build into place once every other integration has written to it.
    atomicOutput(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      // Every page loads the layout's script (scripts/enhance.ts). It keeps every module it
      // imports, so that a page's own script (search) imports what they share (fill) from it,
      // instead of each page fetching a third, shared chunk.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'layout', test: /[\\/]layouts[\\/]BaseLayout\.astro\?astro&type=script/ }] } } },
    },
  },
});
