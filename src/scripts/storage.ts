// What the page remembers in this browser (localStorage), which a browser may refuse
// (storage disabled, or full): then a choice lasts for this page only.
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** `null` forgets the key. */
export function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Refused: nothing is remembered beyond the page.
  }
}
