'use client';

import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/**
 * False in the server-rendered HTML, true once React runs in the browser. Auth forms keep their
 * submit button disabled until then: a native submit before hydration would put the password
 * in the URL of a GET request.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}
