/**
 * Failure and latency injection. A queue of behaviours, each consumed by the requests it matches;
 * admin and OAuth-token requests never consume one unless a behaviour targets them explicitly, so a
 * Vertex test can make the model call fail while the token exchange still works.
 */
import type { Behavior, ProviderGuess } from './types';

interface Entry {
  behavior: Behavior;
  left: number;
}

export class BehaviorQueue {
  private queue: Entry[] = [];

  set(b: Behavior | Behavior[] | null): void {
    const list = b === null ? [] : Array.isArray(b) ? b : [b];
    this.queue = list.map((behavior) => ({
      behavior,
      left: behavior.count === undefined ? Infinity : Math.max(0, behavior.count),
    }));
    this.dropSpent();
  }

  clear(): void {
    this.queue = [];
  }

  get active(): boolean {
    return this.queue.length > 0;
  }

  /** The behaviour for one request, consuming one use of it; undefined when none applies. */
  take(provider: ProviderGuess, path: string): Behavior | undefined {
    const head = this.queue[0];
    if (head === undefined || !matches(head.behavior, provider, path)) return undefined;
    head.left--;
    this.dropSpent();
    return head.behavior;
  }

  private dropSpent(): void {
    while (this.queue.length > 0 && this.queue[0].left <= 0) this.queue.shift();
  }
}

function matches(b: Behavior, provider: ProviderGuess, path: string): boolean {
  const m = b.match;
  if (m?.provider !== undefined) return m.provider === provider && (m.path === undefined || path.includes(m.path));
  if (provider === 'admin' || provider === 'google-oauth') return false;
  return m?.path === undefined || path.includes(m.path);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Validates admin input so a typo in an e2e test fails loudly instead of being ignored. */
export function parseBehavior(raw: unknown): Behavior | Behavior[] | null {
  if (raw === null) return null;
  if (Array.isArray(raw)) return raw.map((r) => parseOne(r));
  return parseOne(raw);
}

const KEYS = new Set([
  'delayMs',
  'chunkDelayMs',
  'status',
  'headers',
  'message',
  'errorType',
  'failMidStream',
  'reset',
  'resetMidStream',
  'afterEvents',
  'hang',
  'count',
  'match',
]);

function parseOne(raw: unknown): Behavior {
  if (typeof raw !== 'object' || raw === null) throw new Error('behavior must be an object');
  for (const k of Object.keys(raw)) if (!KEYS.has(k)) throw new Error(`unknown behavior field: ${k}`);
  const b = raw as Behavior;
  if (b.status !== undefined && (!Number.isInteger(b.status) || b.status < 400 || b.status > 599)) {
    throw new Error('status must be an HTTP error status (400-599)');
  }
  return b;
}
