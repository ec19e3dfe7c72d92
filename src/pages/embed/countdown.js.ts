// /embed/countdown.js: the widget as one dependency-free ES module, bundled at
// build time with the published guides and both languages' strings inlined.
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { join } from 'node:path';
import { widgetData } from '../../lib/widget-data';

export const GET: APIRoute = async ({ site, url }) => {
  const data = await widgetData(site ?? url);
  const result = await build({
    stdin: {
      contents: `import { defineCountdown } from './optout-countdown';\ndefineCountdown(${JSON.stringify(data)});`,
      resolveDir: join(process.cwd(), 'src/widget'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    charset: 'utf8',
    write: false,
  });
  return new Response(result.outputFiles[0]?.text ?? '', { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
