'use client';

import { useSandbox } from '../_lib/useSandbox';
import { formatSimTime, formatSimTimeShort, isoTime } from '../_lib/time';

/** Every call made to the engine, newest first: the operation and whether it succeeded or which exception it raised. */
export function CallLog() {
  const { state } = useSandbox();
  if (state.calls.length === 0) return <p className="text-sm text-muted">No calls yet.</p>;
  const calls = [...state.calls].reverse();
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">API calls, newest first</caption>
      <thead>
        <tr className="border-b border-border">
          <th scope="col" className="hidden py-2 pr-3 font-semibold sm:table-cell">
            #
          </th>
          <th scope="col" className="hidden py-2 pr-3 font-semibold sm:table-cell">
            Simulated time
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            Operation
          </th>
          <th scope="col" className="py-2 font-semibold">
            Result
          </th>
        </tr>
      </thead>
      <tbody>
        {calls.map((c) => {
          const time = (
            <time dateTime={isoTime(c.at)} title={formatSimTime(c.at)}>
              {formatSimTimeShort(c.at)}
            </time>
          );
          return (
            <tr key={c.seq} className="border-b border-border align-top last:border-b-0">
              <td className="hidden py-2 pr-3 tabular-nums text-muted sm:table-cell">{c.seq}</td>
              <td className="hidden whitespace-nowrap py-2 pr-3 sm:table-cell">{time}</td>
              <td className="py-2 pr-3">
                <span className="font-mono text-xs whitespace-nowrap sm:text-sm">{c.operation}</span>
                {/* On narrow screens the time column is hidden: show the time here instead. */}
                <span className="block text-xs whitespace-nowrap text-muted sm:hidden">{time}</span>
              </td>
              <td className="py-2">
                {c.error ? (
                  <>
                    <span className="font-mono text-xs font-semibold wrap-anywhere text-red-800 sm:text-sm dark:text-red-300">{c.error.__type}</span>
                    <span className="block text-muted">{c.error.message}</span>
                  </>
                ) : (
                  <span className="font-semibold text-green-800 dark:text-green-300">Success</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
