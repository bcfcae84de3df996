'use client';

import { useSandbox } from '../_lib/useSandbox';

/** The pool and app client the forms use, or why the sandbox could not start. */
export function PoolSummary() {
  const { state, store } = useSandbox();
  const { pool, setupError } = state;
  const config = pool ? store.simulator?.state.userPools[pool.userPoolId]?.config : undefined;
  const preset = state.presetId ? state.presets?.find((p) => p.id === state.presetId) : undefined;
  const signIn = (config?.UsernameAttributes as string[] | undefined)?.length
    ? `${(config?.UsernameAttributes as string[]).join(' or ')} as username`
    : (config?.AliasAttributes as string[] | undefined)?.length
      ? `username, or alias ${(config?.AliasAttributes as string[]).join(', ')}`
      : 'username';
  return (
    <div className="space-y-3">
      <div role="status" className="text-sm">
        {state.status === 'ready' ? (
          <p>Ready: the pool and its app client exist.{preset ? ` Scenario: ${preset.name}.` : ''}</p>
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
          <dt className="text-muted">User pool</dt>
          <dd className="wrap-anywhere">
            <span className="font-mono">{pool.userPoolId}</span> <span className="text-muted">({pool.poolName})</span>
          </dd>
          <dt className="text-muted">App client ID</dt>
          <dd className="font-mono wrap-anywhere">
            {pool.clientId}
            {pool.clientSecret ? <span className="font-sans text-muted"> (has a secret)</span> : null}
          </dd>
          <dt className="text-muted">Sign-in</dt>
          <dd>{signIn}</dd>
          <dt className="text-muted">MFA</dt>
          <dd className="font-mono">{String(config?.MfaConfiguration ?? 'OFF')}</dd>
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
