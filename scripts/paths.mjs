// Where a build lives. `GATEWAY_BUILD_DIR` (default `.next`) lets a benchmark or a test suite use
// its own build beside the default one, so a rebuild never pulls files from under a running server.
import path from 'node:path';

export function buildDir() {
  return process.env.GATEWAY_BUILD_DIR || '.next';
}

/** The production server bundle that belongs to the build. */
export function serverBundle() {
  const dir = buildDir();
  return dir === '.next' ? 'dist/server.mjs' : path.join(`${dir}-dist`, 'server.mjs');
}

export function fingerprintFile() {
  return path.join(path.dirname(serverBundle()), 'source-fingerprint');
}
