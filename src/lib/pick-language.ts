// Runs in the browser on the language chooser: the site's languages come from its links.

/** The first of the reader's preferred languages that the site has: the same tag, else the same language ("fr-CA" counts as "fr"). */
export function pickLanguage(preferred: readonly string[], available: readonly string[]): string | undefined {
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  for (const tag of preferred) {
    const match = available.find((code) => code.toLowerCase() === tag.toLowerCase()) ?? available.find((code) => base(code) === base(tag));
    if (match) return match;
  }
  return undefined;
}
