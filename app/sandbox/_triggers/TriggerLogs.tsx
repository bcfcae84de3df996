'use client';

/**
 * The function's log, in the spirit of CloudWatch Logs (START / handler
 * output / END / REPORT), and the attempts Cognito made on the demo pool.
 */
import { useId, useState } from 'react';
import { functionArn } from '@/simulator/triggers/functions';
import { useSandbox } from '../_lib/useSandbox';
import { secondaryButtonClass } from '../_components/ui';
import { attemptRows, logGroupName } from './logView';

export function TriggerLogs({ functionName }: { functionName: string }) {
  const { state, store } = useSandbox();
  const base = useId();
  const [, setTick] = useState(0);
  const sim = store.simulator;
  const poolId = state.pool?.userPoolId;
  const ready = state.status === 'ready' && sim;
  const arn = sim ? functionArn(sim.region, functionName) : '';
  const lines = ready ? sim.lambdaLogs(functionName) : [];
  const attempts = ready && poolId ? attemptRows(sim.lambdaInvocations(poolId)) : [];

  return (
    <section aria-labelledby={`${base}-heading`} className="min-w-0 rounded-xl border border-border bg-surface p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${base}-heading`} className="text-xl font-semibold tracking-tight">
          Trigger logs
        </h2>
        <button type="button" className={secondaryButtonClass} onClick={() => setTick((n) => n + 1)}>
          Refresh logs
        </button>
      </div>
      <p className="mt-1 text-sm text-muted">
        Attempts on this pool (all triggers), then the log group <span className="font-mono">{logGroupName(functionName)}</span>. Durations are as
        Cognito saw them: simulated latency included.
      </p>

      <div className="mt-4 max-h-64 overflow-auto rounded-md border border-border" tabIndex={0} role="region" aria-label="Trigger attempts">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Every attempt Cognito made to run a trigger on this pool, newest first</caption>
          <thead className="sticky top-0 bg-surface">
            <tr>
              <th scope="col" className="px-2 py-1">Trigger source</th>
              <th scope="col" className="px-2 py-1">Function</th>
              <th scope="col" className="px-2 py-1">Attempt</th>
              <th scope="col" className="px-2 py-1">Duration</th>
              <th scope="col" className="px-2 py-1">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {attempts.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-2 py-2 text-muted">
                  No trigger has run yet.
                </td>
              </tr>
            ) : (
              attempts.map((a) => (
                <tr key={a.key} className={`border-t border-border ${a.functionArn === arn ? '' : 'text-muted'}`}>
                  <td className="px-2 py-1 font-mono">{a.triggerSource}</td>
                  <td className="px-2 py-1 font-mono">{a.functionName}</td>
                  <td className="px-2 py-1">
                    {a.attempt} of 3{a.invocationType === 'async' ? ' (async)' : ''}
                  </td>
                  <td className="px-2 py-1">{a.duration}</td>
                  <td className="px-2 py-1">{a.outcome}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <pre
        tabIndex={0}
        aria-label={`Log of ${functionName}`}
        data-testid="trigger-log"
        className="mt-4 max-h-80 overflow-auto whitespace-pre-wrap rounded-md border border-border bg-background p-3 font-mono text-xs leading-relaxed"
      >
        {lines.length === 0 ? 'No log lines yet.' : lines.map((l) => l.message).join('\n')}
      </pre>
    </section>
  );
}
