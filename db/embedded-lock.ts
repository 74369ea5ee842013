import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * An embedded PGlite directory must never be opened by two processes: the second would corrupt it.
 * The process that opens it writes `pglite.lock` (pid and the path of its control socket); the
 * admin CLI reads it and sends its command to that process instead of opening the files itself.
 */

export interface LockInfo {
  pid: number;
  socketPath: string;
  startedAt: string;
}

export class DatabaseLockedError extends Error {
  constructor(readonly holder: LockInfo) {
    super(`the embedded database is in use by process ${holder.pid}; send commands through its control socket`);
    this.name = 'DatabaseLockedError';
  }
}

export function lockFile(dataDir: string): string {
  return path.join(dataDir, 'pglite.lock');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the lock, if any (a stale lock from a crashed process is ignored). */
export function readLock(dataDir: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as LockInfo;
    return info.pid !== process.pid && isAlive(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

export function acquireLock(dataDir: string, socketPath: string): () => void {
  const holder = readLock(dataDir);
  if (holder) throw new DatabaseLockedError(holder);
  const info: LockInfo = { pid: process.pid, socketPath, startedAt: new Date().toISOString() };
  writeFileSync(lockFile(dataDir), JSON.stringify(info), { mode: 0o600 });
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      const current = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as LockInfo;
      if (current.pid === process.pid) rmSync(lockFile(dataDir), { force: true });
    } catch {
      /* already gone */
    }
  };
  process.once('exit', release);
  return release;
}
