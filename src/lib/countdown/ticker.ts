// One setTimeout chain, recomputed from Date.now() on every tick and paused while
// the page is hidden. Uses the global timers, which tests replace with fake ones.
import { countdownView, type CountdownView } from './countdown';

export interface Ticker {
  /** Recompute now and reschedule (visibility came back, page restored from cache). */
  wake(): void;
  stop(): void;
}

export function startTicker(
  deadline: number,
  hidden: () => boolean,
  render: (view: CountdownView) => void,
  onCross: () => void,
  seconds = false,
): Ticker {
  let handle: ReturnType<typeof setTimeout> | undefined;
  let state: string | undefined;
  const stop = () => clearTimeout(handle);
  const tick = () => {
    stop();
    const view = countdownView(deadline, Date.now(), seconds);
    const crossed = state === 'upcoming' && view.state === 'passed';
    state = view.state;
    render(view);
    if (crossed) onCross();
    if (!hidden()) handle = setTimeout(tick, view.next);
  };
  tick();
  return { wake: tick, stop };
}
