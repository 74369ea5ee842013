'use client';

import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/** This deployment's origin in the browser; empty during server rendering, filled on hydration. */
export function useOrigin(): string {
  return useSyncExternalStore(noop, () => window.location.origin, () => '');
}
