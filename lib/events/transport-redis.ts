import { Redis } from 'ioredis';
import { log } from '@/lib/log';
import type { ChangeTransport } from './changes';
import { CHANNEL, encodeChange, receiveChange, type TransportOptions } from './wire';

/**
 * Redis pub/sub: a dedicated subscriber connection (a subscribed connection can run nothing else)
 * and a publisher. ioredis reconnects and resubscribes by itself; every reconnect after the first
 * raises a local `resync`, since messages published meanwhile were not delivered to us.
 */
export async function createRedisTransport(url: string, options: TransportOptions): Promise<ChangeTransport> {
  const common = { connectTimeout: 2000, retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000), connectionName: `gw-changes-${options.instanceId}` };
  const subscriber = new Redis(url, { ...common, maxRetriesPerRequest: null });
  const publisher = new Redis(url, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 1000 });
  let warnedAt = 0;
  const onError = (err: Error) => {
    if (Date.now() - warnedAt < 30_000) return;
    warnedAt = Date.now();
    log.warn({ reason: err.message }, 'change transport: Redis unreachable; caches fall back to their TTLs until it is back');
  };
  subscriber.on('error', onError);
  publisher.on('error', onError);

  const channel = options.channel ?? CHANNEL;
  let readyOnce = false;
  subscriber.on('ready', () => {
    if (readyOnce) options.deliver({ kind: 'resync' });
    readyOnce = true;
  });
  subscriber.on('message', (name: string, message: string) => {
    if (name !== channel) return;
    try {
      receiveChange(options, message);
    } catch (error) {
      log.error({ err: error }, 'change transport: delivering a remote event failed');
    }
  });
  // Boot does not wait for an unreachable Redis: the subscription completes when it comes back.
  await Promise.race([subscriber.subscribe(channel).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3000).unref())]);

  return {
    async publish(event) {
      const message = encodeChange(options.instanceId, event);
      if (message) await publisher.publish(channel, message);
    },
    async close() {
      for (const client of [subscriber, publisher]) {
        try {
          if (client.status === 'ready') await client.quit();
          else client.disconnect();
        } catch {
          client.disconnect();
        }
      }
    },
  };
}
