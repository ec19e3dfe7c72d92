// The reader's ticked steps, per guide, as kept in localStorage. Parsing is
// defensive: the stored value may be anything another script or an old version wrote.
export const CHECKLIST_KEY = 'optout:checklist';

export type Checklist = Record<string, string[]>;

export function parseChecklist(raw: string | null): Checklist {
  try {
    const value: unknown = JSON.parse(raw ?? '{}');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
        .map(([guide, ids]) => [guide, ids.filter((id): id is string => typeof id === 'string')]),
    );
  } catch {
    return {};
  }
}

export function toggle(list: Checklist, guide: string, step: string, done: boolean): Checklist {
  const current = new Set(list[guide] ?? []);
  if (done) current.add(step);
  else current.delete(step);
  const next = { ...list, [guide]: [...current].sort() };
  if (next[guide]!.length === 0) delete next[guide];
  return next;
}

export function clearGuide(list: Checklist, guide: string): Checklist {
  const next = { ...list };
  delete next[guide];
  return next;
}
