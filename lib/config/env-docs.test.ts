import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envTableMarkdown, withEnvTable } from './env-docs';
import { envSchema } from './env';

describe('README configuration table', () => {
  it('documents every variable of the schema, with its default', () => {
    const table = envTableMarkdown();
    for (const name of Object.keys(envSchema.shape)) expect(table).toContain(`| \`${name}\` |`);
    expect(table).toContain('| `PORT` | `3000` |');
    expect(table).toContain('| `GATEWAY_SHUTDOWN_GRACE_MS` | `25000` |');
  });

  it('is up to date in README.md (run `npm run docs:env` after changing lib/config/env.ts)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withEnvTable(readme)).toBe(readme);
  });
});
