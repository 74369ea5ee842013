import { Agent } from 'undici';
import { env } from '@/lib/config/env';
import { processSingleton } from '@/lib/runtime/singleton';
import { guardedLookup } from './ssrf';

/**
 * Keep-alive connection pools for upstream calls. Operator-configured upstreams use `trusted`;
 * tenant-configured base URLs use `guarded`, whose DNS lookup refuses private addresses (unless
 * GATEWAY_ALLOW_PRIVATE_UPSTREAMS=true).
 */
interface Agents {
  trusted: Agent;
  guarded: Agent;
}

function makeAgent(guarded: boolean): Agent {
  const config = env();
  return new Agent({
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 120_000,
    connections: config.GATEWAY_UPSTREAM_CONNECTIONS,
    pipelining: 1,
    connect: { timeout: config.GATEWAY_CONNECT_TIMEOUT_MS, ...(guarded ? { lookup: guardedLookup } : {}) },
  });
}

export function upstreamAgents(): Agents {
  return processSingleton('upstream-agents', () => ({ trusted: makeAgent(false), guarded: makeAgent(!env().GATEWAY_ALLOW_PRIVATE_UPSTREAMS) }));
}
