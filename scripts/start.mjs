// `npm start`: builds first when the build is missing or older than the sources, then runs the
// production server in this process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIsCurrent } from './fingerprint.mjs';
import { serverBundle } from './paths.mjs';

if (!buildIsCurrent()) {
  console.log('building the app (first start, or the sources changed)…');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
process.env.NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED = '1';
await import(pathToFileURL(path.resolve(serverBundle())).href);
