'use client';

import { useMemo } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { poolMetrics, type SuccessMetric } from './metrics';

/** CloudWatch-style counters for the calls made so far. */
export function MetricsView() {
  const { state } = useSandbox();
  const m = useMemo(() => poolMetrics(state.calls), [state.calls]);
  return (
    <div className="space-y-4">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Counter label="Sign-ups" metric={m.signUp} />
        <Counter label="Sign-ins" metric={m.signIn} />
        <Counter label="Token refreshes" metric={m.tokenRefresh} />
        <div className="rounded-lg border border-border bg-background p-3">
          <dt className="text-sm text-muted">Throttles</dt>
          <dd className="text-2xl font-semibold tabular-nums">0</dd>
          <dd className="text-xs text-muted">The sandbox never throttles: SignUpThrottles, SignInThrottles and TokenRefreshThrottles stay at 0.</dd>
        </div>
      </dl>
      <p className="text-sm text-muted">
        {m.challenges} sign-in {m.challenges === 1 ? 'step' : 'steps'} answered with a challenge (not counted as a success or a failure until tokens are issued or the
        answer fails). {m.totalCalls} calls in all, {m.totalErrors} refused.
      </p>
      {m.perOperation.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium">Calls per operation</summary>
          <table className="mt-2 w-full max-w-md border-collapse text-left text-sm">
            <caption className="sr-only">Calls per operation</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Operation
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-semibold">
                  Calls
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  Errors
                </th>
              </tr>
            </thead>
            <tbody>
              {m.perOperation.map((o) => (
                <tr key={o.operation} className="border-b border-border last:border-b-0">
                  <td className="py-1 pr-3 font-mono text-xs sm:text-sm">{o.operation}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{o.calls}</td>
                  <td className="py-1 text-right tabular-nums">{o.errors}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </div>
  );
}

function Counter({ label, metric }: { label: string; metric: SuccessMetric }) {
  return (
    <div className="rounded-lg border border-border bg-background p-3">
      <dt className="text-sm text-muted">
        {label} <span className="font-mono text-xs">({metric.name})</span>
      </dt>
      <dd className="text-2xl font-semibold tabular-nums">
        {metric.successes}
        <span className="sr-only"> succeeded</span>
      </dd>
      <dd className="text-xs text-muted">
        {metric.failures} failed, {metric.samples} in all (Sum {metric.successes}, SampleCount {metric.samples})
      </dd>
    </div>
  );
}
