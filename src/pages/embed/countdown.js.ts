// /embed/countdown.js: the widget as one dependency-free script, bundled at build
// time with the published guides, both languages' strings and the site's accent inlined.
import type { APIRoute } from 'astro';
import { bundleScript } from '../../lib/bundle';
import { accent } from '../../lib/design/tokens';
import { widgetData } from '../../lib/widget-data';

export const GET: APIRoute = async ({ site, url }) =>
  bundleScript(`import { defineCountdown } from './widget/optout-countdown';\ndefineCountdown(${JSON.stringify(await widgetData(site ?? url))});`, { OPTOUT_ACCENT: accent });
