import type { Sql } from 'postgres';
import { log } from '@/lib/log';
import type { ChangeTransport } from './changes';
import { CHANNEL, encodeChange, parseEnvelope, type TransportOptions } from './wire';

export interface PostgresTransportOptions extends TransportOptions {
  /** How often this instance sends itself a heartbeat through the channel. Default 5 s. */
  heartbeatMs?: number;
}

/**
 * Postgres LISTEN/NOTIFY. postgres.js keeps LISTEN on a dedicated connection and re-issues it
 * after a dropped connection, but gives up if the database is still away at that moment. So the
 * instance sends itself a heartbeat through the channel: when its own heartbeats stop arriving it
 * listens again. Every LISTEN after the first raises a local `resync` (events may have been missed).
 */
export async function createPostgresTransport(url: string, options: PostgresTransportOptions): Promise<ChangeTransport> {
  const { default: postgres } = await import('postgres');
  const sql: Sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5, idle_timeout: 0, connection: { application_name: `gw-changes-${options.instanceId}`.slice(0, 63) } });
  const heartbeatMs = options.heartbeatMs ?? 5000;
  const channel = options.channel ?? CHANNEL;
  let lastHeard = Date.now();
  let listening: { unlisten(): Promise<void> } | undefined;
  let relistening = false;
  let closed = false;

  const onNotify = (payload: string) => {
    const message = parseEnvelope(payload);
    if (!message) return;
    lastHeard = Date.now();
    if (message.o === options.instanceId || !message.e) return;
    try {
      options.deliver(message.e);
    } catch (error) {
      log.error({ err: error }, 'change transport: delivering a remote event failed');
    }
  };

  // postgres.js calls onlisten after every (re)LISTEN; any but the first may follow missed events.
  let listenedOnce = false;
  const onListen = () => {
    if (listenedOnce) options.deliver({ kind: 'resync' });
    listenedOnce = true;
  };

  const listen = async () => {
    listening = await sql.listen(channel, onNotify, onListen);
  };
  await listen();

  const heartbeat = setInterval(() => {
    if (closed) return;
    void sql.notify(channel, JSON.stringify({ o: options.instanceId, hb: true })).catch(() => undefined);
    if (Date.now() - lastHeard < heartbeatMs * 2.5 || relistening) return;
    relistening = true;
    void (async () => {
      try {
        if (listening) await Promise.race([listening.unlisten().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
        await listen();
        log.info({}, 'change transport: listening to Postgres again');
      } catch {
        // Still unreachable; the next heartbeat tries again.
      } finally {
        relistening = false;
      }
    })();
  }, heartbeatMs);
  heartbeat.unref();

  return {
    async publish(event) {
      const message = encodeChange(options.instanceId, event);
      if (message) await sql.notify(channel, message);
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      await sql.end({ timeout: 2 });
    },
  };
}
