// `npm test`: type check, unit and integration tests (vitest), then the end-to-end suites
// (Playwright against the production build, in Debian's chromium). Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']],
  ['unit and integration tests', ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)]],
  ['end-to-end tests', ['node_modules/@playwright/test/cli.js', 'test']],
];

for (const [name, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ all tests passed');
