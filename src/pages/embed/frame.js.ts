// /embed/frame.js: the iframe page's own script (options and height), kept out of
// Astro's module bundles because a sandboxed frame has an opaque origin.
import type { APIRoute } from 'astro';
import { bundleScript } from '../../lib/embed/bundle';

export const GET: APIRoute = () =>
  bundleScript(`import { applyEmbedOptions, connectToHost } from './scripts/embed-frame';\napplyEmbedOptions(document, location.search);\nconnectToHost(document);`);
