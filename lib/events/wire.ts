import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { z } from 'zod';
import type { ChangeEvent } from './changes';

/**
 * The message format shared by the transports. Only ids travel (kind, organisation, record id,
 * provider name), never a key hash or a secret: a cache on another instance drops entries by id.
 */
export const CHANNEL = 'ai_gateway_changes';

export interface TransportOptions {
  /** Messages from this instance are ignored on arrival (they were delivered locally already). */
  instanceId: string;
  deliver: (event: ChangeEvent) => void;
  /** Default CHANNEL; tests use their own so parallel runs on a shared server never cross. */
  channel?: string;
}

const wireEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('api_key'), orgId: z.string(), id: z.string() }),
  z.object({ kind: z.literal('credential'), orgId: z.string(), id: z.string(), provider: z.string().optional() }),
  z.object({ kind: z.literal('policy'), orgId: z.string(), id: z.string().optional() }),
  z.object({ kind: z.literal('org_settings'), orgId: z.string() }),
  z.object({ kind: z.literal('prices'), orgId: z.string() }),
]);
const envelope = z.object({ o: z.string(), e: wireEvent.optional(), hb: z.literal(true).optional() });

export type Envelope = z.infer<typeof envelope>;

export function newInstanceId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** The message for one event (zod drops any field not listed above, e.g. a key hash). */
export function encodeChange(instanceId: string, event: ChangeEvent): string | undefined {
  if (event.kind === 'resync') return undefined;
  const parsed = wireEvent.safeParse(event);
  return parsed.success ? JSON.stringify({ o: instanceId, e: parsed.data }) : undefined;
}

export function parseEnvelope(raw: string): Envelope | undefined {
  try {
    const parsed = envelope.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Hands a received message to `deliver` unless it is ours or malformed; true when delivered. */
export function receiveChange(options: TransportOptions, raw: string): boolean {
  const message = parseEnvelope(raw);
  if (!message?.e || message.o === options.instanceId) return false;
  options.deliver(message.e);
  return true;
}
