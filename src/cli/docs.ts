// `npm run docs`: writes the documentation generated from code, docs/fields.md (the
// schemas' field descriptions) and docs/nginx.conf (the security headers for nginx).
// tests/unit/generated-docs.test.ts fails while either is out of date.
import { writeFileSync } from 'node:fs';
import { generatedDocs } from '../lib/docs/generated';

for (const [file, text] of Object.entries(generatedDocs())) {
  writeFileSync(file, text);
  console.log(`Wrote ${file}.`);
}
