import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/config/env';
import { loadOrCreateSecret } from './data-dir';

describe('secrets generated into the data directory', () => {
  let dir: string;
  const previous = process.env.GATEWAY_DATA_DIR;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'data-dir-'));
    process.env.GATEWAY_DATA_DIR = dir;
    resetEnvCache();
  });

  afterAll(() => {
    if (previous === undefined) delete process.env.GATEWAY_DATA_DIR;
    else process.env.GATEWAY_DATA_DIR = previous;
    resetEnvCache();
  });

  it('generates once, then reads the same value', () => {
    const first = loadOrCreateSecret('first-secret', 'FIRST_SECRET', () => 'generated-value');
    expect(first).toBe('generated-value');
    expect(loadOrCreateSecret('first-secret', 'FIRST_SECRET', () => 'another-value')).toBe('generated-value');
  });

  it('keeps the value of a process that created the file first, and leaves no drafts behind', () => {
    const value = loadOrCreateSecret('raced-secret', 'RACED_SECRET', () => {
      // The other process (the dashboard beside the gateway) wins between our check and our write.
      writeFileSync(path.join(dir, 'raced-secret'), 'their-value\n', { mode: 0o600 });
      return 'our-value';
    });
    expect(value).toBe('their-value');
    expect(readdirSync(dir).filter((name) => name.startsWith('raced-secret'))).toEqual(['raced-secret']);
  });
});
