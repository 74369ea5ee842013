/**
 * One instance per process. The production server bundles `lib/` once and Next.js bundles it again
 * for its route handlers; both copies run in the same process, so state that must be shared (database
 * handle, key cache, usage queue, metrics registry) lives on globalThis under a well-known symbol.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`ai-gateway.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  let value = store[key];
  if (value === undefined) {
    value = create();
    store[key] = value;
  }
  return value;
}

/** Drops a singleton (tests, shutdown). */
export function clearProcessSingleton(name: string): void {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(`ai-gateway.${name}`)];
}

/** The singleton if something already created it; never creates one (metrics reading queue depths). */
export function existingProcessSingleton<T>(name: string): T | undefined {
  return (globalThis as unknown as Record<symbol, T | undefined>)[Symbol.for(`ai-gateway.${name}`)];
}
