// `npm run build`: the Next.js app, then the production server bundle (dist/server.mjs), then a
// fingerprint of the sources so `npm start` knows whether the build is current.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { sourceFingerprint } from './fingerprint.mjs';
import { buildDir, fingerprintFile, serverBundle } from './paths.mjs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['node_modules/next/dist/bin/next', 'build']);

mkdirSync(path.dirname(serverBundle()), { recursive: true });
// The gateway process (server.mjs) and the dashboard process it starts beside it (dashboard.mjs).
await build({
  entryPoints: { server: 'server.ts', dashboard: 'dashboard.ts' },
  outdir: path.dirname(serverBundle()),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

writeFileSync(fingerprintFile(), sourceFingerprint());
console.log(`build complete: ${buildDir()}/ and ${serverBundle()}`);
