'use client';

import { useSandbox } from '../_lib/useSandbox';

/** Tells the learner how the page started when it matters: a shared link or preset opened, or something that could not be. */
export function StartNotice() {
  const { state } = useSandbox();
  const notice = state.startNotice;
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
        ) : null}
      </div>
    </>
  );
}
