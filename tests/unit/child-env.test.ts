// A child process of the suite (a fixture build, a CLI, a browser) gets the environment a shell
// would give it: vitest's variables would make a child `astro build` run as if in dev.
import { describe, expect, it } from 'vitest';
import { childEnv } from '../support/engines/availability';

describe("a child process's environment", () => {
  it('leaves out what vitest sets for its own modules, and keeps the rest', () => {
    // Set by vitest in this very worker.
    expect(process.env['DEV']).toBe('1');
    expect(process.env['NODE_ENV']).toBe('test');
    const env = childEnv();
    for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) expect(env, name).not.toHaveProperty(name);
    expect(env['PATH']).toBe(process.env['PATH']);
  });

  it('leaves out the fake clock, and keeps any other preloaded library', () => {
    const saved = { preload: process.env['LD_PRELOAD'], faketime: process.env['FAKETIME'] };
    try {
      process.env['LD_PRELOAD'] = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1:/usr/lib/other.so';
      process.env['FAKETIME'] = '+1y';
      const env = childEnv();
      expect(env['LD_PRELOAD']).toBe('/usr/lib/other.so');
      expect(env).not.toHaveProperty('FAKETIME');
    } finally {
      for (const [name, value] of [['LD_PRELOAD', saved.preload], ['FAKETIME', saved.faketime]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
