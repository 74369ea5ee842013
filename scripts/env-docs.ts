/**
 * `npm run docs:env`: rewrites the configuration table in README.md from lib/config/env.ts.
 * `--check` exits 1 when the README is out of date instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withEnvTable } from '../lib/config/env-docs';

const readme = readFileSync('README.md', 'utf8');
const fresh = withEnvTable(readme);
if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    process.stderr.write('README.md configuration table is out of date: run npm run docs:env\n');
    process.exit(1);
  }
} else if (fresh !== readme) {
  writeFileSync('README.md', fresh);
  process.stdout.write('README.md configuration table updated\n');
}
