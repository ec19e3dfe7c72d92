import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../support/headers';

const rules = parseHeaders(readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8'));
const csp = (path: string) => headersFor(rules, path).filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value);

describe('the shipped _headers', () => {
  it.each(['/', '/index.html', '/404.html', '/fr/', '/en/linkedin/', '/fr/linkedin/steps/web-switch-off/', '/en/embed/'])('%s gets exactly one CSP, unframable', (path) => {
    expect(csp(path)).toHaveLength(1);
    expect(csp(path)[0]).toContain("frame-ancestors 'none'");
    expect(csp(path)[0]).toMatch(/default-src 'self'/);
    expect(csp(path)[0]).not.toContain('unsafe-inline');
  });

  it.each(['/embed/fr/linkedin/countdown/', '/embed/countdown.js'])('%s gets exactly one CSP, framable anywhere', (path) => {
    expect(csp(path)).toEqual([expect.stringContaining('frame-ancestors *')]);
  });

  it('sends the privacy and hardening headers everywhere', () => {
    for (const path of ['/', '/en/linkedin/', '/embed/en/linkedin/countdown/', '/og/fr/home.png']) {
      const names = headersFor(rules, path).map(([name]) => name);
      expect(names, path).toEqual(expect.arrayContaining(['Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy']));
    }
    expect(headersFor(rules, '/en/').find(([name]) => name === 'Referrer-Policy')?.[1]).toBe('no-referrer');
  });
});
