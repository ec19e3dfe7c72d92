// `astro build` of the project with one more integration, which fails once every
// page is written: what a failure late in a build (an index, a search, a disk) does.
import { build } from 'astro';

await build({
  root: process.cwd(),
  outDir: process.env.OUT_DIR,
  logLevel: 'warn',
  integrations: [
    {
      name: 'test:failing-late',
      hooks: {
        'astro:build:generated': () => {
          throw new Error('fails once every page is written');
        },
      },
    },
  ],
});
