'use client';

/** The current time, refreshed every `granularityMs` (0 while rendering on the server). */
import { useCallback, useSyncExternalStore } from 'react';

export function useClock(granularityMs: number): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      const timer = window.setInterval(notify, Math.max(250, granularityMs / 4));
      return () => window.clearInterval(timer);
    },
    [granularityMs],
  );
  const snapshot = useCallback(() => Math.floor(Date.now() / granularityMs) * granularityMs, [granularityMs]);
  return useSyncExternalStore(subscribe, snapshot, () => 0);
}
