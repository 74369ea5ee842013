import { env } from '@/lib/config/env';
import { log } from '@/lib/log';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import { deliverChange, setChangeTransport } from './changes';
import { createPostgresTransport } from './transport-postgres';
import { createRedisTransport } from './transport-redis';
import { newInstanceId } from './wire';

/**
 * Carries change events between instances so a key revoked, a credential deleted or a policy
 * edited on one instance leaves every instance's caches within moments (cache TTLs are the
 * backstop). Redis pub/sub when REDIS_URL is set, Postgres LISTEN/NOTIFY otherwise; the embedded
 * database serves a single process, which needs no transport.
 */
export type TransportKind = 'redis' | 'postgres' | 'none';

/**
 * Installs this process's transport once (idempotent). The production server awaits it at boot;
 * db/index.ts starts it when a process opens its database, which covers Next-only deployments
 * (`next start`) without a custom server. Command-line tools (GATEWAY_CLI=1) do not subscribe.
 * Never throws: without a transport, other instances still converge through cache TTLs.
 */
export function startChangeTransport(): Promise<TransportKind> {
  return processSingleton('change-transport', () => start());
}

async function start(): Promise<TransportKind> {
  const config = env();
  const kind: TransportKind = config.REDIS_URL ? 'redis' : config.DATABASE_URL ? 'postgres' : 'none';
  if (kind === 'none' || process.env.GATEWAY_CLI === '1') return 'none';
  const options = { instanceId: newInstanceId(), deliver: deliverChange };
  try {
    const transport = kind === 'redis' ? await createRedisTransport(config.REDIS_URL!, options) : await createPostgresTransport(config.DATABASE_URL!, options);
    setChangeTransport(transport);
    onShutdown('change-transport', async () => {
      setChangeTransport(undefined);
      await Promise.race([transport.close(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    });
    log.info({ transport: kind }, 'change events shared with other instances');
    return kind;
  } catch (error) {
    log.error({ err: error, transport: kind }, 'change transport could not start; other instances will see changes when their caches expire');
    return 'none';
  }
}
