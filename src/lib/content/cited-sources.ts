// The sources a guide page lists: those its texts cite, not every source of the guide.
// A language's own sources (German regulators' pages, say) then appear on the pages that
// cite them and weigh nothing on the others; numbers follow this list, so they stay 1, 2, 3…
import { sourceAnchor } from '../links';
import type { Source } from './schemas';

/**
 * `all` in its own order, kept to the ids in `cited` and those a body links to (`#source-<id>`).
 * An id `all` does not declare is left out: the content checks report it.
 */
export function citedSources(all: Record<string, Source>, cited: Iterable<string>, bodies: Iterable<string> = []): Record<string, Source> {
  const wanted = new Set(cited);
  const linked = [...bodies].join('\n');
  // The whole id: #source-dpc is not a link to source "d".
  const links = (id: string) => new RegExp(`#${RegExp.escape(sourceAnchor(id))}(?![\\w-])`).test(linked);
  return Object.fromEntries(Object.entries(all).filter(([id]) => wanted.has(id) || links(id)));
}
