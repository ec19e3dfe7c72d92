// The iframe's query string: only known options with known values; the rest is ignored.
import { themes, type Theme } from './embed-snippets';

export interface EmbedOptions {
  theme: Theme;
  compact: boolean;
}

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme') ?? '';
  return {
    theme: (themes as readonly string[]).includes(theme) ? (theme as Theme) : 'auto',
    compact: params.get('compact') === '1',
  };
}
