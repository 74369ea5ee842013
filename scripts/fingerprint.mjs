import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

import { buildDir, fingerprintFile, serverBundle } from './paths.mjs';

const ROOTS = ['app', 'components', 'lib', 'db', 'server.ts', 'dashboard.ts', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
const SKIP = /(^|\/)(node_modules|\.next|dist|\.data)(\/|$)|\.test\.tsx?$/;

function* files(entry) {
  if (!existsSync(entry) || SKIP.test(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
  } else {
    yield entry;
  }
}

/** Content hash of everything the build depends on: a stale build is rebuilt by `npm start`. */
export function sourceFingerprint() {
  const hash = createHash('sha256');
  for (const root of ROOTS) {
    for (const file of files(root)) {
      hash.update(file).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

export function buildIsCurrent() {
  try {
    return existsSync(path.join(buildDir(), 'BUILD_ID')) && existsSync(serverBundle()) && readFileSync(fingerprintFile(), 'utf8') === sourceFingerprint();
  } catch {
    return false;
  }
}
