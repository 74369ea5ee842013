import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { secretOnceMutationFn } from './queries';

const KEY = 'gw_live_0123456789abcdefghijABCDEFGHIJ0123456789';

describe('secretOnceMutationFn', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands the secret to the caller and keeps it out of the mutation cache', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ id: 'k1', name: 'agent', masked: 'gw_live_…6789', key: KEY }), { status: 201 }));
    const client = new QueryClient();
    const seen: string[] = [];
    const observer = new MutationObserver(client, {
      mutationFn: secretOnceMutationFn<{ name: string }, { id: string; masked: string }>('/api/v1/keys', 'key', (secret) => seen.push(secret)),
    });
    const result = await observer.mutate({ name: 'agent' });

    expect(seen).toEqual([KEY]);
    expect(result).toEqual({ id: 'k1', name: 'agent', masked: 'gw_live_…6789' });
    const cached = JSON.stringify(client.getMutationCache().getAll().map((m) => m.state));
    expect(cached).toContain('gw_live_…6789');
    expect(cached).not.toContain(KEY);
  });
});
