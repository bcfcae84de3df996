'use client';

import { useSandbox } from '../_lib/useSandbox';

/**
 * Tells the learner how the page started: that the simulated pool is still
 * starting (the page is usable to read while it does), then, when it matters,
 * a shared link or preset opened, or something that could not be.
 */
export function StartNotice() {
  const { state } = useSandbox();
  const notice = state.startNotice;
  const starting = state.status === 'idle' || state.status === 'starting';
  return (
    <>
      <div role="alert">
        {notice?.kind === 'error' ? (
          <p className="rounded-md border border-red-700/40 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-400/40 dark:bg-red-950/40 dark:text-red-200">{notice.message}</p>
        ) : null}
      </div>
      <div role="status">
        {notice?.kind === 'info' ? (
          <p className="rounded-md border border-green-700/40 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-400/40 dark:bg-green-950/40 dark:text-green-200">{notice.message}</p>
        ) : starting ? (
          // Fixed at the bottom of the window, so nothing moves when it goes away.
          <p className="fixed bottom-4 left-1/2 z-30 w-max max-w-[calc(100vw-2rem)] -translate-x-1/2 rounded-full border border-border bg-surface px-4 py-2 text-sm shadow-md">
            <span aria-hidden="true" className="mr-2 inline-block h-2 w-2 animate-pulse rounded-full bg-accent align-middle motion-reduce:animate-none" />
            Starting the simulated user pool in this page…
          </p>
        ) : null}
      </div>
    </>
  );
}
