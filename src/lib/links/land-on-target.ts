// A link to one step (#mobile-switch-off) must open with that step at the top,
// whole. The enhancements add tabs, ticks and buttons above it, and the countdown
// replaces its fallback, each in its own script; engines scroll to the fragment at
// different moments of that (Firefox before the last ones ran, so the step ended
// up cut off). Landing once every deferred and module script has run makes the
// position the same in every engine.
import { hashTarget } from './fragment';

export function landOnTarget(doc: Document): void {
  doc.addEventListener(
    'DOMContentLoaded',
    () => {
      const target = hashTarget(doc, doc.location.hash);
      if (target?.getClientRects().length) target.scrollIntoView({ block: 'start' });
    },
    { once: true },
  );
}
