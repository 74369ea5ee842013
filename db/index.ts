import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log';
import { dataDir } from '@/lib/runtime/data-dir';
import { processSingleton } from '@/lib/runtime/singleton';
import { openPglite, openPostgres, type Database, type Db } from './client';
import { acquireLock } from './embedded-lock';

export type { Database, Db } from './client';

interface DatabaseHolder {
  opening?: Promise<Database>;
  onClose: (() => Promise<void> | void)[];
}

const holder = processSingleton<DatabaseHolder>('database', () => ({ onClose: [] }));

/** Unix sockets are limited to ~107 bytes of path; fall back to a hashed name in the temp dir. */
export function controlSocketPath(dir: string): string {
  const preferred = path.join(dir, 'control.sock');
  if (Buffer.byteLength(preferred) < 100) return preferred;
  return path.join(os.tmpdir(), `ai-gateway-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.sock`);
}

async function open(): Promise<Database> {
  const config = env();
  if (config.DATABASE_URL) {
    const database = await openPostgres(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
    log.info({ driver: 'postgres' }, 'database ready');
    return database;
  }
  const dir = dataDir();
  const socketPath = controlSocketPath(dir);
  const release = acquireLock(dir, socketPath);
  try {
    const database = await openPglite(path.join(dir, 'pgdata'));
    // Other processes (the admin CLI) reach this database through the control socket only.
    const { startControlServer } = await import('@/lib/admin/control-server');
    const server = await startControlServer(socketPath, database);
    holder.onClose.push(async () => {
      await server.close();
      rmSync(socketPath, { force: true });
      release();
    });
    log.info({ driver: 'pglite', dir }, 'embedded database ready');
    return database;
  } catch (error) {
    release();
    throw error;
  }
}

/** The process-wide database, opened (and migrated) on first use. A failed open is retried next call. */
export function getDatabase(): Promise<Database> {
  if (!holder.opening) {
    holder.opening = open().catch((error) => {
      holder.opening = undefined;
      throw error;
    });
    // A Next-only deployment (`next start`, no custom server) has no boot hook of ours: it starts
    // sharing change events with other instances on first database use (idempotent; the custom
    // server starts it at boot). NEXT_RUNTIME is set inside Next's own server bundles only.
    if (process.env.NEXT_RUNTIME === 'nodejs') {
      void holder.opening.then(() => import('@/lib/events/transport')).then((m) => m.startChangeTransport()).catch(() => undefined);
    }
  }
  return holder.opening;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const opening = holder.opening;
  holder.opening = undefined;
  if (!opening) return;
  const database = await opening.catch(() => undefined);
  for (const hook of holder.onClose.splice(0)) await hook();
  await database?.close();
}

/** Installs an already-open database as the process-wide one (tests and the admin CLI). */
export function useDatabase(database: Database): void {
  holder.opening = Promise.resolve(database);
}
