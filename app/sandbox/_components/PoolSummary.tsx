'use client';

import { useSandbox } from '../_lib/useSandbox';

/** The demo user pool and app client the sandbox created, or why it could not. */
export function PoolSummary() {
  const { state } = useSandbox();
  const { pool, setupError } = state;
  return (
    <div className="space-y-3">
      <div role="status" className="text-sm">
        {state.status === 'ready' ? (
          <p>Ready: the pool and its app client exist.</p>
        ) : state.status === 'failed' ? null : (
          <p className="text-muted">Creating the demo user pool…</p>
        )}
      </div>
      <div role="alert">
        {setupError ? (
          <p className="rounded-md border border-red-700/40 bg-red-50 p-3 text-sm text-red-800 dark:border-red-400/40 dark:bg-red-950/40 dark:text-red-200">
            Could not create the demo pool. <span className="font-mono font-semibold">{setupError.name}</span>: {setupError.message}
          </p>
        ) : null}
      </div>
      {pool ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-muted">User pool ID</dt>
          <dd className="font-mono wrap-anywhere">{pool.userPoolId}</dd>
          <dt className="text-muted">App client ID</dt>
          <dd className="font-mono wrap-anywhere">{pool.clientId}</dd>
          <dt className="text-muted">Auth flows</dt>
          <dd>
            <ul className="font-mono text-xs leading-5 wrap-anywhere">
              {pool.explicitAuthFlows.map((flow) => (
                <li key={flow}>{flow}</li>
              ))}
            </ul>
          </dd>
        </dl>
      ) : null}
    </div>
  );
}
