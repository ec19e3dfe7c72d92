// Writes src/styles/tokens.css from the design tokens before Vite compiles the CSS
// (Tailwind reads @import-ed files from disk, so a virtual module would not reach it).
// The file is generated, not committed; changing tokens.ts restarts the dev server.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { themeCss } from './theme-css';

export function designTokens(): AstroIntegration {
  return {
    name: 'optout:design-tokens',
    hooks: {
      'astro:config:setup': ({ config, addWatchFile }) => {
        const target = fileURLToPath(new URL('src/styles/tokens.css', config.root));
        const css = themeCss();
        // Unchanged: leave the file alone, so that a running dev server does not reload.
        if (!existsSync(target) || readFileSync(target, 'utf8') !== css) writeFileSync(target, css);
        addWatchFile(new URL('src/lib/design/tokens.ts', config.root));
      },
    },
  };
}
