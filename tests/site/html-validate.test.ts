// Every built page is valid HTML by html-validate's recommended rules.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate/node';
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../support/dist';

beforeAll(assertBuilt);

const pages = () => readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...>; either style is valid HTML.
    'void-style': 'off',
    // Long lines and attribute order are formatting, not validity.
    'attribute-boolean-style': 'off',
    // The QR code's SVG and Astro's output use quotes as they please.
    'attr-quotes': 'off',
    // A share page's title names the step, its position and the platform, so that
    // a pasted link says what it leads to; search engines truncate, browsers do not.
    'long-title': 'off',
  },
});

it('validates every page', async () => {
  const files = pages();
  expect(files.length).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(distDir, file));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
}, 60_000);
