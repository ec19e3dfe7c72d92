// Which surface (web or app) the steps open on: the linked step wins, then the
// reader's remembered choice, then a guess from the pointer (touch: the app).
export interface SurfaceHints {
  available: string[];
  /** Surface of the element the URL's #anchor points to, if any. */
  linked?: string | null;
  stored?: string | null;
  coarsePointer?: boolean;
}

export function chooseSurface({ available, linked, stored, coarsePointer }: SurfaceHints): string | undefined {
  for (const candidate of [linked, stored]) {
    if (candidate && available.includes(candidate)) return candidate;
  }
  const guess = coarsePointer ? 'mobile' : 'web';
  return available.includes(guess) ? guess : available[0];
}

/** Arrow keys, Home and End move between tabs, wrapping around (WAI-ARIA tabs pattern). */
export function nextTabIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
