// Size budgets: bytes are stable, so they may fail the build. Timings live in `npm run bench`.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist';
import { fileWeight, kb, pageWeight } from '../support/page-weight';

const KB = 1024;
beforeAll(assertBuilt);

describe('size budgets (gzip)', () => {
  // The countdown issue asked for 2 KB. With both languages, the DurationFormat path and its
  // fallback, hidden-tab handling and the invalid fallback it measures 2,584 B; this ceiling
  // stops it from growing while that target waits for a decision (see the closing notes).
  it('the embeddable widget script stays within 2,600 B with both languages', () => {
    const widget = fileWeight('/embed/countdown.js');
    console.log(`countdown.js: ${widget.raw} B raw, ${widget.gzip} B gzip`);
    expect(widget.gzip).toBeLessThanOrEqual(2600);
  });

  it.each(['/embed/en/linkedin/countdown/', '/embed/fr/linkedin/countdown/'])('the iframe page %s stays within 5 KB in all', (path) => {
    const weight = pageWeight(path);
    console.log(`${path}: ${weight.total.gzip} B gzip over ${weight.requests} requests`);
    expect(weight.total.gzip).toBeLessThanOrEqual(5 * KB);
  });

  it.each(['/en/linkedin/', '/fr/linkedin/'])('the guide page %s stays within 30 KB, JavaScript within 5 KB', (path) => {
    const weight = pageWeight(path);
    console.log(`${path}: HTML ${kb(weight.html.gzip)}, CSS ${kb(weight.css.gzip)}, JS ${kb(weight.js.gzip)} gzip; ${weight.requests} requests`);
    expect(weight.total.gzip).toBeLessThanOrEqual(30 * KB);
    expect(weight.js.gzip).toBeLessThanOrEqual(5 * KB);
  });
});
