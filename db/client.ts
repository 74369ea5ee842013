import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

/** The Drizzle handle every query uses; the same type for Postgres and embedded PGlite. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Driver = 'postgres' | 'pglite';

export interface Database {
  db: Db;
  driver: Driver;
  /** Cheap liveness check for health endpoints. */
  ping(): Promise<void>;
  /** Runs `sql` and returns its rows, whatever the driver's result shape. */
  rows<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'db/migrations');

/** Arbitrary constant: serialises migrations across instances starting at once. */
const MIGRATION_LOCK_ID = 727_346_101;

export async function openPostgres(url: string, options: { poolSize?: number; migrate?: boolean } = {}): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  if (options.migrate !== false) {
    // A dedicated single connection holds the advisory lock for the whole migration run.
    const lockClient = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await lockClient`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
      const { migrate } = await import('drizzle-orm/postgres-js/migrator');
      await migrate(drizzle(lockClient), { migrationsFolder: MIGRATIONS_DIR });
      await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    } finally {
      await lockClient.end({ timeout: 5 });
    }
  }
  const client = postgres(url, {
    max: options.poolSize ?? 10,
    onnotice: () => {},
    // Fail fast while the database is down so callers can spool instead of hanging.
    connect_timeout: 5,
    idle_timeout: 60,
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    async ping() {
      await client`select 1`;
    },
    async rows<T>(query: string, params: unknown[] = []) {
      return (await client.unsafe(query, params as never[])) as unknown as T[];
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

/** Embedded PGlite: on disk under `dir`, or in memory when `dir` is undefined (tests). */
export async function openPglite(dir: string | undefined, options: { migrate?: boolean } = {}): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = dir ? new PGlite(dir) : new PGlite();
  await client.waitReady;
  const db = drizzle(client, { schema });
  if (options.migrate !== false) {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  }
  return {
    db: db as unknown as Db,
    driver: 'pglite',
    async ping() {
      await client.query('select 1');
    },
    async rows<T>(query: string, params: unknown[] = []) {
      return (await client.query<T>(query, params)).rows;
    },
    async close() {
      await client.close();
    },
  };
}
