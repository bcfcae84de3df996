'use client';

import { useId, useMemo, useState } from 'react';
import type { CallRecord } from '@/simulator';
import { useSandbox } from '../_lib/useSandbox';
import { formatSimTime, formatSimTimeShort, isoTime } from '../_lib/time';
import { filterCalls, operationsIn, type Outcome } from '../_inspect/filter';
import { formatHttpMessage, httpExchange } from '../_inspect/http';
import { hasSecrets } from '../_inspect/mask';

const selectClass = 'block w-full rounded-md border border-slate-500 bg-background px-2 py-1.5 text-sm text-foreground dark:border-slate-400';

/**
 * The API inspector: every call made to the engine, newest first, filterable
 * by operation, outcome and text; the selected call shown as the HTTP request
 * and response real Cognito would see and send. Secrets are hidden unless the
 * learner asks to see them.
 */
export function CallLog() {
  const { state, store } = useSandbox();
  const ids = useId();
  const [operation, setOperation] = useState('all');
  const [outcome, setOutcome] = useState<Outcome>('all');
  const [query, setQuery] = useState('');
  const [reveal, setReveal] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const region = store.simulator?.region ?? 'us-east-1';

  const operations = useMemo(() => operationsIn(state.calls), [state.calls]);
  const calls = useMemo(() => filterCalls(state.calls, { operation, outcome, query, reveal }), [state.calls, operation, outcome, query, reveal]);
  const current = (selected !== null ? calls.find((c) => c.seq === selected) : undefined) ?? calls[0];

  if (state.calls.length === 0) return <p className="text-sm text-muted">No calls yet.</p>;

  return (
    <div className="space-y-4">
      <fieldset className="grid gap-3 sm:grid-cols-[1fr_1fr_2fr]">
        <legend className="sr-only">Filter the calls</legend>
        <div className="space-y-1">
          <label htmlFor={`${ids}-op`} className="block text-sm font-medium">
            Operation
          </label>
          <select id={`${ids}-op`} className={selectClass} value={operation} onChange={(e) => setOperation(e.target.value)}>
            <option value="all">All operations</option>
            {operations.map((op) => (
              <option key={op} value={op}>
                {op}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${ids}-outcome`} className="block text-sm font-medium">
            Outcome
          </label>
          <select id={`${ids}-outcome`} className={selectClass} value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
            <option value="all">Successes and errors</option>
            <option value="success">Successes only</option>
            <option value="error">Errors only</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${ids}-q`} className="block text-sm font-medium">
            Search requests and responses
          </label>
          <input
            id={`${ids}-q`}
            type="search"
            className={selectClass}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. alice, NotAuthorized"
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-sm text-muted">
          Showing {calls.length} of {state.calls.length} calls.
        </p>
        <div className="flex items-center gap-2">
          <input id={`${ids}-reveal`} type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} className="h-4 w-4 accent-accent" />
          <label htmlFor={`${ids}-reveal`} className="text-sm">
            Show passwords, tokens and secrets
          </label>
        </div>
      </div>

      {calls.length > 0 ? (
        <div className="max-h-80 overflow-auto rounded-md border border-border" tabIndex={0} role="group" aria-label="Calls, newest first (scrollable)">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">API calls, newest first</caption>
            <thead className="sticky top-0 bg-surface">
              <tr className="border-b border-border">
                <th scope="col" className="hidden px-2 py-2 font-semibold sm:table-cell">
                  #
                </th>
                <th scope="col" className="hidden px-2 py-2 font-semibold sm:table-cell">
                  Simulated time
                </th>
                <th scope="col" className="px-2 py-2 font-semibold">
                  Operation
                </th>
                <th scope="col" className="px-2 py-2 font-semibold">
                  Result
                </th>
                <th scope="col" className="px-2 py-2 font-semibold">
                  <span className="sr-only">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {calls.map((c) => (
                <CallRow key={c.seq} call={c} current={c === current} onInspect={() => setSelected(c.seq)} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm">No call matches these filters.</p>
      )}

      {current ? <CallDetail call={current} region={region} reveal={reveal} /> : null}
    </div>
  );
}

function CallRow({ call: c, current, onInspect }: { call: CallRecord; current: boolean; onInspect: () => void }) {
  const time = (
    <time dateTime={isoTime(c.at)} title={formatSimTime(c.at)}>
      {formatSimTimeShort(c.at)}
    </time>
  );
  return (
    <tr aria-current={current ? 'true' : undefined} className={`border-b border-border align-top last:border-b-0 ${current ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}>
      <td className="hidden px-2 py-2 tabular-nums text-muted sm:table-cell">{c.seq}</td>
      <td className="hidden whitespace-nowrap px-2 py-2 sm:table-cell">{time}</td>
      <td className="px-2 py-2">
        <span className="font-mono text-xs whitespace-nowrap sm:text-sm">{c.operation}</span>
        <span className="block text-xs whitespace-nowrap text-muted sm:hidden">{time}</span>
      </td>
      <td className="px-2 py-2">
        {c.error ? (
          <>
            <span className="font-mono text-xs font-semibold wrap-anywhere text-red-800 sm:text-sm dark:text-red-300">{c.error.__type}</span>
            <span className="block text-muted">{c.error.message}</span>
          </>
        ) : (
          <span className="font-semibold text-green-800 dark:text-green-300">Success</span>
        )}
      </td>
      <td className="px-2 py-2 text-right">
        <button
          type="button"
          onClick={onInspect}
          aria-label={`Inspect call ${c.seq}, ${c.operation}`}
          className="rounded-md border border-slate-500 bg-background px-2 py-1 text-xs font-semibold hover:bg-surface dark:border-slate-400"
        >
          {current ? 'Shown' : 'Inspect'}
        </button>
      </td>
    </tr>
  );
}

function CallDetail({ call, region, reveal }: { call: CallRecord; region: string; reveal: boolean }) {
  const ex = httpExchange(call, { region, reveal });
  const masked = !reveal && (hasSecrets(call.request) || hasSecrets(call.response));
  const headingId = `call-${call.seq}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-border bg-background p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        Call {call.seq}: <span className="font-mono">{call.operation}</span>
      </h3>
      <p className="text-sm text-muted">
        At <time dateTime={isoTime(call.at)}>{formatSimTime(call.at)}</time> (simulated clock); the engine took {call.durationMs.toFixed(1)} ms. Status{' '}
        <strong className={ex.status === 200 ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}>{ex.status}</strong>.
        {masked ? ' Secrets are hidden, as CloudTrail hides them; tick "Show passwords, tokens and secrets" to see them.' : ''}
      </p>
      <div className="grid gap-3 lg:grid-cols-2">
        <HttpBlock title="Request" text={formatHttpMessage(ex.request)} />
        <HttpBlock title="Response" text={formatHttpMessage(ex.response)} />
      </div>
    </section>
  );
}

function HttpBlock({ title, text }: { title: string; text: string }) {
  return (
    <div className="min-w-0 space-y-1">
      <h4 className="text-sm font-semibold uppercase tracking-wide text-muted">{title}</h4>
      <pre
        tabIndex={0}
        aria-label={`${title} (HTTP)`}
        className="max-h-96 overflow-auto whitespace-pre-wrap rounded-md border border-border bg-surface p-3 font-mono text-xs leading-5 wrap-anywhere"
      >
        {text}
      </pre>
    </div>
  );
}
