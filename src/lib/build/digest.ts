// A SHA-256 of a value's content, for the keys that let a build reuse what an earlier
// one made (preview images, Astro's incremental pages): equal values give equal
// digests whatever their key order or object identity.
import { createHash } from 'node:crypto';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** JSON with object keys sorted; `undefined` members are left out and dates written as ISO text, as JSON.stringify does. */
export const canonical = (value: unknown): string =>
  value instanceof Date
    ? JSON.stringify(value)
    : Array.isArray(value)
      ? `[${value.map(canonical).join(',')}]`
      : value !== null && typeof value === 'object'
        ? `{${Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
            .join(',')}}`
        : String(JSON.stringify(value));

export const digest = (value: unknown): string => sha256(canonical(value));
