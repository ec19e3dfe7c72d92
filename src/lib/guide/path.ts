// "The path at a glance": the interface labels a reader taps, in order, taken from
// the steps' own `labels` (never a second hand-written copy that could drift).

export interface PathStep {
  labels: string[];
  /** The language the step is written in (another one while it is not yet translated). */
  lang: string;
}

export interface PathLabel {
  label: string;
  lang: string;
}

/** Every step's labels in step order; a label repeated by the next step is shown once. */
export function labelPath(steps: PathStep[]): PathLabel[] {
  const path: PathLabel[] = [];
  for (const step of steps) {
    for (const label of step.labels) {
      const last = path[path.length - 1];
      if (last?.label !== label) path.push({ label, lang: step.lang });
    }
  }
  return path;
}
