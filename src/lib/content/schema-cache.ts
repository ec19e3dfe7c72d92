// Astro keeps parsed collection entries between builds (data-store.json) and re-parses a
// file only when the file or content.config.ts changes, not when a schema it imports does.
// A schema that gains a field with a default would leave every unchanged file's cached entry
// without it (the build then fails, or worse, reads a stale value). So the store is dropped
// whenever the collections' schemas, as JSON Schema of their output, differ from the last run.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { dataCategorySchema, faqSchema, guideSchema, legalSchema, overviewSchema, stepSchema, timelineSchema } from './schemas';

const storeFile = 'data-store.json';
const stampFile = 'data-store.schemas';

/** A digest of what the collections' entries look like once parsed: fields, types, defaults. */
export function schemasDigest(schemas: z.ZodType[] = [guideSchema, timelineSchema, overviewSchema, stepSchema, dataCategorySchema, legalSchema, faqSchema]): string {
  const shapes = schemas.map((schema) => z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }));
  return createHash('sha256').update(JSON.stringify(shapes)).digest('hex');
}

/** Removes the store in `dir` if it was written under other schemas; true if it did. */
export function dropStaleStore(dir: string, digest: string): boolean {
  // No folder, no store: a store written later without a stamp is dropped once, to be safe.
  if (!existsSync(dir)) return false;
  const stamp = join(dir, stampFile);
  const stale = existsSync(join(dir, storeFile)) && (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== digest);
  if (stale) rmSync(join(dir, storeFile), { force: true });
  writeFileSync(stamp, digest);
  return stale;
}

export function contentStoreFreshness(): AstroIntegration {
  return {
    name: 'optout:content-store',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const digest = schemasDigest();
        // The build keeps its store in cacheDir, `astro dev` in .astro/.
        for (const dir of [fileURLToPath(config.cacheDir), join(fileURLToPath(config.root), '.astro')]) {
          if (dropStaleStore(dir, digest)) logger.info(`content schemas changed: cached entries in ${dir} dropped, every file is read again`);
        }
      },
    },
  };
}
