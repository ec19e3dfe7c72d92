// The favicon, drawn from the design tokens (lib/design/mark.ts).
import type { APIRoute } from 'astro';
import { faviconSvg } from '../lib/design/mark';

export const GET: APIRoute = () => new Response(faviconSvg(), { headers: { 'content-type': 'image/svg+xml' } });
