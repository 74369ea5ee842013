import type { ApiKey } from '@/db/schema';
import { onChange } from '@/lib/events/changes';
import { MAX_STALE_MS } from '@/lib/runtime/stale';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * Gateway key records by key hash, so the hot path has no database round trip. Entries expire after
 * a short TTL as a safety net; revocation and edits invalidate them at once on this instance (and,
 * through the change bus, on every other instance).
 */
export interface KeyCacheEntry {
  /** Null caches a miss, so a flood of bad keys cannot hammer the database. */
  row: ApiKey | null;
  expiresAt: number;
}

export class KeyCache {
  private readonly entries = new Map<string, KeyCacheEntry>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly negativeTtlMs = 5_000,
    private readonly maxEntries = 100_000,
  ) {}

  get(hash: string, now = Date.now()): KeyCacheEntry | undefined {
    const entry = this.entries.get(hash);
    if (!entry || entry.expiresAt <= now) return undefined;
    return entry;
  }

  /**
   * An expired entry still held (until replaced or evicted), for when the database cannot be
   * asked (lib/runtime/stale.ts). Invalidation removes entries outright, so a revoked key is
   * never served from here.
   */
  getStale(hash: string, now = Date.now()): KeyCacheEntry | undefined {
    const entry = this.entries.get(hash);
    return entry && now - entry.expiresAt <= MAX_STALE_MS ? entry : undefined;
  }

  set(hash: string, row: ApiKey | null, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: dropping the first entry evicts the oldest.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(hash, { row, expiresAt: now + (row ? this.ttlMs : this.negativeTtlMs) });
  }

  invalidateHash(hash: string): void {
    this.entries.delete(hash);
  }

  invalidateId(id: string): void {
    for (const [hash, entry] of this.entries) if (entry.row?.id === id) this.entries.delete(hash);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The process's key cache; it listens to the change bus (local changes and other instances'). */
export const keyCache = (): KeyCache =>
  processSingleton('key-cache', () => {
    const cache = new KeyCache();
    onChange((event) => {
      // Events from other instances carry only the key id; local ones also the hash (cheaper).
      if (event.kind === 'api_key') {
        if (event.hash) cache.invalidateHash(event.hash);
        else cache.invalidateId(event.id);
      } else if (event.kind === 'resync') cache.clear();
    });
    return cache;
  });
