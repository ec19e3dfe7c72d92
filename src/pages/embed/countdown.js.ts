// /embed/countdown.js: the widget as one dependency-free script, bundled at build
// time with the published guides and both languages' strings inlined.
import type { APIRoute } from 'astro';
import { bundleScript } from '../../lib/embed/bundle';
import { widgetData } from '../../lib/embed/widget-data';

export const GET: APIRoute = async ({ site, url }) =>
  bundleScript(`import { defineCountdown } from './widget/optout-countdown';\ndefineCountdown(${JSON.stringify(await widgetData(site ?? url))});`);
