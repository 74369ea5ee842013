import { log } from '@/lib/log';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * Configuration changes that caches must hear about (a key revoked, a credential deleted, a policy
 * edited). Listeners on this instance are called at once; a transport (Redis pub/sub or Postgres
 * LISTEN/NOTIFY, see lib/events/transport.ts) carries the same events to every other instance.
 */
export type ChangeEvent =
  | { kind: 'api_key'; orgId: string; id: string; hash?: string }
  | { kind: 'credential'; orgId: string; id: string; provider?: string }
  | { kind: 'policy'; orgId: string; id?: string }
  | { kind: 'org_settings'; orgId: string }
  | { kind: 'prices'; orgId: string }
  /**
   * This instance may have missed events (its transport was disconnected): caches drop everything
   * and reload on demand. Raised locally by the transport after it reconnects; never sent.
   */
  | { kind: 'resync' };

export type ChangeListener = (event: ChangeEvent) => void;

export interface ChangeTransport {
  publish(event: ChangeEvent): Promise<void>;
  close(): Promise<void>;
}

interface Bus {
  listeners: Set<ChangeListener>;
  transport?: ChangeTransport;
}

const bus = processSingleton<Bus>('change-bus', () => ({ listeners: new Set() }));

export function onChange(listener: ChangeListener): () => void {
  bus.listeners.add(listener);
  return () => bus.listeners.delete(listener);
}

/** Delivers an event to this instance's listeners (also used by transports for remote events). */
export function deliverChange(event: ChangeEvent): void {
  for (const listener of bus.listeners) {
    try {
      listener(event);
    } catch (error) {
      log.error({ err: error, kind: event.kind }, 'change listener failed');
    }
  }
}

export async function publishChange(event: ChangeEvent): Promise<void> {
  deliverChange(event);
  if (!bus.transport) return;
  try {
    await bus.transport.publish(event);
  } catch (error) {
    // Other instances still converge through cache TTLs; the change itself is already committed.
    log.warn({ err: error, kind: event.kind }, 'change could not be broadcast to other instances');
  }
}

export function setChangeTransport(transport: ChangeTransport | undefined): void {
  bus.transport = transport;
}
