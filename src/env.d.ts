/** Where `astro build` keeps preview images between builds (src/lib/og/integration.ts); null otherwise. */
declare const __OG_IMAGE_CACHE__: import('./lib/og/image-cache').ImageCache | null;
