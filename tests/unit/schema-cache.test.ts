// Astro re-parses a content file only when the file or content.config.ts changes: after a
// schema gained a field with a default (an action link's signIn), unchanged guides kept their
// cached entries without it and the API build failed. The store is dropped when the schemas differ.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { dropStaleStore, schemasDigest } from '../../src/lib/content/schema-cache';

describe('the content store kept between builds', () => {
  it('changes its digest when a schema gains a field or a default, not from run to run', () => {
    const link = z.object({ url: z.string() });
    expect(schemasDigest([link])).toBe(schemasDigest([z.object({ url: z.string() })]));
    expect(schemasDigest([link.extend({ signIn: z.boolean().default(true) })])).not.toBe(schemasDigest([link]));
    expect(schemasDigest([link.extend({ signIn: z.boolean().default(false) })])).not.toBe(schemasDigest([link.extend({ signIn: z.boolean().default(true) })]));
    expect(schemasDigest()).toBe(schemasDigest());
  });

  it('drops a store written under other schemas, or without a stamp, and keeps a current one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const store = join(dir, 'data-store.json');
    writeFileSync(store, '{}');
    expect(dropStaleStore(dir, 'a')).toBe(true);
    expect(existsSync(store)).toBe(false);
    writeFileSync(store, '{}');
    expect(dropStaleStore(dir, 'a')).toBe(false);
    expect(readFileSync(store, 'utf8')).toBe('{}');
    expect(dropStaleStore(dir, 'b')).toBe(true);
    expect(existsSync(store)).toBe(false);
    expect(dropStaleStore(join(dir, 'missing'), 'b')).toBe(false);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
