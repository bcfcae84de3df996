'use client';

import { useMemo } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { formatSimTimeShort, isoTime } from '../_lib/time';
import { auditLog } from './audit';

/** How many events the table shows (the most recent). */
const SHOWN = 200;

/** The calls as a CloudTrail-style event history: time, event, who, source and result. */
export function AuditLog() {
  const { state } = useSandbox();
  const entries = useMemo(() => auditLog(state.calls), [state.calls]);
  if (entries.length === 0) return <p className="text-sm text-muted">No events yet.</p>;
  const shown = entries.slice(0, SHOWN);
  return (
    <div className="space-y-2">
      <div className="max-h-80 overflow-auto rounded-md border border-border" tabIndex={0} role="group" aria-label="Events, newest first (scrollable)">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Audit log, newest first</caption>
          <thead className="sticky top-0 bg-surface">
            <tr className="border-b border-border">
              <th scope="col" className="px-2 py-2 font-semibold">
                Event time
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                Event name
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                User name
              </th>
              <th scope="col" className="hidden px-2 py-2 font-semibold md:table-cell">
                Event source
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                Error code
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.seq} className="border-b border-border align-top last:border-b-0">
                <td className="whitespace-nowrap px-2 py-1.5">
                  <time dateTime={isoTime(e.eventTime)}>{formatSimTimeShort(e.eventTime)}</time>
                </td>
                <td className="px-2 py-1.5 font-mono text-xs sm:text-sm">{e.eventName}</td>
                <td className="px-2 py-1.5 wrap-anywhere">
                  {e.actor.label}
                  {e.subject ? <span className="block text-xs text-muted">on user {e.subject}</span> : null}
                </td>
                <td className="hidden px-2 py-1.5 font-mono text-xs md:table-cell">{e.eventSource}</td>
                <td className="px-2 py-1.5">
                  {e.errorCode ? (
                    <span className="font-mono text-xs font-semibold text-red-800 sm:text-sm dark:text-red-300" title={e.errorMessage}>
                      {e.errorCode}
                    </span>
                  ) : (
                    <span className="text-muted">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">none</span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length > SHOWN ? <p className="text-sm text-muted">Showing the latest {SHOWN} of {entries.length} events.</p> : null}
    </div>
  );
}
