import { log } from '@/lib/log';
import { processSingleton } from './singleton';

/**
 * Work to finish before the process exits (flush the usage queue, close the database). Hooks run
 * in reverse registration order, each bounded by the remaining grace period.
 */
type Hook = { name: string; run: () => Promise<void> | void };

const hooks = processSingleton<Hook[]>('shutdown-hooks', () => []);
const state = processSingleton('shutdown-state', () => ({ stopping: false }));

export function onShutdown(name: string, run: Hook['run']): void {
  hooks.push({ name, run });
}

/** Set when SIGTERM arrived: readiness answers 503 so load balancers stop sending new work. */
export function markShuttingDown(stopping = true): void {
  state.stopping = stopping;
}

export function isShuttingDown(): boolean {
  return state.stopping;
}

export async function runShutdownHooks(deadline: number): Promise<void> {
  for (const hook of hooks.splice(0).reverse()) {
    const remaining = Math.max(0, deadline - Date.now());
    try {
      await Promise.race([hook.run(), new Promise((resolve) => setTimeout(resolve, remaining).unref())]);
    } catch (error) {
      log.error({ err: error, hook: hook.name }, 'shutdown hook failed');
    }
  }
}
