// Which surface the steps open on: the linked step wins, then the reader's
// remembered choice, then a guess from the pointer (touch: the first app surface).
export interface SurfaceOption {
  id: string;
  /** What the surface is used on, as declared in guide.yaml: "web" or "app". */
  device: string;
}

export interface SurfaceHints {
  /** The guide's surfaces, in the order it declares them. */
  available: SurfaceOption[];
  /** Surface of the element the URL's #anchor points to, if any. */
  linked?: string | null;
  stored?: string | null;
  coarsePointer?: boolean;
}

export function chooseSurface({ available, linked, stored, coarsePointer }: SurfaceHints): string | undefined {
  for (const candidate of [linked, stored]) {
    if (candidate && available.some((option) => option.id === candidate)) return candidate;
  }
  const device = coarsePointer ? 'app' : 'web';
  return (available.find((option) => option.device === device) ?? available[0])?.id;
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
