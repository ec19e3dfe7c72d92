// Builds a content tree for a test: the valid fixture, with a broken case laid over it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = new URL('../fixtures/', import.meta.url).pathname;
export const brokenDir = join(fixturesDir, 'broken');

export interface ExpectedProblem {
  file: string;
  line?: number;
  field: string;
  includes: string;
}

export interface BrokenCase {
  remove?: string[];
  problems: ExpectedProblem[];
}

export function readCase(name: string): BrokenCase {
  return JSON.parse(readFileSync(join(brokenDir, name, 'expected.json'), 'utf8')) as BrokenCase;
}

/** A temporary project root holding content/ made of the valid fixture plus the given cases. */
export function fixtureRoot(...cases: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'optout-content-'));
  cpSync(join(fixturesDir, 'valid', 'content'), join(root, 'content'), { recursive: true });
  for (const name of cases) {
    const overlay = join(brokenDir, name, 'content');
    if (existsSync(overlay)) cpSync(overlay, join(root, 'content'), { recursive: true });
    for (const path of readCase(name).remove ?? []) rmSync(join(root, path));
  }
  return root;
}
