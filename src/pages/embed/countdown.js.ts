// /embed/countdown.js: the widget as one dependency-free script, bundled at build
// time with the published guides, both languages' strings and the site's accent inlined.
import type { APIRoute } from 'astro';
import { accent } from '../../lib/design/tokens';
import { bundleScript } from '../../lib/embed/bundle';
import { widgetData } from '../../lib/embed/widget-data';

export const GET: APIRoute = async ({ site, url }) =>
  bundleScript(`import { defineCountdown } from './widget/optout-countdown';\ndefineCountdown(${JSON.stringify(await widgetData(site ?? url))});`, { OPTOUT_ACCENT: accent });
