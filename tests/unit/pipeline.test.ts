// The one read of the content: Astro's collections are filled from the validated
// read (lib/pipeline/loader.ts), which a build makes once and shares.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetContent, loadContent } from '../../src/lib/pipeline/load';
import { collectionItems } from '../../src/lib/pipeline/loader';
import { fixtureRoot } from '../support/fixtures';
import { newGuide } from '../support/scaffold';

const roots: string[] = [];
afterAll(() => {
  forgetContent();
  roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
});
const freshRoot = () => {
  const root = fixtureRoot();
  roots.push(root);
  return root;
};

describe('the content as Astro gets it', () => {
  const root = freshRoot();
  newGuide(root, 'acme', 'Acme');
  const content = loadContent('content', { root });

  it('has every published entry under the id pages parse back, and nothing of a draft', () => {
    expect(content.drafts.map((d) => d.guide)).toEqual(['acme']);
    expect(collectionItems.guides(content).map((item) => item.id)).toEqual(['check-now', 'example', 'objection-form']);
    // One timeline per published guide: its file's, or none with no event (Astro warns of each entry a page asks for and misses).
    const timelines = collectionItems.timelines(content);
    expect(timelines.map((item) => item.id)).toEqual(['check-now', 'example', 'objection-form']);
    expect(timelines.map(({ data: { events } }) => Array.isArray(events) && events.length > 0)).toEqual([false, true, false]);
    const steps = collectionItems.steps(content);
    expect(steps.find((item) => item.id === 'example/de/steps/web-open')?.file).toBe('content/example/de/steps/web-open.mdx');
    expect(steps.every((item) => item.file === `content/${item.id}.mdx`)).toBe(true);
    expect(collectionItems.overviews(content).map((item) => item.id)).toContain('example/fr/overview');
    const all = Object.values(collectionItems).flatMap((items) => items(content));
    expect(all.filter((item) => item.id.startsWith('acme'))).toEqual([]);
    // Every MDX entry and nothing else carries its body, which Astro's MDX integration renders from its file.
    expect(all.filter((item) => item.file.endsWith('.mdx')).every((item) => typeof item.body === 'string' && item.body.length > 0)).toBe(true);
    expect(all.filter((item) => item.file.endsWith('.yaml')).every((item) => item.body === undefined)).toBe(true);
  });

  it('gives dates as written, the one YAML parser reading them as text', () => {
    const example = content.guides.find((g) => g.guide === 'example');
    expect(example?.data.deadline).toEqual({ date: '2026-03-02', instant: '2026-03-01T22:00:00Z' });
  });

  it('reads the files once, until told that they changed', () => {
    const guideYaml = join(root, 'content/example/guide.yaml');
    expect(loadContent('content', { root })).toBe(content);
    writeFileSync(guideYaml, '');
    expect(loadContent('content', { root })).toBe(content);
    forgetContent();
    const again = loadContent('content', { root });
    expect(again).not.toBe(content);
    expect(again.problems.map((p) => p.file)).toContain('content/example/guide.yaml');
  });
});
